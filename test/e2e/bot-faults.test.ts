import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type BudgetDb } from '../../db/client.js';
import { grantRole } from '../../src/access/users.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { projectSummary } from '../../src/queries/project-summary.js';
import { startBotProcess, type BotProcess } from '../helpers/bot-process.js';
import { smallDataset } from '../helpers/datasets.js';
import { FakeBotApi, type RecordedCall } from '../helpers/fake-bot-api.js';

// The real `npm start` against a Bot API that misbehaves: it stalls one chat, answers 429 and 409,
// drops connections, and lacks sendPhoto. Nobody else may wait for one chat, and no reply is lost.

const TOKEN = '123456:TEST-token-for-the-fault-emulator-0123456789';
const ADMIN = { id: 8001, language_code: 'en' };
const A = { id: 8002, language_code: 'en' };
const B = { id: 8003, language_code: 'en' };

let dir: string;
let path: string;
let api: FakeBotApi;
let bot: BotProcess;
let db: BudgetDb;

const textOf = (calls: RecordedCall[]) => calls.map((c) => String(c.params.text ?? '')).join('\n');
const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'e2e-faults-'));
  path = join(dir, 'budget.db');
  db = openDatabase(path);
  importDataset(
    db,
    smallDataset([{ id: 'e1', date: '2026-02-01', from: 'reserve:budget', to: 'project:a', amount: 500_000, reason: 'start', actor: 'Board' }]),
  );
  for (const user of [A, B]) grantRole(db, user.id, 'editor', ADMIN.id, new Date());
});
afterAll(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await bot?.stop('SIGTERM');
  await api?.stop();
});

async function startPolling(): Promise<void> {
  api = await FakeBotApi.start();
  bot = startBotProcess({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, DATABASE_PATH: path, ADMIN_IDS: String(ADMIN.id) });
  await api.waitFor(() => api.calls.filter((c) => c.method === 'setMyCommands').length >= 4, 60_000);
}

