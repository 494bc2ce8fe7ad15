import { Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { vi } from 'vitest';
import type { Services } from '../../commands/command.js';
import { hasUnsent } from '../../db/stores/outbox-store.js';
import { AuditLog } from '../../src/audit/audit-log.js';
import type { Sender } from '../../src/delivery/outgoing-message.js';
import { createLogger } from '../../src/logging/logger.js';
import { telegramMarkup } from '../../src/telegram/bot-api-sender.js';
import { createBot } from '../../src/telegram/create-bot.js';
import type { TempDatabase } from './temp-db.js';
import { BOT_USER } from './fake-bot-api.js';

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/**
 * The real update router, scheduler and outbox fed updates in process, with the Bot API recorded
 * instead of called: chat messages through a recording sender (in the Bot API's own shape), the
 * other calls (answering buttons and inline queries) through a stubbed Telegram client.
 */
export function botHarness(t: TempDatabase, options: { adminIds?: number[]; now?: () => Date } = {}) {
  const calls: ApiCall[] = [];
  let messageId = 100;
  vi.spyOn(Telegram.prototype, 'callApi').mockImplementation(async function (method: string, payload: unknown) {
    calls.push({ method, payload: payload as Record<string, unknown> });
    return true as never;
  });
  const sender: Sender = async (message) => {
    const markup = 'markup' in message && message.markup ? { reply_markup: telegramMarkup(message.markup) } : {};
    if (message.kind === 'photo') calls.push({ method: 'sendPhoto', payload: { chat_id: message.chatId, photo: { bytes: message.png.length }, caption: message.caption, ...markup } });
    else if (message.kind === 'edit') calls.push({ method: 'editMessageText', payload: { chat_id: message.chatId, message_id: message.messageId, text: message.html, ...markup } });
    else calls.push({ method: 'sendMessage', payload: { chat_id: message.chatId, text: message.html, ...(message.replyTo ? { reply_to: message.replyTo } : {}), ...markup } });
    return message.kind === 'edit' ? null : messageId++;
  };
  const services: Services = {
    db: t.db,
    now: options.now ?? (() => new Date('2026-11-27T09:00:00Z')),
    adminIds: options.adminIds ?? [],
    log: createLogger('silent'),
    audit: new AuditLog(t.path),
  };
  const bot = createBot({
    telegram: new Telegram('123:TEST', { apiRoot: 'http://127.0.0.1:9' }),
    sender,
    services,
    me: { ...BOT_USER, is_bot: true, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true },
    scheduler: { perSecond: 100_000, perChatPerSecond: 100_000, chatBurst: 100_000 },
  });
  let updateId = 1;

  /** Feeds one update and waits until its replies (and any outbox messages it queued) were sent. */
  const deliver = async (update: Update): Promise<ApiCall[]> => {
    calls.length = 0;
    await bot.router.dispatch(update);
    await bot.scheduler.idle();
    return [...calls];
  };
  const send = (from: { id: number; language_code?: string }, text: string, chat?: { id: number; type: 'group' | 'supergroup' | 'private'; title?: string }) =>
    deliver({
      update_id: updateId++,
      message: {
        message_id: updateId,
        date: 0,
        chat: chat ?? { id: from.id, type: 'private', first_name: 'T' },
        from: { is_bot: false, first_name: 'T', ...from },
        text,
        ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]!.length }] } : {}),
      },
    } as unknown as Update);
  const press = (from: { id: number; language_code?: string }, data: string, messageId = 1) =>
    deliver({
      update_id: updateId++,
      callback_query: { id: 'q', from: { is_bot: false, first_name: 'T', ...from }, chat_instance: 'c', data, message: { message_id: messageId, date: 0, chat: { id: from.id, type: 'private', first_name: 'T' }, text: '…' } },
    } as unknown as Update);
  const inline = async (from: { id: number; language_code?: string }, query: string) => {
    const sent = await deliver({ update_id: updateId++, inline_query: { id: 'iq', from: { is_bot: false, first_name: 'T', ...from }, query, offset: '' } } as unknown as Update);
    return sent.find((c) => c.method === 'answerInlineQuery')!.payload;
  };
  /** Sends what the outbox holds now (a confirmed reallocation's reply, alerts) and returns those calls. */
  const flushOutbox = async (): Promise<ApiCall[]> => {
    calls.length = 0;
    bot.outbox.start();
    bot.outbox.wake();
    for (let i = 0; i < 500 && hasUnsent(t.db); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await bot.scheduler.idle();
    return [...calls];
  };
  const texts = (sent: ApiCall[]) => sent.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText').map((c) => String(c.payload.text));
  const stop = () => bot.outbox.stop();
  return { bot, services, calls, send, press, inline, flushOutbox, texts, stop };
}
