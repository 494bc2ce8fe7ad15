// What the bot sends, independent of the client library: a text, a photo, or an edit of a message it sent.

export interface InlineButton {
  text: string;
  callbackData: string;
}

export type Markup = { inlineKeyboard: InlineButton[][] } | { keyboard: string[][] } | { removeKeyboard: true };

export type OutgoingMessage =
  | { kind: 'text'; chatId: number; html: string; markup?: Markup; replyTo?: number }
  | { kind: 'photo'; chatId: number; png: Buffer; caption?: string; markup?: Markup }
  /** Replaces the text (and buttons) of a message the bot sent; no buttons when `markup` is absent. */
  | { kind: 'edit'; chatId: number; messageId: number; html: string; markup?: Markup };

/** What a failed send means. Decided from the Bot API's error_code and parameters. */
export type SendFailure =
  | { kind: 'retry-after'; seconds: number }
  | { kind: 'migrated'; chatId: number }
  /** The chat is gone for this bot: blocked, kicked, deactivated, not found. */
  | { kind: 'unreachable' }
  /** 401: the token is wrong; nothing can be sent until that is fixed. */
  | { kind: 'unauthorized' }
  /** Another 4xx: this message will not go through by retrying. */
  | { kind: 'rejected' }
  /** Network error, timeout, 5xx, or an answer that is not the Bot API's: try again later. */
  | { kind: 'transient' };

/** A send that did not go through, said without the message's bytes (a photo is ~250 KB). */
export class SendError extends Error {
  constructor(
    readonly failure: SendFailure,
    readonly description: string,
  ) {
    super(description);
    this.name = 'SendError';
  }
}

/** Sends one message; resolves Telegram's message_id (null for an edit). Throws a SendError. */
export type Sender = (message: OutgoingMessage, signal: AbortSignal) => Promise<number | null>;
