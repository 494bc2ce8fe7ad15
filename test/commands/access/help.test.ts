import { afterEach, beforeEach, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/registry.js';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { createLogger } from '../../../src/logging/logger.js';
import { replyToPlainText } from '../../../src/render/plain-text.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => (t = tempDatabase()));
afterEach(() => t.close());

const ask = async (text: string, role: 'viewer' | 'admin' | null, languageCode = 'ru') => {
  const outcome = await handleMessage(
    { text, user: { id: 5, name: '', languageCode }, chat: { id: 5, kind: 'private' }, ...(role ? { roleOverride: role } : {}) },
    { db: t.db, now: () => new Date('2026-11-30T06:00:00Z'), adminIds: [], log: createLogger('silent') },
  );
  return { reply: outcome.reply, lines: replyToPlainText(outcome.reply).split('\n').filter((l) => !l.startsWith('[')) };
};

it('/help is one screen: a line a section, naming its commands, and a button a section', async () => {
  for (const lang of ['ru', 'kk', 'en']) {
    const { reply, lines } = await ask('/help', 'admin', lang);
    expect(lines.length).toBeLessThanOrEqual(8);
    const listed = lines.join(' ').match(/\/[a-z]+/g)!;
    const menu = COMMANDS.filter((c) => c.visibility === 'menu').map((c) => `/${c.name}`);
    expect(new Set(listed.filter((c) => menu.includes(c)))).toEqual(new Set(menu));
    expect(reply.buttons!.flat().map((b) => b.action)).toContain('/help money');
  }
});

it('a section lists its commands with what they do; a command shows its examples', async () => {
  const money = await ask('/help money', 'viewer');
  expect(money.lines[0]).toMatch(/Деньги/);
  expect(money.lines).toContain('/spent — Расходы: за период, по проекту, направлению, администратору; разбивки и рейтинги');
  const spent = await ask(money.reply.buttons!.flat().find((b) => b.label === '/spent')!.action, 'viewer');
  expect(spent.lines).toEqual(expect.arrayContaining(['• /spent март', '• /spent II квартал по направлениям']));
  expect(spent.lines.length).toBeLessThanOrEqual(8);
});

it('shows each person only what they may run, and says so when a command does not exist', async () => {
  const stranger = await ask('/help', null, 'en');
  expect(stranger.lines.join('\n')).not.toMatch(/\/spent|\/grant/);
  expect((await ask('/help access', 'viewer', 'en')).lines.join('\n')).not.toContain('/grant');
  expect((await ask('/help grant', 'viewer', 'en')).lines.join('\n')).toMatch(/There is no \/grant command/);
  expect((await ask('/help nosuch', 'viewer', 'kk')).lines.join('\n')).toMatch(/\/nosuch командасы жоқ/);
});
