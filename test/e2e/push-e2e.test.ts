import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type BudgetDb } from '../../db/client.js';
import { upsertDigest } from '../../db/stores/digests-store.js';
import { insertWatch } from '../../db/stores/watches-store.js';
import { grantRole } from '../../src/access/users.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { FakeBotApi, type RecordedCall } from '../helpers/fake-bot-api.js';
import { startBotProcess, type BotProcess } from '../helpers/bot-process.js';

// The real `npm start` against the Bot API emulator, its clock set by CLOCK_START to Monday 30
// November 2026, 08:30:05 in Astana: a weekly digest due at 08:30 arrives, once, even across a
// kill -9; a reserve falling below a watched threshold alerts once; a new ranking reaches subscribers.

const ADMIN = { id: 9101, language_code: 'ru' };
const OFFICIAL = { id: 9102, language_code: 'ru' };
const CLOCK = { CLOCK_START: '2026-11-30T03:30:05Z', QUIET_HOURS: 'off' };

let dir: string;
let path: string;
let api: FakeBotApi;
let bot: BotProcess;
let db: BudgetDb;

const textOf = (c: RecordedCall) => String(c.params.text ?? c.params.caption ?? '');
const digestsTo = (chat: number) => api.sent(chat).filter((c) => textOf(c).includes('Сводка за неделю'));

async function start(): Promise<void> {
  const before = api.calls.filter((c) => c.method === 'setMyCommands').length;
  bot = startBotProcess({ BOT_TOKEN: '123456:TEST-token-for-the-emulator-0123456789', TELEGRAM_API_ROOT: api.apiRoot, DATABASE_PATH: path, ADMIN_IDS: String(ADMIN.id), ...CLOCK });
  await api.waitFor(() => api.calls.filter((c) => c.method === 'setMyCommands').length >= before + 4, 60_000);
}

async function ask(user: { id: number; language_code: string }, text: string): Promise<RecordedCall> {
  const before = api.sent(user.id).length;
  api.sendText(user, text);
  return api.waitFor(() => api.sent(user.id)[before], 60_000);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'push-e2e-'));
  path = join(dir, 'budget.db');
  db = openDatabase(path);
  seedDemoIfEmpty(db);
  grantRole(db, OFFICIAL.id, 'viewer', ADMIN.id, new Date());
  // The last digest went out a week ago; the National Fund's reserve (75 bn free) is watched at 70 bn.
  upsertDigest(db, { chatId: OFFICIAL.id, userId: OFFICIAL.id, cadence: 'weekly', atMinute: 8 * 60 + 30, weekday: 1, lastSlot: '2026-11-23T03:30:00.000Z', lang: 'ru', createdAt: '2026-11-01T00:00:00.000Z' });
  insertWatch(db, { chatId: OFFICIAL.id, userId: OFFICIAL.id, kind: 'reserve', target: 'national-fund', threshold: 70_000_000_000, unit: 'tenge', byDate: null, lang: 'ru', createdAt: '2026-11-01T00:00:00.000Z' });
  api = await FakeBotApi.start();
  await start();
}, 90_000);

afterAll(async () => {
  await bot?.stop('SIGTERM');
  await api?.stop();
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

it('sends the weekly digest at 08:30 Astana time with the week’s figures, and not again after kill -9', async () => {
  const [digest] = await api.waitFor(() => (digestsTo(OFFICIAL.id).length > 0 ? digestsTo(OFFICIAL.id) : false), 60_000);
  // One message: the chart, with the digest as its caption.
  expect(digest!.method).toBe('sendPhoto');
  expect((digest!.params.photo as { data: Buffer }).data.subarray(1, 4).toString()).toBe('PNG');
  const text = textOf(digest!);
  expect(text).toContain('с 23 ноября по 29 ноября 2026');
  expect(text).toContain('Свободный резерв <b>360 млрд ₸</b>');
  await bot.stop('SIGKILL');
  await start();
  // The scheduler's first pass runs at start; with nothing due it ends before the bot answers anyone.
  await ask(OFFICIAL, '/whoami');
  expect(digestsTo(OFFICIAL.id)).toHaveLength(1);
}, 180_000);

it('alerts once when a confirmed reallocation takes the reserve below the watched threshold', async () => {
  const preview = await ask(ADMIN, '/reallocate 6 млрд reserve:national-fund kazllm — тест порога');
  const confirm = (preview.params.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat()[0]!.callback_data;
  api.press(ADMIN, confirm, ADMIN.id, preview.messageId);
  const alert = await api.waitFor(() => api.sent(OFFICIAL.id).find((c) => textOf(c).includes('Резерв ниже порога')), 60_000);
  expect(textOf(alert)).toContain('69 млрд ₸');
  // Another step down while below: no second alert. Once the official has an answer, the alert would have come before it.
  const again = await ask(ADMIN, '/reallocate 1 млрд reserve:national-fund kazllm — ещё');
  const confirmAgain = (again.params.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat()[0]!.callback_data;
  api.press(ADMIN, confirmAgain, ADMIN.id, again.messageId);
  const moved = () => api.sent(ADMIN.id).filter((c) => textOf(c).startsWith('✅')).length;
  await api.waitFor(() => moved() >= 2, 60_000);
  await ask(OFFICIAL, '/whoami');
  expect(api.sent(OFFICIAL.id).filter((c) => textOf(c).includes('Резерв ниже порога'))).toHaveLength(1);
}, 120_000);

it('pushes a new ranking of priorities to subscribers', async () => {
  const preview = await ask(ADMIN, '/rerank кибербезопасность с 01.12.2026');
  const confirm = (preview.params.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat()[0]!.callback_data;
  api.press(ADMIN, confirm, ADMIN.id, preview.messageId);
  const alert = await api.waitFor(() => api.sent(OFFICIAL.id).find((c) => textOf(c).includes('Приоритеты изменены с 1 декабря 2026')), 60_000);
  expect(textOf(alert)).toMatch(/1\. Кибербезопасность/);
}, 120_000);
