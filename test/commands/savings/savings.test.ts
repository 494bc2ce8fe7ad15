import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Services } from '../../../commands/command.js';
import { grantRole } from '../../../src/access/users.js';
import { AuditLog } from '../../../src/audit/audit-log.js';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { seedDemoIfEmpty } from '../../../src/dataset/seed-demo.js';
import { formatMoneyShort } from '../../../src/format/money.js';
import { verifyLedger } from '../../../src/ledger/verify-ledger.js';
import { createLogger } from '../../../src/logging/logger.js';
import { replyToPlainText } from '../../../src/render/plain-text.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

const ADMIN = 1;
const EDITOR = 2;
let t: TempDatabase;
let services: Services;
let audit: AuditLog;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
  grantRole(t.db, EDITOR, 'editor', ADMIN, new Date());
  audit = new AuditLog(t.path);
  services = { db: t.db, now: () => new Date('2026-11-27T09:00:00Z'), adminIds: [ADMIN], log: createLogger('silent'), audit };
});
afterEach(() => {
  audit.close();
  t.close();
});

const say = async (user: number, text: string, languageCode = 'en') => {
  const outcome = await handleMessage({ text, user: { id: user, name: 'T', languageCode }, chat: { id: user, kind: 'private' } }, services);
  return { ...outcome, text: replyToPlainText(outcome.reply) };
};

it('shows what was recognised, reinvested and is left, and where it went', async () => {
  const { text } = await say(EDITOR, '/savings');
  expect(text).toContain(formatMoneyShort(23_700_000_000, 'en'));
  expect(text).toMatch(/, left ₸0$/m);
  expect(text).toMatch(/Republican budget|Республиканский бюджет/);
  expect(text).toContain('ИИ-грамотность в школах');
  const ru = await say(EDITOR, 'сколько сэкономили и реинвестировали?', 'ru');
  expect(ru.intent).toBe('savings');
  expect(ru.text).toMatch(/реинвестировано 23,7 млрд ₸/);
});

it('keeps the answer a phone screen: the records and, when many, the recipients are a button away', async () => {
  const { reply } = await say(EDITOR, '/savings');
  expect(replyToPlainText(reply).split('\n').filter((l) => !l.startsWith('[')).length).toBeLessThanOrEqual(8);
  const records = reply.buttons!.flat().find((b) => b.label.startsWith('📋'))!;
  expect(records.action).toBe('/savings records');
  const listed = (await say(EDITOR, records.action)).text;
  expect(listed).toMatch(/Savings records/);
  expect(listed).toContain('Экономия от цифровизации госуслуг реинвестирована');
  // Five recipients: three by name, the other two in one line, and a button to all of them.
  for (const [to, i] of [['reserve:national-fund', 1], ['project:kazllm', 2], ['project:egov-ai-assistant', 3]] as const) {
    await say(ADMIN, `/recognise ${i} млрд — test ${i}`);
    const preview = await say(ADMIN, `/reallocate ${i} млрд savings ${to} — reinvest ${i}`);
    expect((await say(ADMIN, preview.reply.buttons![0]![0]!.action)).status).toBe('answered');
  }
  const many = await say(EDITOR, '/savings');
  const lines = many.text.split('\n').filter((l) => !l.startsWith('['));
  expect(lines.length).toBeLessThanOrEqual(8);
  expect(lines.filter((l) => l.startsWith('• '))).toHaveLength(4);
  expect(many.text).toMatch(/• others \(3\) — ₸/);
  const all = many.reply.buttons!.flat().find((b) => b.label.startsWith('All recipients (6)'))!;
  const recipients = (await say(EDITOR, all.action)).text;
  for (const name of ['KazLLM', 'eGov', 'National Fund', 'ИИ-грамотность']) expect(recipients).toContain(name);
});

it('lets an admin record recognised savings, which may then be reinvested (and no more), all in the audit log', async () => {
  expect((await say(EDITOR, '/recognise 2 млрд — облако для госуслуг')).status).toBe('refused');
  const recorded = await say(ADMIN, '/recognise 2 млрд — облако для госуслуг');
  expect(recorded.status).toBe('answered');
  expect(recorded.text).toMatch(/Recorded savings of ₸2 bn/);
  expect(recorded.text).toContain('облако для госуслуг');
  expect((await say(EDITOR, '/savings')).text).toMatch(/, left ₸2 bn$/m);

  const tooMuch = await say(EDITOR, '/reallocate 3 млрд savings kazllm');
  expect(tooMuch.status).toBe('refused');
  expect(tooMuch.text).toMatch(/Only recognised savings can be reinvested: ₸2 bn is left/);
  const preview = await say(EDITOR, '/reallocate 2 млрд savings kazllm');
  expect((await say(EDITOR, preview.reply.buttons![0]![0]!.action)).status).toBe('answered');
  expect((await say(EDITOR, '/savings')).text).toMatch(/, left ₸0$/m);
  expect(verifyLedger(t.db).problems).toEqual([]);
  expect(audit.recent({ limit: 10 }).map((e) => e.intent)).toEqual(expect.arrayContaining(['recognise', 'reallocate', 'confirm']));
});

it('explains a /recognise it cannot read', async () => {
  expect((await say(ADMIN, '/recognise')).text).toMatch(/Write it like: \/recognise <amount> — <what produced the savings>/);
  expect((await say(ADMIN, '/recognise lots — x')).text).toMatch(/can't read the amount/);
  expect((await say(ADMIN, '/recognise 5 млрд')).text).toMatch(/Say what produced the savings/);
  expect((await say(ADMIN, '/recognise 5 млрд — later 31.12.2026')).text).toMatch(/is still to come/);
});
