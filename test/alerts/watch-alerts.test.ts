import { afterEach, beforeEach, expect, it } from 'vitest';
import { listOutbox } from '../../db/stores/outbox-store.js';
import { insertWatch, watchesOf } from '../../db/stores/watches-store.js';
import { recordTransferWithAlerts } from '../../src/alerts/transfer-alerts.js';
import { checkWatches } from '../../src/alerts/watch-alerts.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { outboxPayload } from '../../src/outbox/outbox-messages.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

// Thresholds fire once when they become true, and again only after they were false.

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
});
afterEach(() => t.close());

const CHAT = 701;
let n = 0;
const move = (from: string, to: string, amount: number, at: string) =>
  recordTransferWithAlerts(t.db, { id: `w${++n}`, date: at.slice(0, 10), from, to, amount, reason: 'test', actor: 'Test' }, new Date(at));
const alerts = (kind: string) => listOutbox(t.db).filter((r) => r.kind === kind);
const watch = (kind: 'reserve' | 'idle' | 'execution', target: string, threshold: number, unit: 'tenge' | 'bp' | 'days', byDate: string | null = null) =>
  insertWatch(t.db, { chatId: CHAT, userId: 1, kind, target, threshold, unit, byDate, lang: 'ru', createdAt: '2026-11-30T00:00:00.000Z' });

it('a reserve crossing its threshold twice alerts twice; hovering below it alerts once', () => {
  // The National Fund's reserve has 75 bn free in the demo.
  watch('reserve', 'national-fund', 70_000_000_000, 'tenge');
  move('reserve:national-fund', 'project:kazllm', 6_000_000_000, '2026-11-30T06:00:00Z');
  expect(alerts('reserve-alert')).toHaveLength(1);
  const first = JSON.stringify(outboxPayload('reserve-alert', alerts('reserve-alert')[0]!.payload).blocks);
  expect(first).toContain('69 млрд ₸');
  expect(first).toContain('(w1)');
  // Still below: nothing new.
  move('reserve:national-fund', 'project:kazllm', 1_000_000_000, '2026-11-30T06:01:00Z');
  expect(alerts('reserve-alert')).toHaveLength(1);
  // Back above re-arms it; below again alerts again.
  move('project:kazllm', 'reserve:national-fund', 10_000_000_000, '2026-11-30T06:02:00Z');
  expect(watchesOf(t.db, CHAT)[0]!.firing).toBe(false);
  move('reserve:national-fund', 'project:kazllm', 10_000_000_000, '2026-11-30T06:03:00Z');
  expect(alerts('reserve-alert')).toHaveLength(2);
});

it('a share of the reserve works the same way, in whole basis points', () => {
  // 75 of 300 bn is 25 %: below 25 % needs one tenge more to leave.
  watch('reserve', 'national-fund', 2500, 'bp');
  expect(checkWatches(t.db, new Date('2026-11-30T06:00:00Z'))).toBe(0);
  move('reserve:national-fund', 'project:kazllm', 1, '2026-11-30T06:01:00Z');
  expect(alerts('reserve-alert')).toHaveLength(1);
});

it('a project idle for N days alerts as the days pass, once, and again after it spent and went idle again', () => {
  // KazLLM last paid on 20 November 2026.
  watch('idle', 'kazllm', 30, 'days');
  expect(checkWatches(t.db, new Date('2026-12-19T06:00:00Z'))).toBe(0);
  expect(checkWatches(t.db, new Date('2026-12-20T06:00:00Z'))).toBe(1);
  expect(checkWatches(t.db, new Date('2026-12-25T06:00:00Z'))).toBe(0);
  expect(JSON.stringify(outboxPayload('watch-alert', alerts('watch-alert')[0]!.payload).blocks)).toContain('30 дней без расходов');
  move('project:kazllm', 'spent', 1_000_000, '2026-12-26T06:00:00Z');
  expect(watchesOf(t.db, CHAT)[0]!.firing).toBe(false);
  expect(checkWatches(t.db, new Date('2027-01-25T06:00:00Z'))).toBe(1);
  expect(alerts('watch-alert')).toHaveLength(2);
});

it('execution below a share by a date alerts once the date has come', () => {
  // Cybersecurity executed 30.5 % in the demo.
  watch('execution', 'area:cybersecurity', 5000, 'bp', '2026-12-01');
  expect(checkWatches(t.db, new Date('2026-11-30T06:00:00Z'))).toBe(0);
  expect(checkWatches(t.db, new Date('2026-11-30T19:00:00Z'))).toBe(1);
  expect(JSON.stringify(outboxPayload('watch-alert', alerts('watch-alert')[0]!.payload).blocks)).toContain('30,5 %');
});
