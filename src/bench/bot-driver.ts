import { performance } from 'node:perf_hooks';
import type { Update } from 'telegraf/types';
import type { BenchBot } from './http-bot.js';

// Drives bots with updates as Telegram would deliver them and times each until its answer reached
// the Bot API: one at a time (latency), many at once (throughput), and as a meeting's worth of
// people asking different things at the same time (mixed load).

export const BENCH_BOT_INFO = {
  id: 999_000,
  is_bot: true as const,
  first_name: 'Budget',
  username: 'budget_bench_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
};

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

/** One thing a user sends, and what its answer must say. */
export interface Ask {
  update: Update;
  /** A refusal, a "which one?" or a "not found" would be fast and wrong: the answer's text must match. */
  expect?: RegExp;
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

const chatOf = (update: Update): number => (update as { message: { chat: { id: number } } }).message.chat.id;

/** Sends one ask and returns how long its answer took; throws when the answer is not the one expected. */
async function timed(bot: BenchBot, ask: Ask): Promise<number> {
  const start = performance.now();
  await bot.send(ask.update);
  const elapsed = performance.now() - start;
  if (ask.expect) {
    const text = bot.lastText(chatOf(ask.update));
    if (!ask.expect.test(text)) throw new Error(`unexpected answer to ${JSON.stringify((ask.update as { message: { text: string } }).message.text)}: ${text.slice(0, 200)}`);
  }
  return elapsed;
}

/** Latency of `iterations` asks (after `warmup` untimed ones), each awaited before the next. */
export async function measureLatency(bot: BenchBot, makeAsk: (i: number) => Ask, options: { iterations: number; warmup: number }): Promise<Percentiles> {
  const samples: number[] = [];
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    const elapsed = await timed(bot, makeAsk(i));
    if (i >= options.warmup) samples.push(elapsed);
  }
  return percentiles(samples);
}

/** Answers per second for `seconds` with `concurrency` asks in flight at any time. */
export async function measureThroughput(bot: BenchBot, makeAsk: (i: number) => Ask, seconds: number, concurrency: number): Promise<number> {
  let next = 0;
  let done = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      await timed(bot, makeAsk(next++));
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return Math.round(done / ((performance.now() - start) / 1000));
}

export interface MixedLoadResult {
  users: number;
  chartShare: number;
  thinkMs: number;
  updatesPerSec: number;
  lookupP99Ms: number;
  lookupP50Ms: number;
  chartP99Ms: number;
  /** One lookup from each user at the same instant (the meeting's opening question): when the last answer arrived. */
  burstLastMs: number;
}

/**
 * `users` people asking at once for `seconds`: each reads an answer for `thinkMs` (50 % to 150 % of
 * it, in a fixed pattern) before asking the next question; a `chartShare` of the asks want a chart.
 * Lookup latency is what the others feel while charts are drawn. (With no time to read, 20 users
 * only measure how long a queue behind a saturated CPU is.) People do not press Send at the same
 * millisecond: their first asks are spread over one reading time. The case where they do is timed
 * apart, first (`burstLastMs`), and not mixed into the percentiles: in a six-second run its twenty
 * queued answers alone would be the p99.
 */
export async function mixedLoad(
  bot: BenchBot,
  options: { users: number; seconds: number; chartShare: number; thinkMs: number; lookup: (user: number, i: number) => Ask; chart: (user: number, i: number) => Ask },
): Promise<MixedLoadResult> {
  const burstStart = performance.now();
  await Promise.all(Array.from({ length: options.users }, (_, u) => timed(bot, options.lookup(u, -1))));
  const burstLastMs = round3(performance.now() - burstStart);
  const lookups: number[] = [];
  const charts: number[] = [];
  const start = performance.now();
  const deadline = start + options.seconds * 1000;
  // A fixed pattern rather than chance: every run asks the same things in the same order.
  const chartEvery = Math.max(1, Math.round(1 / options.chartShare));
  let sent = 0;
  const user = async (u: number) => {
    await new Promise((resolve) => setTimeout(resolve, (options.thinkMs * u) / options.users));
    for (let i = 0; performance.now() < deadline; i++) {
      const n = sent++;
      if (n % chartEvery === chartEvery - 1) charts.push(await timed(bot, options.chart(u, i)));
      else lookups.push(await timed(bot, options.lookup(u, i)));
      await new Promise((resolve) => setTimeout(resolve, options.thinkMs * (0.5 + ((u * 7 + i * 13) % 11) / 10)));
    }
  };
  await Promise.all(Array.from({ length: options.users }, (_, u) => user(u)));
  const lookup = percentiles(lookups);
  return {
    users: options.users,
    chartShare: options.chartShare,
    thinkMs: options.thinkMs,
    updatesPerSec: Math.round((lookups.length + charts.length) / ((performance.now() - start) / 1000)),
    lookupP99Ms: lookup.p99,
    lookupP50Ms: lookup.p50,
    chartP99Ms: percentiles(charts).p99,
    burstLastMs,
  };
}
