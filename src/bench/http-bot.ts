import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Telegraf } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Services } from '../../commands/command.js';
import type { OutgoingMessage } from '../delivery/outgoing-message.js';
import { botApiSender, telegramClient } from '../telegram/bot-api-sender.js';
import { createBot } from '../telegram/create-bot.js';
import { BENCH_BOT_INFO } from './bot-driver.js';

// The bot and the echo bot it is compared with, both talking to the fake Bot API process over real
// loopback HTTP with the same keep-alive client: what the bench times is what a user waits for.

const TOKEN = '123456:BENCH';
const SERVER = fileURLToPath(new URL('./fake-bot-api-server.mjs', import.meta.url));

export interface FakeBotApi {
  apiRoot: string;
  stop(): Promise<void>;
}

/** Starts the fake Bot API in its own process and waits for its port. */
export async function startFakeBotApi(): Promise<FakeBotApi> {
  const child = spawn(process.execPath, [SERVER], { env: { ...process.env, BENCH_BOT_INFO: JSON.stringify(BENCH_BOT_INFO) }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the fake Bot API exited (code ${code})`)));
  });
  return { apiRoot: `http://127.0.0.1:${port}`, stop: () => stopProcess(child) };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Anything that takes an update and resolves once its answer reached the Bot API. */
export interface BenchBot {
  send(update: Update): Promise<void>;
  /** The text of the last message sent to a chat (to check an answer is what it should be). */
  lastText(chatId: number): string;
}

const chatOf = (update: Update): number => (update as { message: { chat: { id: number } } }).message.chat.id;

/** Our bot over HTTP: its router, scheduler and real Bot API sender, with sending limits no bench user reaches. */
export function httpBenchBot(services: Services, apiRoot: string): BenchBot {
  const telegram = telegramClient(TOKEN, apiRoot);
  const real = botApiSender(telegram);
  const texts = new Map<number, string>();
  const sender = async (message: OutgoingMessage, signal: AbortSignal) => {
    const id = await real(message, signal);
    if (message.kind !== 'photo') texts.set(message.chatId, message.html);
    return id;
  };
  const { router, scheduler } = createBot({
    telegram,
    sender,
    services,
    me: BENCH_BOT_INFO,
    floodLimit: '1000000/1s',
    scheduler: { perSecond: 1_000_000, perChatPerSecond: 1_000_000, chatBurst: 1_000_000, maxInFlight: 1000 },
  });
  // An answer is done when every message handed to the scheduler for its chat was sent (its text,
  // then its chart): the handing over is finished when dispatch resolves, so the count is complete.
  const pending = new Map<number, { count: number; idle: (() => void)[] }>();
  const submit = scheduler.submit.bind(scheduler);
  scheduler.submit = (job) => {
    const chat = pending.get(job.chatId) ?? { count: 0, idle: [] };
    chat.count += 1;
    pending.set(job.chatId, chat);
    return submit(job).finally(() => {
      chat.count -= 1;
      if (chat.count === 0) for (const resolve of chat.idle.splice(0)) resolve();
    });
  };
  const sentAll = (chatId: number) =>
    new Promise<void>((resolve) => {
      const chat = pending.get(chatId);
      if (!chat || chat.count === 0) resolve();
      else chat.idle.push(resolve);
    });
  return {
    async send(update) {
      await router.dispatch(update);
      await sentAll(chatOf(update));
    },
    lastText: (chatId) => texts.get(chatId) ?? '',
  };
}

/** The framework's floor over the same transport: a bare telegraf bot that echoes text. */
export function httpEchoBot(apiRoot: string): BenchBot {
  const bot = new Telegraf(TOKEN);
  bot.telegram = telegramClient(TOKEN, apiRoot);
  bot.botInfo = BENCH_BOT_INFO;
  bot.on('text', (ctx) => ctx.reply(ctx.message.text));
  return {
    send: (update) => bot.handleUpdate(update),
    lastText: () => '',
  };
}
