import { Input, type Telegram } from 'telegraf';
import type { InlineKeyboardMarkup, ReplyKeyboardMarkup } from 'telegraf/types';
import { replyToHtmlMessages } from '../../commands/reply-rendering.js';
import type { Reply } from '../../commands/reply.js';
import { renderScenarioChartPng } from '../charts/render-png.js';
import { encodeAction } from './callback-actions.js';

/** Sends a reply as HTML message(s) (each ≤ 4096 characters), buttons under the last one, then the chart. */
export async function sendReply(telegram: Telegram, chatId: number, reply: Reply, options: { replyTo?: number } = {}): Promise<void> {
  if (reply.blocks.length === 0 && !reply.chart) return;
  const messages = replyToHtmlMessages(reply);
  const markup = replyMarkup(reply);
  for (const [index, html] of messages.entries()) {
    const last = index === messages.length - 1;
    await telegram.sendMessage(chatId, html, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(index === 0 && options.replyTo ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : {}),
      ...(last && markup ? { reply_markup: markup } : {}),
    });
  }
  if (reply.chart) {
    await telegram.sendPhoto(chatId, Input.fromBuffer(renderScenarioChartPng(reply.chart.scenarios, reply.chart.lang), 'scenario.png'));
  }
}

function replyMarkup(reply: Reply): InlineKeyboardMarkup | ReplyKeyboardMarkup | undefined {
  if (reply.buttons && reply.buttons.length > 0) {
    return {
      inline_keyboard: reply.buttons.map((row) => row.map((b) => ({ text: b.label.slice(0, 64), callback_data: encodeAction(b.action) }))),
    };
  }
  if (reply.keyboard) return { keyboard: reply.keyboard.map((row) => row.map((text) => ({ text }))), resize_keyboard: true, is_persistent: false };
  return undefined;
}
