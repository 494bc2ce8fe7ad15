import { performance } from 'node:perf_hooks';
import { Telegraf, Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Services } from '../../commands/command.js';
import type { Sender } from '../delivery/outgoing-message.js';
import { createBot } from '../telegram/create-bot.js';

// Drives real telegraf bots through handleUpdate with the Bot API stubbed in process (the same
// technique as the tests' bot harness, which src/ must not import): no network, so what is timed
// is telegraf + our middleware, commands, queries and rendering, up to the reply handed to the API.

export const BENCH_BOT_INFO = {
  id: 999_000,
  is_bot: true as const,
  first_name: 'Budget',
  username: 'budget_bench_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
};

export interface StubbedApi {
  /** API calls seen since the last `reset`. */
  calls: { method: string; payload: Record<string, unknown> }[];
  reset(): void;
  restore(): void;
  /** Our bot's sender, recording into the same calls. */
  sender: Sender;
}

/** Anything that takes an update and resolves once its reply calls were made. */
export interface BenchBot {
  handleUpdate(update: Update): Promise<void>;
}

/** Replaces Telegram.prototype.callApi with an instant in-memory answer until `restore`. */
export function stubBotApi(): StubbedApi {
  const original = Telegram.prototype.callApi;
  const calls: StubbedApi['calls'] = [];
  let messageId = 1;
  Telegram.prototype.callApi = async function (method: string, payload: unknown) {
    calls.push({ method, payload: payload as Record<string, unknown> });
    if (method === 'sendMessage' || method === 'sendPhoto') {
      const chatId = Number((payload as { chat_id?: unknown }).chat_id);
      return { message_id: messageId++, date: 0, chat: { id: chatId, type: 'private' } };
    }
    return true;
  } as unknown as typeof original;
  const sender: Sender = async (message) => {
    calls.push({ method: message.kind === 'photo' ? 'sendPhoto' : message.kind === 'edit' ? 'editMessageText' : 'sendMessage', payload: 'html' in message ? { text: message.html } : {} });
    return messageId++;
  };
  return {
    calls,
    sender,
    reset: () => void (calls.length = 0),
    restore: () => void (Telegram.prototype.callApi = original),
  };
}

/** Our bot, with a flood limit no benchmark user reaches (each user still passes the guard) and no sending limits. */
export function benchBot(services: Services, api: StubbedApi): BenchBot {
  const { router, scheduler } = createBot({
    telegram: new Telegram('123456:BENCH', { apiRoot: 'http://127.0.0.1:9' }),
    sender: api.sender,
    services,
    me: BENCH_BOT_INFO,
    floodLimit: '1000000/1s',
    scheduler: { perSecond: 1_000_000, perChatPerSecond: 1_000_000, chatBurst: 1_000_000, maxInFlight: 1000 },
  });
  return {
    async handleUpdate(update) {
      await router.dispatch(update);
      await scheduler.idle();
    },
  };
}

/** The framework's floor: a bare telegraf bot that echoes text. */
export function echoBot(): Telegraf {
  const bot = new Telegraf('123456:BENCH', { telegram: { apiRoot: 'http://127.0.0.1:9', webhookReply: false } });
  bot.on('text', (ctx) => ctx.reply(ctx.message.text));
  bot.botInfo = BENCH_BOT_INFO;
  return bot;
}

let nextUpdateId = 1;

/** A private-chat text message update, with the bot_command entity Telegram adds to commands. */
export function textUpdate(userId: number, text: string, languageCode = 'ru'): Update {
  const id = nextUpdateId++;
  const command = /^\/\S+/.exec(text);
  return {
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: 'private', first_name: 'Bench' },
      from: { id: userId, is_bot: false, first_name: 'Bench', language_code: languageCode },
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  } as Update;
}

export interface Percentiles {
  p50: number;
  p99: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { p50: round3(at(0.5)), p99: round3(at(0.99)) };
}

export const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/**
 * Latency of `iterations` updates (after `warmup` untimed ones), each awaited in turn: from
 * handleUpdate called to handleUpdate done, i.e. every API call of the reply made. Fails loudly
 * when an update got no reply, so a broken command cannot look fast.
 */
export async function measureLatency(
  bot: BenchBot,
  api: StubbedApi,
  makeUpdate: (i: number) => Update,
  options: { iterations: number; warmup: number; expectReply?: (calls: StubbedApi['calls'], i: number) => string | null },
): Promise<{ samples: number[] } & Percentiles> {
  const samples: number[] = [];
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    const update = makeUpdate(i);
    api.reset();
    const start = performance.now();
    await bot.handleUpdate(update);
    const elapsed = performance.now() - start;
    const problem = api.calls.length === 0 ? 'no API call' : (options.expectReply?.(api.calls, i) ?? null);
    if (problem) throw new Error(`update ${i} (${JSON.stringify((update as { message?: { text?: string } }).message?.text)}): ${problem}`);
    if (i >= options.warmup) samples.push(elapsed);
  }
  return { samples, ...percentiles(samples) };
}

/** Updates per second for `seconds`, each awaited before the next (no concurrency). */
export async function measureThroughput(bot: BenchBot, api: StubbedApi, makeUpdate: (i: number) => Update, seconds: number): Promise<number> {
  const budget = seconds * 1000;
  const start = performance.now();
  let count = 0;
  let elapsed = 0;
  while (elapsed < budget) {
    for (let k = 0; k < 50; k++, count++) {
      api.reset();
      await bot.handleUpdate(makeUpdate(count));
    }
    elapsed = performance.now() - start;
  }
  return Math.round(count / (elapsed / 1000));
}
