import { afterEach, beforeEach, expect, it } from 'vitest';
import { listOutbox } from '../../../db/stores/outbox-store.js';
import { AuditLog } from '../../../src/audit/audit-log.js';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { seedDemoIfEmpty } from '../../../src/dataset/seed-demo.js';
import { createLogger } from '../../../src/logging/logger.js';
import { outboxPayload } from '../../../src/outbox/outbox-messages.js';
import { rankingOn } from '../../../db/stores/catalogue-store.js';
import { replyToPlainText } from '../../../src/render/plain-text.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

let t: TempDatabase;
let audit: AuditLog;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
  audit = new AuditLog(t.path);
});
afterEach(() => {
  audit.close();
  t.close();
});

const ADMIN = 9;
const say = async (text: string, user = ADMIN, languageCode = 'ru') => {
  const outcome = await handleMessage(
    { text, user: { id: user, name: 'A', languageCode }, chat: { id: user, kind: 'private' } },
    { db: t.db, now: () => new Date('2026-11-30T06:00:00Z'), adminIds: [ADMIN], log: createLogger('silent'), audit },
  );
  return { ...outcome, text: replyToPlainText(outcome.reply) };
};

it('an admin re-ranks areas from a date with a preview and Confirm; subscribers hear of it once', async () => {
  await say('/subscribe', ADMIN);
  const preview = await say('/rerank кибербезопасность, цифровое правительство с 01.12.2026');
  expect(preview.text).toMatch(/^Новый порядок приоритетов с 1 декабря 2026:\n1\. Кибербезопасность \(было 2\)/);
  expect(rankingOn(t.db, '2026-12-01')[0]!.id).toBe('ai-infrastructure');
  const confirm = preview.reply.buttons![0]![0]!;
  const done = await say(confirm.action);
  expect(done.text).toMatch(/Приоритеты изменены с 1 декабря 2026\. Оповещено чатов: 1/);
  expect(done.reply.replacesOrigin).toBe(true);
  expect(rankingOn(t.db, '2026-12-01').map((a) => a.id).slice(0, 3)).toEqual(['cybersecurity', 'digital-government', 'ai-infrastructure']);
  // The ranking before that date is as it was.
  expect(rankingOn(t.db, '2026-11-30')[0]!.id).toBe('ai-infrastructure');
  const [alert] = listOutbox(t.db).filter((r) => r.kind === 'priorities-alert');
  expect(JSON.stringify(outboxPayload('priorities-alert', alert!.payload).blocks)).toContain('Приоритеты изменены с 1 декабря 2026');
  // A second press finds the ranking changed: nothing is written twice.
  expect((await say(confirm.action)).text).toMatch(/успел измениться/);
  expect(listOutbox(t.db).filter((r) => r.kind === 'priorities-alert')).toHaveLength(1);
  expect(audit.recent({ limit: 5 }).map((e) => e.intent)).toContain('rerank');
});

it('is for admins only, and says how to write it', async () => {
  expect((await say('/rerank кибербезопасность', 55)).status).toBe('refused');
  expect((await say('/rerank', ADMIN, 'en')).text).toMatch(/List the areas in their new order/);
  expect((await say('/rerank жилищное хозяйство', ADMIN)).text).toMatch(/не найдено/);
});
