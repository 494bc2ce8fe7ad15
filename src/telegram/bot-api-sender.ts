import { Agent as HttpAgent } from 'node:http';
import { Input, Telegram, TelegramError } from 'telegraf';
import type { InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from 'telegraf/types';
import { SendError, type Markup, type OutgoingMessage, type Sender, type SendFailure } from '../delivery/outgoing-message.js';
import { fileIdOfSentPhoto, UploadedPhotos } from './uploaded-photos.js';

/** The Bot API client: telegraf's, with keep-alive connections also to a plain-http API root (a local Bot API server). */
export function telegramClient(token: string, apiRoot: string): Telegram {
  const telegram = new Telegram(token, { apiRoot, webhookReply: false });
  // telegraf drops its keep-alive agent for http:// roots; a new connection per request would cost more than the request.
  if (apiRoot.startsWith('http://')) (telegram as unknown as { options: { agent?: HttpAgent } }).options.agent = new HttpAgent({ keepAlive: true, maxSockets: 64 });
  return telegram;
}

/**
 * Sends outgoing messages through the Bot API; every failure becomes a SendError that says what it
 * means. A picture sent before goes by the file_id Telegram gave it, not uploaded again.
 */
export function botApiSender(telegram: Telegram, uploaded = new UploadedPhotos()): Sender {
  // telegraf types `signal` with the abort-controller shim's class; Node's own AbortSignal is what node-fetch checks for.
  const options = (signal: AbortSignal) => ({ signal }) as unknown as Parameters<Telegram['callApi']>[2];
  const sendPhoto = async (message: Extract<OutgoingMessage, { kind: 'photo' }>, signal: AbortSignal, fileId: string | undefined) =>
    telegram.callApi(
      'sendPhoto',
      {
        chat_id: message.chatId,
        photo: fileId ?? Input.fromBuffer(message.png, 'chart.png'),
        ...(message.caption ? { caption: message.caption, parse_mode: 'HTML' as const } : {}),
        ...(message.markup ? { reply_markup: telegramMarkup(message.markup) } : {}),
      },
      options(signal),
    );
  const send: Sender = async (message: OutgoingMessage, signal: AbortSignal) => {
    try {
      switch (message.kind) {
        case 'text': {
          const sent = await telegram.callApi(
            'sendMessage',
            {
              chat_id: message.chatId,
              text: message.html,
              parse_mode: 'HTML',
              link_preview_options: { is_disabled: true },
              ...(message.replyTo ? { reply_parameters: { message_id: message.replyTo, allow_sending_without_reply: true } } : {}),
              ...(message.markup ? { reply_markup: telegramMarkup(message.markup) } : {}),
            },
            options(signal),
          );
          return sent.message_id;
        }
        case 'photo': {
          const key = uploaded.keyOf(message.png);
          const known = uploaded.idOf(key);
          if (known !== undefined) {
            try {
              return (await sendPhoto(message, signal, known)).message_id;
            } catch (error) {
              // A 400 may be a file_id Telegram no longer knows: upload the bytes once more (a 400
              // about the message itself comes back from the upload too, and is reported then).
              if (!(error instanceof TelegramError && error.code === 400)) throw error;
              uploaded.forget(key);
            }
          }
          const sent = await sendPhoto(message, signal, undefined);
          const fileId = fileIdOfSentPhoto(sent);
          if (fileId !== undefined) uploaded.remember(key, fileId);
          return sent.message_id;
        }
        case 'edit':
          await telegram.callApi(
            'editMessageText',
            {
              chat_id: message.chatId,
              message_id: message.messageId,
              text: message.html,
              parse_mode: 'HTML',
              link_preview_options: { is_disabled: true },
              ...(message.markup && 'inlineKeyboard' in message.markup ? { reply_markup: telegramMarkup(message.markup) as InlineKeyboardMarkup } : {}),
            },
            options(signal),
          );
          return null;
      }
    } catch (error) {
      if (message.kind === 'edit' && error instanceof TelegramError && error.code === 400) {
        // An edit that changes nothing ("message is not modified") did what was asked; a message that
        // can no longer be edited (too old, deleted) gets the text as a new message instead.
        if (/not modified/i.test(error.description)) return null;
        if (!CHAT_GONE.test(error.description)) return send({ kind: 'text', chatId: message.chatId, html: message.html, ...(message.markup ? { markup: message.markup } : {}) }, signal);
      }
      throw new SendError(classifySendError(error), describeSendError(error));
    }
  };
  return send;
}

export function telegramMarkup(markup: Markup): InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove {
  if ('inlineKeyboard' in markup) {
    return { inline_keyboard: markup.inlineKeyboard.map((row) => row.map((b) => ({ text: b.text, callback_data: b.callbackData }))) };
  }
  if ('keyboard' in markup) return { keyboard: markup.keyboard.map((row) => row.map((text) => ({ text }))), resize_keyboard: true, is_persistent: false };
  return { remove_keyboard: true };
}

// A 400 means "this chat is gone for the bot" only with these descriptions; any other 400 is about the message.
const CHAT_GONE = /chat not found|user is deactivated|bot was kicked|bot was blocked|bot is not a member|group chat was deleted|chat was deleted/i;

/** What a failure means: from error_code and parameters; a 400's description only to tell a gone chat from a bad message. */
export function classifySendError(error: unknown): SendFailure {
  if (!(error instanceof TelegramError)) return { kind: 'transient' };
  const code = error.code;
  const parameters = error.parameters ?? {};
  if (typeof parameters.migrate_to_chat_id === 'number' && Number.isSafeInteger(parameters.migrate_to_chat_id)) {
    return { kind: 'migrated', chatId: parameters.migrate_to_chat_id };
  }
  if (code === 429 || typeof parameters.retry_after === 'number') {
    return { kind: 'retry-after', seconds: typeof parameters.retry_after === 'number' && parameters.retry_after > 0 ? parameters.retry_after : 1 };
  }
  if (code >= 500) return { kind: 'transient' };
  if (code === 403) return { kind: 'unreachable' };
  if (code === 400) return CHAT_GONE.test(error.description ?? '') ? { kind: 'unreachable' } : { kind: 'rejected' };
  // 401 is the token. A 404 after the bot has started is one method the API root lacks (a local Bot
  // API without sendPhoto), not a reason to stop sending everything else.
  if (code === 401) return { kind: 'unauthorized' };
  return { kind: 'rejected' };
}

/** One line about a failure: the Bot API's code and description, or the network error. Never the request (a photo's bytes). */
export function describeSendError(error: unknown): string {
  const text =
    error instanceof TelegramError
      ? `${error.code} ${error.description ?? ''}`.trim()
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : String(error);
  return text.slice(0, 500);
}
