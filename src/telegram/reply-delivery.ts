import { renderChartPng } from '../charts/render-png.js';
import { escapeHtml } from '../render/telegram-html.js';
import type { DeliveryResult, DeliveryScheduler } from '../delivery/delivery-scheduler.js';
import type { Lang } from '../i18n/lang.js';
import type { Logger } from '../logging/logger.js';
import { replyToHtmlMessages } from '../render/telegram-html.js';
import type { Reply } from '../reply/reply.js';
import { replyMarkup } from './reply-markup.js';

const CHART_FAILED: Record<Lang, string> = {
  ru: '📉 График отправить не удалось: цифры — в сообщении выше.',
  kk: '📉 Графикті жіберу мүмкін болмады: сандар жоғарыдағы хабарламада.',
  en: '📉 The chart could not be sent: the figures are in the message above.',
};

export interface ReplyTarget {
  chatId: number;
  /** In a group, the message answered (so the answer is threaded to the question). */
  replyTo?: number;
  /** The message whose button was pressed: a reply that replaces its origin edits it. */
  origin?: number;
}

/**
 * Sends a reply through the delivery scheduler (the same limits, waits and retries as alerts): its
 * text as one or more HTML messages with the buttons under the last, then the chart. A chart that
 * cannot be sent is replaced by a one-line notice. Resolves when everything was sent or given up.
 */
export async function deliverReply(scheduler: DeliveryScheduler, target: ReplyTarget, reply: Reply, lang: Lang, log: Logger): Promise<void> {
  // Already in the outbox (written with what it tells of): the outbox dispatcher sends it.
  if (reply.queued) return;
  if (reply.blocks.length === 0 && !reply.chart) return;
  const messages = reply.blocks.length > 0 ? replyToHtmlMessages(reply) : [];
  const markup = replyMarkup(reply);
  if (reply.replacesOrigin && target.origin !== undefined && messages.length === 1) {
    const edit = { kind: 'edit' as const, chatId: target.chatId, messageId: target.origin, html: messages[0]!, ...(markup ? { markup } : {}) };
    const result = await scheduler.submit({ chatId: target.chatId, message: edit });
    if (result.kind !== 'sent' && result.kind !== 'stopped') log.warn({ chatId: target.chatId, result: result.kind }, 'a reply could not be delivered');
    return;
  }
  const sends: Promise<DeliveryResult>[] = messages.map((html, index) =>
    scheduler.submit({
      chatId: target.chatId,
      message: {
        kind: 'text',
        chatId: target.chatId,
        html,
        ...(index === 0 && target.replyTo ? { replyTo: target.replyTo } : {}),
        ...(index === messages.length - 1 && markup ? { markup } : {}),
      },
    }),
  );
  const chart = reply.chart;
  if (chart) {
    sends.push(
      scheduler
        .submit({ chatId: target.chatId, message: async () => ({ kind: 'photo', chatId: target.chatId, png: await renderChartPng(chart), ...(chart.caption ? { caption: escapeHtml(chart.caption) } : {}) }) })
        .then((result) => {
          if (result.kind === 'sent' || result.kind === 'stopped') return result;
          log.warn({ chatId: target.chatId, result: result.kind, error: 'error' in result ? result.error : undefined }, 'a chart could not be sent; the chat gets a notice');
          return scheduler.submit({ chatId: target.chatId, message: { kind: 'text', chatId: target.chatId, html: CHART_FAILED[lang] } });
        }),
    );
  }
  for (const result of await Promise.all(sends)) {
    if (result.kind !== 'sent' && result.kind !== 'stopped') log.warn({ chatId: target.chatId, result: result.kind, error: 'error' in result ? result.error : undefined }, 'a reply could not be delivered');
  }
}
