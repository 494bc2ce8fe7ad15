import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type BudgetDb } from '../../db/client.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { formatMoneyShort } from '../../src/format/money.js';
import { grantRole } from '../../src/access/users.js';
import { projectSummary } from '../../src/queries/project-summary.js';
import { currentPriorities } from '../../src/queries/priorities.js';
import { remainingReserves } from '../../src/queries/reserves.js';
import { kazakhstanDate } from '../../src/format/iso-date.js';
import { smallDataset } from '../helpers/datasets.js';
import { FakeBotApi } from '../helpers/fake-bot-api.js';
import { startBotProcess, type BotProcess } from '../helpers/bot-process.js';

// The real `npm start` process, talking to a Bot API emulator on loopback, on a dataset made for the test.

const ADMIN = { id: 7001, language_code: 'en' };
const VIEWER = { id: 7002, language_code: 'ru' };
const STRANGER = { id: 7003, language_code: 'en' };
const EDITOR = { id: 7004, language_code: 'en' };

let dir: string;
let api: FakeBotApi;
let bot: BotProcess;
let db: BudgetDb;
const today = kazakhstanDate(new Date());

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'e2e-'));
  const path = join(dir, 'budget.db');
  db = openDatabase(path);
  const data = smallDataset([
    { id: 'e1', date: '2026-02-01', from: 'reserve:budget', to: 'project:a', amount: 123_456, reason: 'start <now>', actor: 'Board & Co' },
    { id: 'e2', date: '2026-03-01', from: 'project:a', to: 'project:c', amount: 23_456, reason: 'shift', actor: 'Board' },
    { id: 'e3', date: '2026-04-01', from: 'project:c', to: 'spent', amount: 3_000, reason: 'pay', actor: 'Treasury' },
  ]);
  importDataset(db, data);
  grantRole(db, VIEWER.id, 'viewer', ADMIN.id, new Date());
  grantRole(db, EDITOR.id, 'editor', ADMIN.id, new Date());
  api = await FakeBotApi.start();
  bot = startBotProcess({ BOT_TOKEN: '123456:TEST-token-for-the-emulator-0123456789', TELEGRAM_API_ROOT: api.apiRoot, DATABASE_PATH: path, ADMIN_IDS: String(ADMIN.id) });
  await api.waitFor(() => api.calls.filter((c) => c.method === 'setMyCommands').length >= 4, 60_000);
}, 90_000);

afterAll(async () => {
  await bot.stop('SIGTERM');
  await api.waitFor(() => bot.stderr().includes('"msg":"stopped"'), 10_000);
  await api.stop();
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
  expect(bot.stderr()).not.toContain('TEST-token-for-the-emulator');
});

async function ask(user: { id: number; language_code?: string }, text: string, count = 1) {
  const before = api.sent(user.id).length;
  api.sendText(user, text);
  await api.waitFor(() => api.sent(user.id).length >= before + count);
  return api.sent(user.id).slice(before);
}
const textOf = (calls: { params: Record<string, unknown> }[]) => calls.map((c) => String(c.params.text ?? '')).join('\n');