describe('npm start (long polling) against a Bot API that misbehaves', () => {
  it('answers everyone else while one chat’s sendMessage never returns', async () => {
    await startPolling();
    api.fault = (method, params) => (method === 'sendMessage' && Number(params.chat_id) === A.id ? { hang: true } : undefined);
    api.sendText(A, '/sources');
    await api.waitFor(() => api.hangingCount > 0, 30_000);
    api.sendText(B, '/sources');
    // The stalled request is still open: B's answer cannot have waited for it.
    const answer = await api.waitFor(() => api.sent(B.id)[0], 30_000);
    expect(String(answer.params.text)).toContain('Funding sources');
    expect(api.hangingCount).toBeGreaterThan(0);
  }, 120_000);

  it('delivers a reply refused with 429 after retry_after, and one whose connection was reset', async () => {
    await startPolling();
    const seen = new Map<number, number>();
    api.fault = (method, params) => {
      if (method !== 'sendMessage') return undefined;
      const chat = Number(params.chat_id);
      const n = (seen.get(chat) ?? 0) + 1;
      seen.set(chat, n);
      if (chat === A.id && n === 1) return { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } };
      if (chat === B.id && n === 1) return { reset: true };
      return undefined;
    };
    api.sendText(A, '/sources');
    api.sendText(B, '/reallocate 1000 a b e2e reset');
    const limited = await api.waitFor(() => api.sent(A.id).find((c) => c.messageId !== undefined), 30_000);
    const refusedAt = api.calls.find((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === A.id)!.at;
    expect(limited.at - refusedAt).toBeGreaterThanOrEqual(1000);
    const preview = await api.waitFor(() => api.sent(B.id).find((c) => String(c.params.text).includes('e2e reset')), 30_000);
    expect(api.calls.some((c) => c.reset && Number(c.params.chat_id) === B.id)).toBe(true);
    expect(preview.params.reply_markup).toBeDefined();
  }, 120_000);

  it('keeps running after 409 Conflict from getUpdates, saying another instance polls', async () => {
    await startPolling();
    let conflicts = 0;
    api.fault = (method) => (method === 'getUpdates' && conflicts++ < 1 ? { status: 409, body: { ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request' } } : undefined);
    await api.waitFor(() => conflicts > 1, 30_000);
    api.sendText(A, '/whoami');
    await api.waitFor(() => api.sent(A.id)[0], 30_000);
    expect(bot.stderr()).toMatch(/409 Conflict — another instance is polling with this token/);
    expect(bot.child.exitCode).toBeNull();
  }, 120_000);

  it('sends the figures with a one-line notice when the chart cannot be sent, and logs no bytes', async () => {
    await startPolling();
    api.fault = (method) => (method === 'sendPhoto' ? { status: 404, body: { ok: false, error_code: 404, description: 'Not Found: method not found' } } : undefined);
    api.sendText(A, '/scenario 5 3 5');
    await api.waitFor(() => textOf(api.sent(A.id)).includes('chart could not be sent'), 30_000);
    expect(textOf(api.sent(A.id))).toMatch(/multiplier 5/);
    // Still sending other answers (a 404 for one method pauses nothing).
    api.sendText(B, '/whoami');
    await api.waitFor(() => api.sent(B.id)[0], 30_000);
    for (const line of bot.stderr().split('\n')) expect(line.length).toBeLessThan(5000);
  }, 120_000);

  it('never loses the "✅ Moved": it replaces the preview, through a 429 and a reset', async () => {
    await startPolling();
    const before = projectSummary(db, 'b')!.balance;
    api.sendText(A, '/reallocate 2000 a b e2e confirm');
    const preview = await api.waitFor(() => api.sent(A.id).find((c) => String(c.params.text).includes('e2e confirm')), 30_000);
    const confirm = (preview.params.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat()[0]!.callback_data;
    let edits = 0;
    api.fault = (method) => {
      if (method !== 'editMessageText') return undefined;
      edits += 1;
      if (edits === 1) return { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } };
      if (edits === 2) return { reset: true };
      return undefined;
    };
    api.press(A, confirm, A.id, preview.messageId);
    const moved = await api.waitFor(() => api.calls.find((c) => c.method === 'editMessageText' && c.messageId !== undefined && String(c.params.text).includes('✅')), 30_000);
    expect(moved.params.message_id).toBe(preview.messageId);
    expect(moved.params.reply_markup).toBeUndefined();
    expect(projectSummary(db, 'b')!.balance).toBe(before + 2000);
  }, 120_000);
});

describe('npm start (webhook) against a Bot API that stalls one chat', () => {
  it('answers everyone else while one chat’s sendMessage never returns', async () => {
    api = await FakeBotApi.start();
    const port = await freePort();
    const secret = 'webhook-secret-123';
    bot = startBotProcess({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      DATABASE_PATH: path,
      ADMIN_IDS: String(ADMIN.id),
      WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      WEBHOOK_SECRET: secret,
      PORT: String(port),
    });
    await api.waitFor(() => api.calls.find((c) => c.method === 'setWebhook'), 60_000);
    api.fault = (method, params) => (method === 'sendMessage' && Number(params.chat_id) === A.id ? { hang: true } : undefined);
    const post = (update: Record<string, unknown>) =>
      fetch(`http://127.0.0.1:${port}/hook`, { method: 'POST', body: JSON.stringify(update), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret } });
    const message = (user: { id: number; language_code: string }, id: number, text: string) => ({
      update_id: id,
      message: { message_id: id, date: 0, chat: { id: user.id, type: 'private' }, from: { ...user, is_bot: false, first_name: 'T' }, text, entities: [{ type: 'bot_command', offset: 0, length: text.length }] },
    });
    expect((await post(message(A, 1, '/sources'))).status).toBe(200);
    await api.waitFor(() => api.hangingCount > 0, 30_000);
    expect((await post(message(B, 2, '/sources'))).status).toBe(200);
    const answer = await api.waitFor(() => api.sent(B.id)[0], 30_000);
    expect(String(answer.params.text)).toContain('Funding sources');
    expect(api.hangingCount).toBeGreaterThan(0);
  }, 120_000);
});
