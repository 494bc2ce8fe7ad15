import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { BENCH_BOT_INFO } from './bot-driver.js';
import { replyJson, startLocalBotApi } from './local-bot-api.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The smallest Bot API the bot needs to start and answer over long polling: getMe, getUpdates
 * (one queued update, then brief empty polls), sendMessage, and `true` for everything else.
 */
class TinyBotApi {
  private queued: Record<string, unknown>[] = [];
  private onSend: ((chatId: number, at: number) => void) | null = null;
  private server!: Awaited<ReturnType<typeof startLocalBotApi>>;

  static async start(): Promise<TinyBotApi> {
    const api = new TinyBotApi();
    api.server = await startLocalBotApi((method, params, res) => api.handle(method, params, res));
    return api;
  }

  get apiRoot(): string {
    return this.server.apiRoot;
  }

  queue(update: Record<string, unknown>): void {
    this.queued.push(update);
  }

  /** Resolves with the time (performance.now) of the first sendMessage to `chatId`. */
  firstMessageTo(chatId: number): Promise<number> {
    return new Promise((resolve) => {
      this.onSend = (chat, at) => {
        if (chat === chatId) resolve(at);
      };
    });
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  private handle(method: string, params: Record<string, unknown>, res: ServerResponse): void {
    const at = performance.now();
    if (method === 'getMe') return replyJson(res, 200, { ok: true, result: BENCH_BOT_INFO });
    if (method === 'getUpdates') {
      const offset = Number(params.offset ?? 0);
      const ready = this.queued.filter((u) => Number(u.update_id) >= offset);
      if (ready.length > 0) return replyJson(res, 200, { ok: true, result: ready });
      const timer = setTimeout(() => replyJson(res, 200, { ok: true, result: [] }), 200);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (method === 'sendMessage') {
      const chatId = Number(params.chat_id);
      this.onSend?.(chatId, at);
      return replyJson(res, 200, { ok: true, result: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private' }, text: '' } });
    }
    replyJson(res, 200, { ok: true, result: true });
  }
}

export interface ColdStartResult {
  /** Through `npm start` (as a user starts it): spawning npm → the fake API receives the reply to a queued /reserved. */
  coldStartMs: number;
  viaNpmStart: true;
  /** The bot process's resident memory right after it answered. */
  rssMb: number;
  /** Its highest resident memory (VmHWM) once it says it has warmed up (every month's transfers and the names' index built). */
  peakRssMb: number;
}

/**
 * Starts the real bot process on `databasePath` against a local fake Bot API, times it to its
 * first answer (a /reserved from `userId`, who must have access), reads its RSS, then stops it.
 */
export async function benchColdStart(options: { databasePath: string; userId: number; timeoutMs?: number }): Promise<ColdStartResult> {
  const api = await TinyBotApi.start();
  api.queue({
    update_id: 1,
    message: {
      message_id: 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id: options.userId, type: 'private', first_name: 'Bench' },
      from: { id: options.userId, is_bot: false, first_name: 'Bench', language_code: 'ru' },
      text: '/reserved',
      entities: [{ type: 'bot_command', offset: 0, length: '/reserved'.length }],
    },
  });
  const answered = api.firstMessageTo(options.userId);
  let stderr = '';
  // The bundle is built (when sources changed) before timing: a user's first start after an update pays that once.
  execFileSync(process.execPath, ['src/setup/build-start.mjs'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: PROJECT_ROOT,
    detached: true,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      BOT_TOKEN: '123456:BENCH_TOKEN_abcdefghijklmnopqrstuvwxyz',
      TELEGRAM_API_ROOT: api.apiRoot,
      DATABASE_PATH: options.databasePath,
      // Info, for the line that says the warm-up is over (one update is answered: few other lines).
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let onWarmedUp = () => undefined as void;
  const warmedUp = new Promise<void>((resolve) => (onWarmedUp = resolve));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    if (/"msg":"warmed up"/.test(stderr)) onWarmedUp();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), options.timeoutMs ?? 60_000).unref());
    const early = exited.then((code) => {
      throw new Error(`the bot exited (code ${code}) before answering`);
    });
    const at = await Promise.race([answered, timeout, early]).catch((error: Error) => {
      throw new Error(`cold start: ${error.message}\n${stderr}`);
    });
    const coldStartMs = Math.round(at - started);
    const bot = botProcess(child.pid!);
    const rssMb = memoryMb(bot, 'VmRSS');
    // The bot warms up 1.5 s after it starts (longer on a busy machine); its peak is read once it says so.
    await Promise.race([warmedUp, timeout, early]).catch((error: Error) => {
      throw new Error(`cold start, waiting for the warm-up: ${error.message}\n${stderr}`);
    });
    return { coldStartMs, viaNpmStart: true, rssMb, peakRssMb: memoryMb(bot, 'VmHWM') };
  } finally {
    await stopChild(child, exited);
    await api.stop();
  }
}

/** The node process npm started (npm → sh → node): the descendant that is node running the bot's bundle. */
function botProcess(pid: number): number {
  const queue = [pid];
  while (queue.length > 0) {
    const at = queue.shift()!;
    const [program = '', ...args] = readFileSync(`/proc/${at}/cmdline`, 'utf8').split('\0');
    if (/(?:^|\/)node$/.test(program) && args.some((a) => a.endsWith('src/setup/start.mjs') || a.endsWith('.build/main.mjs'))) return at;
    for (const task of readdirSync(`/proc/${at}/task`)) {
      queue.push(...readFileSync(`/proc/${at}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number));
    }
  }
  throw new Error('the bot process under npm start was not found');
}

function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
  if (!kb) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Math.round((Number(kb[1]) / 1024) * 10) / 10;
}

/** SIGTERM to npm and the bot under it (its process group), then wait (SIGKILL after 10 s if they do not stop). */
async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  const killer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}
