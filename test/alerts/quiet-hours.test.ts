import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { acquireLease, claimDueHeads, listOutbox } from '../../db/stores/outbox-store.js';
import { setQuietHours } from '../../db/stores/quiet-hours-store.js';
import { insertWatch } from '../../db/stores/watches-store.js';
import { subscribe } from '../../src/alerts/subscriptions.js';
import { DEFAULT_QUIET_HOURS } from '../../src/alerts/quiet-hours.js';
import { recordTransferWithAlerts } from '../../src/alerts/transfer-alerts.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { queueReply } from '../../src/outbox/outbox-messages.js';
import { windowEnd } from '../../src/schedule/astana-clock.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

// Quiet hours hold pushed messages until they end; urgent ones and replies go at once.

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
});
afterEach(() => t.close());

const CHAT = 801;
const claim = (iso: string) => {
  const now = Date.parse(iso);
  acquireLease(t.db, 'test', now, 60_000);
  return claimDueHeads(t.db, 'test', now, 100).filter((r) => r.chatId === CHAT);
};

it('a subscriber gets 22:00–08:00 by default; an alert at 23:00 waits until 08:00, replies behind it do not', () => {
  subscribe(t.db, { chatId: CHAT, userId: 1, lang: 'ru' }, new Date('2026-11-30T10:00:00Z'), DEFAULT_QUIET_HOURS);
  // 23:00 in Astana.
  recordTransferWithAlerts(t.db, { id: 'q1', date: '2026-11-30', from: 'project:kazllm', to: 'spent', amount: 1_000, reason: 'x', actor: 'y' }, new Date('2026-11-30T18:00:00Z'));
  const [alert] = listOutbox(t.db).filter((r) => r.kind === 'transfer-alert');
  expect(alert!.heldUntil).toBe(Date.parse('2026-12-01T03:00:00Z'));
  expect(claim('2026-11-30T18:30:00Z')).toEqual([]);
  queueReply(t.db, { chatId: CHAT, lang: 'ru', reply: { blocks: [{ line: ['✅'] }] }, now: new Date('2026-11-30T18:31:00Z') });
  expect(claim('2026-11-30T18:32:00Z').map((r) => r.kind)).toEqual(['reply']);
  t.db.$client.prepare("UPDATE outbox SET state = 'sent' WHERE kind = 'reply'").run();
  // 08:00 Astana: released, in its place.
  expect(claim('2026-12-01T02:59:00Z')).toEqual([]);
  expect(claim('2026-12-01T03:00:00Z').map((r) => r.kind)).toEqual(['transfer-alert']);
});

it('outside quiet hours, or with them off, alerts go at once', () => {
  subscribe(t.db, { chatId: CHAT, userId: 1, lang: 'ru' }, new Date('2026-11-30T10:00:00Z'), DEFAULT_QUIET_HOURS);
  recordTransferWithAlerts(t.db, { id: 'q2', date: '2026-11-30', from: 'project:kazllm', to: 'spent', amount: 1_000, reason: 'x', actor: 'y' }, new Date('2026-11-30T06:00:00Z'));
  setQuietHours(t.db, CHAT, { startMinute: 0, endMinute: 0 });
  recordTransferWithAlerts(t.db, { id: 'q3', date: '2026-11-30', from: 'project:kazllm', to: 'spent', amount: 1_000, reason: 'x', actor: 'y' }, new Date('2026-11-30T18:00:00Z'));
  expect(listOutbox(t.db).filter((r) => r.chatId === CHAT).map((r) => r.heldUntil)).toEqual([null, null]);
});

it('a reserve below its threshold is urgent: it goes even in quiet hours', () => {
  setQuietHours(t.db, CHAT, DEFAULT_QUIET_HOURS);
  insertWatch(t.db, { chatId: CHAT, userId: 1, kind: 'reserve', target: 'national-fund', threshold: 75_000_000_000, unit: 'tenge', byDate: null, lang: 'ru', createdAt: '2026-11-30T00:00:00.000Z' });
  recordTransferWithAlerts(t.db, { id: 'q4', date: '2026-11-30', from: 'reserve:national-fund', to: 'project:kazllm', amount: 1, reason: 'x', actor: 'y' }, new Date('2026-11-30T18:00:00Z'));
  const [urgent] = listOutbox(t.db).filter((r) => r.kind === 'reserve-alert');
  expect(urgent!.heldUntil).toBeNull();
  expect(claim('2026-11-30T18:00:01Z').map((r) => r.kind)).toEqual(['reserve-alert']);
});

it('holds exactly when, and until, the window arithmetic says (any hours, any moment)', () => {
  subscribe(t.db, { chatId: CHAT, userId: 1, lang: 'ru' }, new Date('2026-11-30T10:00:00Z'));
  let n = 0;
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 525_600 * 60 }), (start, end, seconds) => {
      setQuietHours(t.db, CHAT, { startMinute: start, endMinute: end });
      const now = new Date(Date.UTC(2026, 10, 30) + seconds * 1000);
      recordTransferWithAlerts(t.db, { id: `p${++n}`, date: '2026-11-30', from: 'project:kazllm', to: 'spent', amount: 1, reason: 'x', actor: 'y' }, now);
      const row = listOutbox(t.db).at(-1)!;
      return row.heldUntil === (windowEnd(now, start, end)?.getTime() ?? null);
    }),
    { numRuns: 150 },
  );
});
