import { afterEach, beforeEach, expect, it } from 'vitest';
import { acquireLease, CLAIM_DUE_HEADS, claimDueHeads, enqueueMessage } from '../../../db/stores/outbox-store.js';
import { inWriteTransaction } from '../../../db/stores/transaction.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
});
afterEach(() => t.close());

const NOW = 1_800_000_000_000;
const queue = (chatId: number, extra: { nextAttemptAt?: number; heldUntil?: number } = {}) =>
  enqueueMessage(t.db, { kind: 'transfer-alert', chatId, lang: 'ru', createdAt: '2026-11-30T00:00:00.000Z', payload: {}, ...extra });

it('claims each chat\'s oldest due message, oldest first, up to the limit', () => {
  inWriteTransaction(t.db, () => {
    queue(1); // id 1
    queue(2); // id 2
    queue(1); // id 3: chat 1's second, waits for the first
    queue(3, { nextAttemptAt: NOW + 60_000 }); // id 4: not due yet
    queue(4, { heldUntil: NOW + 60_000 }); // id 5: held for quiet hours
    queue(5); // id 6
    queue(6); // id 7
  });
  expect(acquireLease(t.db, 'me', NOW, 15_000)).toBe(true);
  expect(claimDueHeads(t.db, 'me', NOW, 3).map((r) => [r.id, r.chatId])).toEqual([
    [1, 1],
    [2, 2],
    [6, 5],
  ]);
  expect(claimDueHeads(t.db, 'me', NOW, 10).map((r) => r.id)).toEqual([7]);
  expect(claimDueHeads(t.db, 'other', NOW, 10)).toEqual([]);
});

it('walks the pending rows in id order instead of sorting every pending row before the limit', () => {
  const plan = (t.db.$client.prepare(`EXPLAIN QUERY PLAN ${CLAIM_DUE_HEADS}`).all({ now: NOW, limit: 10 }) as { detail: string }[]).map((r) => r.detail);
  expect(plan.some((d) => d.includes('outbox_state_id'))).toBe(true);
  expect(plan.some((d) => d.includes('TEMP B-TREE'))).toBe(false);
});
