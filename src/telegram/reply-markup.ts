import type { Markup } from '../delivery/outgoing-message.js';
import type { Reply } from '../reply/reply.js';
import { encodeAction } from './callback-actions.js';

/** A reply's buttons as an inline keyboard (each button's action as its callback data), or its keyboard of ready-made queries. */
export function replyMarkup(reply: Pick<Reply, 'buttons' | 'keyboard'>): Markup | undefined {
  if (reply.buttons && reply.buttons.length > 0) {
    return { inlineKeyboard: reply.buttons.map((row) => row.map((b) => ({ text: b.label.slice(0, 64), callbackData: encodeAction(b.action) }))) };
  }
  if (reply.keyboard) return { keyboard: reply.keyboard };
  return undefined;
}
