import { Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { vi } from 'vitest';
import type { Services } from '../../commands/command.js';
import { AuditLog } from '../../src/audit/audit-log.js';
import { createLogger } from '../../src/logging/logger.js';
import { createBot } from '../../src/telegram/create-bot.js';
import type { TempDatabase } from '../helpers/temp-db.js';
import { BOT_USER } from './fake-bot-api.js';

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/** The real telegraf bot fed updates through handleUpdate, with the Bot API stubbed (stack-notes.md). */
export function botHarness(t: TempDatabase, options: { adminIds?: number[]; now?: () => Date } = {}) {
  const calls: ApiCall[] = [];
  let messageId = 100;
  vi.spyOn(Telegram.prototype, 'callApi').mockImplementation(async function (method: string, payload: unknown) {
    calls.push({ method, payload: payload as Record<string, unknown> });
    if (method === 'sendMessage' || method === 'sendPhoto') return { message_id: messageId++, date: 0, chat: { id: 1, type: 'private' } } as never;
    return true as never;
  });
  const services: Services = {
    db: t.db,
    now: options.now ?? (() => new Date('2026-11-27T09:00:00Z')),
    adminIds: options.adminIds ?? [],
    log: createLogger('silent'),
    audit: new AuditLog(t.path),
  };
  const bot = createBot({ token: '123:TEST', apiRoot: 'http://127.0.0.1:9', services });
  bot.botInfo = { ...BOT_USER, is_bot: true, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };
  let updateId = 1;

  const send = async (from: { id: number; language_code?: string }, text: string, chat?: { id: number; type: 'group' | 'supergroup' | 'private'; title?: string }) => {
    calls.length = 0;
    const update = {
      update_id: updateId++,
      message: {
        message_id: updateId,
        date: 0,
        chat: chat ?? { id: from.id, type: 'private', first_name: 'T' },
        from: { is_bot: false, first_name: 'T', ...from },
        text,
        ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]!.length }] } : {}),
      },
    } as unknown as Update;
    await bot.handleUpdate(update);
    return [...calls];
  };
  const press = async (from: { id: number; language_code?: string }, data: string) => {
    calls.length = 0;
    await bot.handleUpdate({
      update_id: updateId++,
      callback_query: { id: 'q', from: { is_bot: false, first_name: 'T', ...from }, chat_instance: 'c', data, message: { message_id: 1, date: 0, chat: { id: from.id, type: 'private', first_name: 'T' }, text: '…' } },
    } as unknown as Update);
    return [...calls];
  };
  const inline = async (from: { id: number; language_code?: string }, query: string) => {
    calls.length = 0;
    await bot.handleUpdate({ update_id: updateId++, inline_query: { id: 'iq', from: { is_bot: false, first_name: 'T', ...from }, query, offset: '' } } as unknown as Update);
    return calls.find((c) => c.method === 'answerInlineQuery')!.payload;
  };
  const texts = (sent: ApiCall[]) => sent.filter((c) => c.method === 'sendMessage').map((c) => String(c.payload.text));
  return { bot, services, calls, send, press, inline, texts };
}
