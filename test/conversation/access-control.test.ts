import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import type { Role } from '../../db/schema.js';
import { COMMANDS } from '../../commands/registry.js';
import { replyToPlainText } from '../../src/render/plain-text.js';
import { mayRun } from '../../src/access/roles.js';
import { grantRole } from '../../src/access/users.js';
import { handleMessage } from '../../src/conversation/handle-message.js';
import { COMMON_TEXT, ROLE_NAMES } from '../../src/i18n/common-text.js';
import { allBalances } from '../../src/ledger/balances.js';
import { createLogger } from '../../src/logging/logger.js';
import { botHarness } from '../helpers/bot-harness.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
});
afterEach(() => {
  vi.restoreAllMocks();
  t.close();
});

const USERS: Record<Role | 'stranger', number> = { stranger: 40, viewer: 41, editor: 42, admin: 43 };

describe('roles', () => {
  it.each(COMMANDS.map((c) => [c.name, c.access] as const))('/%s (for %s) refuses everyone below its role', async (name, access) => {
    for (const role of ['viewer', 'editor'] as const) grantRole(t.db, USERS[role], role, 1, new Date());
    const services = { db: t.db, now: () => new Date('2026-11-27T09:00:00Z'), adminIds: [USERS.admin], log: createLogger('silent') };
    for (const [who, id] of Object.entries(USERS)) {
      const role = who === 'stranger' ? null : (who as Role);
      const outcome = await handleMessage({ text: `/${name}`, user: { id, name: '', languageCode: 'en' }, chat: { id, kind: 'private' } }, services);
      const text = replyToPlainText(outcome.reply);
      const refusal = role === null ? COMMON_TEXT.en.stranger(id) : access === 'anyone' ? null : COMMON_TEXT.en.notAllowed(ROLE_NAMES.en[access]);
      // /start is for anyone, and to a stranger it is exactly how to get access.
      if (mayRun(role, access)) expect(text, `${who} should reach /${name}`).not.toBe(name === 'start' && role === null ? null : refusal);
      else {
        expect(text, `${who} must not reach /${name}`).toBe(refusal);
        expect(text).not.toMatch(/₸/);
      }
    }
  });
});

describe('strangers', () => {
  it('get a short greeting with their id and how to get access, no keyboard of commands, and no suggestions', async () => {
    const services = { db: t.db, now: () => new Date('2026-11-27T09:00:00Z'), adminIds: [], log: createLogger('silent') };
    for (const text of ['/start', 'привет', 'asdf qwerty']) {
      const outcome = await handleMessage({ text, user: { id: USERS.stranger, name: 'Guest', languageCode: 'ru' }, chat: { id: USERS.stranger, kind: 'private' } }, services);
      expect(replyToPlainText(outcome.reply), text).toBe(COMMON_TEXT[outcome.lang].stranger(USERS.stranger));
      expect(outcome.reply.keyboard, text).toBeUndefined();
      expect(outcome.reply.buttons, text).toBeUndefined();
    }
  });
});

describe('group chats', () => {
  const GROUP = { id: -500, type: 'supergroup' as const, title: 'Budget committee' };

  it('answer only after an admin allows the group; then everyone may query and only editors reallocate', async () => {
    const h = botHarness(t, { adminIds: [USERS.admin] });
    const member = { id: 77, language_code: 'en' };
    const before = allBalances(t.db);
    expect(h.texts(await h.send(member, '/reserved', GROUP))[0]).toMatch(/does not answer in this group/);
    expect(h.texts(await h.send({ id: USERS.admin, language_code: 'en' }, '/reserved', GROUP))[0]).toMatch(/does not answer in this group/);
    expect(h.texts(await h.send(member, '/allowchat', GROUP))[0]).toMatch(/admin/);

    expect(h.texts(await h.send({ id: USERS.admin, language_code: 'en' }, '/allowchat', GROUP))[0]).toMatch(/Done/);
    expect(h.texts(await h.send(member, '/reserved', GROUP))[0]).toMatch(/₸/);
    expect(h.texts(await h.send(member, '/reallocate 1 млн kazllm cyber-shield', GROUP))[0]).toMatch(/editor/);
    // Private chats are not opened by a group's permission.
    expect(h.texts(await h.send(member, '/reserved'))[0]).toContain(String(member.id));

    expect(h.texts(await h.send({ id: USERS.admin, language_code: 'en' }, '/denychat', GROUP))[0]).toMatch(/no longer/);
    expect(h.texts(await h.send(member, '/reserved', GROUP))[0]).toMatch(/does not answer in this group/);
    expect(allBalances(t.db)).toEqual(before);
  });
});

describe('audit log', () => {
  it('records every command and button press with who, where, what and how it ended', async () => {
    const h = botHarness(t, { adminIds: [USERS.admin] });
    const admin = { id: USERS.admin, language_code: 'en' };
    await h.send(admin, '/reserved');
    await h.send({ id: 55 }, '/sources');
    await h.press(admin, '/project kazllm');
    await h.send(admin, 'сколько осталось в резерве?');
    const entries = h.services.audit!.recent({ limit: 10 });
    expect(entries.map((e) => [e.userId, e.via, e.intent, e.outcome])).toEqual([
      [USERS.admin, 'private/message', 'reserved', 'answered'],
      [USERS.admin, 'private/button', 'project', 'answered'],
      [55, 'private/message', 'sources', 'refused'],
      [USERS.admin, 'private/message', 'reserved', 'answered'],
    ]);
    expect(entries[0]!.input).toBe('сколько осталось в резерве?');

    const shown = h.texts(await h.send(admin, '/audit 3'))[0]!;
    expect(shown).toMatch(/Audit log/);
    expect(shown).toContain('55');
    expect(h.texts(await h.send({ id: 55 }, '/audit'))[0]).toContain('55');
    expect(h.texts(await h.send({ id: 55 }, '/audit'))[0]).not.toMatch(/Audit log/);
  });
});

describe('unexpected errors', () => {
  it('show the user an error id only, and log it with that id', async () => {
    const lines: string[] = [];
    const log = createLogger('error');
    vi.spyOn(log, 'error').mockImplementation(((obj: unknown) => void lines.push(JSON.stringify(obj))) as never);
    t.db.$client.exec('DROP TABLE projects');
    const outcome = await handleMessage(
      { text: '/projects', user: { id: 1, name: '', languageCode: 'en' }, chat: { id: 1, kind: 'private' } },
      { db: t.db, now: () => new Date(), adminIds: [1], log },
    );
    const text = replyToPlainText(outcome.reply);
    expect(outcome.status).toBe('error');
    expect(text).toContain(outcome.errorId!);
    expect(text).not.toMatch(/SQL|projects|\/work|\/tmp|at .*\.ts|Error:/);
    expect(lines.join('\n')).toContain(outcome.errorId!);
  });
});
