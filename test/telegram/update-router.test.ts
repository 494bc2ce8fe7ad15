import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { grantRole } from '../../src/access/users.js';
import { formatMoneyShort } from '../../src/format/money.js';
import { remainingReserves } from '../../src/queries/reserves.js';
import { botHarness, type ApiCall } from '../helpers/bot-harness.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

let t: TempDatabase;
let h: ReturnType<typeof botHarness>;
const ADMIN = { id: 1, language_code: 'ru' };
const VIEWER = { id: 2, language_code: 'en' };
const STRANGER = { id: 3, language_code: 'kk' };

beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
  grantRole(t.db, VIEWER.id, 'viewer', ADMIN.id, new Date());
  h = botHarness(t, { adminIds: [ADMIN.id] });
});
afterEach(() => {
  vi.restoreAllMocks();
  t.close();
});

describe('the bot through handleUpdate', () => {
  it('answers /reserved with the figures from the database, in the user language', async () => {
    const reserves = remainingReserves(t.db, '2026-11-27');
    const [ru] = h.texts(await h.send(ADMIN, '/reserved'));
    expect(ru).toContain(formatMoneyShort(reserves.total, 'ru'));
    for (const s of reserves.sources) expect(ru).toContain(formatMoneyShort(s.remaining, 'ru'));
    const [en] = h.texts(await h.send(VIEWER, '/reserved'));
    expect(en).toContain(formatMoneyShort(reserves.total, 'en'));
    expect(en).toMatch(/Free reserve · as of 27 November 2026/);
  });

  it('refuses a stranger politely, shows their id, and no figures', async () => {
    const sent = await h.send(STRANGER, '/reserved');
    const [text] = h.texts(sent);
    expect(text).toContain(String(STRANGER.id));
    expect(text).not.toMatch(/₸/);
    expect(text).toMatch(/рұқсат/);
  });

  it('lets a stranger see /whoami and /help but nothing more', async () => {
    expect(h.texts(await h.send(STRANGER, '/whoami'))[0]).toContain(String(STRANGER.id));
    const help = h.texts(await h.send(STRANGER, '/help'))[0]!;
    expect(help).not.toContain('/reserved');
  });

  it('answers commands addressed to it in groups and ignores those for other bots', async () => {
    const group = { id: -100, type: 'supergroup' as const };
    expect(h.texts(await h.send(VIEWER, '/sources@budget_test_bot', group))).toHaveLength(1);
    expect(await h.send(VIEWER, '/sources@other_bot', group)).toHaveLength(0);
    expect(await h.send(VIEWER, 'just chatting', group)).toHaveLength(0);
  });

  it('escapes names with <, > and & in HTML', async () => {
    t.db.$client.prepare("UPDATE projects SET name = 'R&D <AI> lab' WHERE id = 'kazllm'").run();
    const [text] = h.texts(await h.send(ADMIN, '/project kazllm'));
    expect(text).toContain('R&amp;D &lt;AI&gt; lab');
  });

  it('remembers /lang per user', async () => {
    h.texts(await h.send(VIEWER, '/lang kk'));
    expect(h.texts(await h.send(VIEWER, '/sources'))[0]).toMatch(/Қаржыландыру көздері/);
  });

  it('offers buttons when a name fits several projects, and a press runs the choice', async () => {
    const sent = await h.send(ADMIN, '/project интернет');
    const markup = sent.find((c) => c.method === 'sendMessage')!.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] };
    const choices = markup.inline_keyboard.flat().map((b) => b.callback_data);
    expect(choices).toEqual(expect.arrayContaining(['/project rural-broadband', '/project satellite-internet']));
    const after = await h.press(ADMIN, '/project satellite-internet');
    expect(after.map((c) => c.method)).toContain('answerCallbackQuery');
    expect(h.texts(after)[0]).toMatch(/Спутниковый интернет/);
  });

  it('pages /projects so that every project has a button, and the pages are walked with buttons', async () => {
    const reached = new Set<string>();
    let action: string | undefined = '/projects';
    for (let pages = 0; action && pages < 5; pages++) {
      const sent: ApiCall[] = pages === 0 ? await h.send(ADMIN, action) : await h.press(ADMIN, action);
      const message = sent.find((c) => c.method === 'sendMessage')!;
      expect(String(message.payload.text).split('\n').length).toBeLessThanOrEqual(9);
      const buttons = (message.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
      for (const b of buttons) if (b.callback_data.startsWith('/project ')) reached.add(b.callback_data.slice('/project '.length));
      action = buttons.find((b) => /›/.test(b.text))?.callback_data;
    }
    expect(reached.size).toBe((t.db.$client.prepare('SELECT COUNT(*) AS n FROM projects').get() as { n: number }).n);
  });

  it('turns a cancelled preview into one line saying what was cancelled, without buttons', async () => {
    const sent = await h.send(ADMIN, '/reallocate 1 млн kazllm cyber-shield');
    const preview = sent.find((c) => c.method === 'sendMessage')!;
    const buttons = (preview.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
    const cancel = buttons.find((b) => b.callback_data.startsWith('/cancel'))!;
    const after = await h.press(ADMIN, cancel.callback_data, 41);
    const edit = after.find((c) => c.method === 'editMessageText')!;
    expect(edit.payload).toMatchObject({ message_id: 41 });
    expect(String(edit.payload.text)).toMatch(/^✖ Отменено: 1 млн ₸, «Казахоязычная языковая модель KazLLM» → «Киберщит: центр мониторинга угроз»\. Ничего не переведено\.$/);
    expect(edit.payload.reply_markup).toBeUndefined();
    expect(after.filter((c) => c.method === 'sendMessage')).toEqual([]);
  });

  it('lets admins grant and revoke, and refuses viewers', async () => {
    expect(h.texts(await h.send(VIEWER, '/grant 5 viewer'))[0]).toMatch(/admin/);
    expect(h.texts(await h.send(ADMIN, '/grant 5 editor'))[0]).toMatch(/5/);
    expect(h.texts(await h.send({ id: 5 }, '/whoami'))[0]).toMatch(/editor/);
    h.texts(await h.send(ADMIN, '/revoke 5'));
    expect(h.texts(await h.send({ id: 5 }, '/reserved'))[0]).toContain('5');
  });

  it('splits replies longer than 4096 characters', async () => {
    for (let i = 0; i < 50; i++) {
      t.db.$client.prepare("INSERT INTO projects (id, name, priority, status, owner) VALUES (?, ?, 'cybersecurity', 'active', 'x')").run(`p${i}`, `${'Очень длинное название проекта '.repeat(60)}${i}`);
    }
    const texts = h.texts(await h.send(ADMIN, '/projects cybersecurity'));
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(4096);
  });
});