describe('npm start against a Bot API emulator', () => {
  it('sets the command menu in three languages', () => {
    const langs = api.calls.filter((c) => c.method === 'setMyCommands').map((c) => c.params.language_code);
    expect(langs).toEqual(expect.arrayContaining(['ru', 'kk', 'en']));
  });

  it('answers /reserved with the database figures', async () => {
    const text = textOf(await ask(ADMIN, '/reserved'));
    const reserves = remainingReserves(db, today);
    expect(text).toContain(formatMoneyShort(reserves.total, 'en'));
    expect(text).toContain(formatMoneyShort(876_544, 'en'));
  });

  it('answers /project with balance, spending, and names with <, >, & intact', async () => {
    const text = textOf(await ask(VIEWER, '/project c'));
    const summary = projectSummary(db, 'c')!;
    expect(text).toContain('Project C &lt;&amp;&gt;');
    expect(text).toContain(formatMoneyShort(summary.balance, 'ru'));
    expect(text).toContain(formatMoneyShort(summary.spent, 'ru'));
  });

  it('answers /priorities, /sources, /projects, /history, /whoami, /help', async () => {
    const priorities = textOf(await ask(ADMIN, '/priorities'));
    const areas = currentPriorities(db, today);
    expect(priorities.indexOf('Government')).toBeLessThan(priorities.indexOf('AI'));
    expect(priorities).toContain(formatMoneyShort(areas.find((a) => a.id === 'ai')!.balance, 'en'));
    expect(textOf(await ask(ADMIN, '/sources'))).toContain('Fund');
    expect(textOf(await ask(ADMIN, '/projects suspended'))).toContain('Project C');
    const history = textOf(await ask(ADMIN, '/history'));
    expect(history).toContain('start &lt;now&gt; (Board &amp; Co)');
    expect(textOf(await ask(ADMIN, '/whoami'))).toContain(String(ADMIN.id));
    expect(textOf(await ask(ADMIN, '/help'))).toContain('/grant');
  });

  it('answers /scenario with the summary and a chart photo, and compares', async () => {
    const replies = await ask(ADMIN, '/scenario 5 3 5', 2);
    expect(textOf(replies)).toMatch(/multiplier 5/);
    const photo = replies.find((c) => c.method === 'sendPhoto')!;
    const bytes = photo.params.photo as { bytes: number; head: { data: number[] } | Buffer };
    expect(bytes.bytes).toBeGreaterThan(10_000);
    const compared = await ask(ADMIN, '/scenario 4 5 6', 2);
    expect(textOf(compared)).toMatch(/4% of GDP[\s\S]*5% of GDP[\s\S]*6% of GDP/);
    expect(compared.some((c) => c.method === 'sendPhoto')).toBe(true);
  });

  it('reallocates after the confirm button, alerts subscribers within seconds, and only once', async () => {
    expect(textOf(await ask(VIEWER, '/subscribe'))).toMatch(/подпис/i);
    const before = { a: projectSummary(db, 'a')!.balance, b: projectSummary(db, 'b')!.balance };
    expect(textOf(await ask(VIEWER, '/reallocate 1000 a b'))).toMatch(/редактор|editor/i);

    const preview = await ask(EDITOR, '/reallocate 10 000 a b test move');
    const buttons = (preview.at(-1)!.params.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat();
    const confirm = buttons.find((b) => b.callback_data.startsWith('/confirm'))!.callback_data;
    expect(projectSummary(db, 'a')!.balance).toBe(before.a);

    const sentBefore = api.sent(VIEWER.id).length;
    api.press(EDITOR, confirm);
    await api.waitFor(() => api.sent(VIEWER.id).slice(sentBefore).find((c) => String(c.params.text).includes('test move')));
    // The author's "✅" comes through the outbox too: wait for it, so it is not taken for a later answer.
    await api.waitFor(() => api.sent(EDITOR.id).some((c) => String(c.params.text).includes('✅')));
    expect(projectSummary(db, 'a')!.balance).toBe(before.a - 10_000);
    expect(projectSummary(db, 'b')!.balance).toBe(before.b + 10_000);

    const edits = api.sent(EDITOR.id).length;
    api.press(EDITOR, confirm);
    await api.waitFor(() => api.sent(EDITOR.id).slice(edits).some((c) => /already confirmed/i.test(String(c.params.text))));
    expect(projectSummary(db, 'a')!.balance).toBe(before.a - 10_000);

    expect(textOf(await ask(EDITOR, '/reallocate 999999999 a b'))).toMatch(/holds|not enough|only/i);
    await ask(VIEWER, '/unsubscribe');
    const afterUnsubscribe = api.sent(VIEWER.id).length;
    const second = await ask(EDITOR, '/reallocate 5 a b quiet move');
    const confirmSecond = (second.at(-1)!.params.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat()[0]!.callback_data;
    const editorBefore = api.sent(EDITOR.id).length;
    api.press(EDITOR, confirmSecond);
    await api.waitFor(() => api.sent(EDITOR.id).length > editorBefore);
    await new Promise((r) => setTimeout(r, 1500));
    expect(api.sent(VIEWER.id).length).toBe(afterUnsubscribe);
    expect(projectSummary(db, 'a')!.balance).toBe(before.a - 10_005);
  });

  it('refuses a stranger and shows no figures', async () => {
    const text = textOf(await ask(STRANGER, '/reserved'));
    expect(text).toContain(String(STRANGER.id));
    expect(text).not.toContain('₸');
  });

  it('survives hostile text and keeps answering', async () => {
    const hostile = ["'; DROP TABLE transfers; --", '<script>alert(1)</script>', '\u202e\u0000\u0007', 'x'.repeat(20_000), '/reserved ../../etc/passwd'];
    for (const text of hostile) {
      const replies = await ask(ADMIN, text);
      for (const reply of replies) expect(String(reply.params.text ?? '').length).toBeLessThanOrEqual(4096);
    }
    expect(textOf(await ask(ADMIN, '/sources'))).toContain('Budget');
    expect(remainingReserves(db, today).total).toBe(1_500_000 - 123_456);
  });
});
