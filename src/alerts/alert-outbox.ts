import type { BudgetDb } from '../../db/client.js';
import { statement } from '../../db/statements.js';
import { accountKindOf, accountRef } from '../ledger/accounts.js';
import type { RecordedTransfer } from '../ledger/record-transfer.js';

/**
 * Writes one pending alert per active subscription that wants this transfer. Call it INSIDE the
 * transaction that records the transfer (recordTransfer's `alsoInTransaction`), so the alerts
 * commit or roll back with it. Every kind of transfer is alerted (officials want to see each
 * move); a subscription narrows it by priority area (of either project) and by minimum amount.
 * Returns how many alerts were queued.
 */
export function enqueueAlerts(db: BudgetDb, transfer: RecordedTransfer): number {
  if (!db.$client.inTransaction) throw new Error('enqueueAlerts must run inside the transaction that records the transfer');
  const projectOf = (account: string) => (accountKindOf(account) === 'project' ? accountRef(account) : null);
  return statement(
    db,
    `INSERT INTO alert_outbox (transfer_seq, transfer_id, chat_id, subscription_id, lang, state, attempts, next_attempt_at, created_at)
     SELECT @seq, @id, s.chat_id, s.id, s.lang, 'pending', 0, 0, @createdAt
     FROM subscriptions s
     WHERE s.active = 1
       AND (s.min_amount IS NULL OR s.min_amount <= @amount)
       AND (s.priority IS NULL OR s.priority IN (SELECT priority FROM projects WHERE id IN (@fromProject, @toProject)))
     ORDER BY s.id
     ON CONFLICT (transfer_seq, chat_id) DO NOTHING`,
  ).run({
    seq: transfer.seq,
    id: transfer.id,
    amount: transfer.amount,
    fromProject: projectOf(transfer.from),
    toProject: projectOf(transfer.to),
    createdAt: transfer.recordedAt,
  }).changes;
}

/** The same for several transfers (an import with `--notify`), in ledger order; returns the total queued. */
export function enqueueAlertsForTransfers(db: BudgetDb, transfers: readonly RecordedTransfer[]): number {
  let queued = 0;
  for (const transfer of transfers) queued += enqueueAlerts(db, transfer);
  return queued;
}

export interface OutboxCounts {
  pending: number;
  sent: number;
  failed: number;
  dropped: number;
}

/** How many alerts are in each state (for status lines, tests and the bench). */
export function outboxCounts(db: BudgetDb): OutboxCounts {
  const counts: OutboxCounts = { pending: 0, sent: 0, failed: 0, dropped: 0 };
  const rows = statement(db, 'SELECT state, COUNT(*) AS n FROM alert_outbox GROUP BY state').all() as { state: keyof OutboxCounts; n: number }[];
  for (const { state, n } of rows) counts[state] = n;
  return counts;
}

/** Whether any alert still waits to be sent (one index lookup). */
export function hasPendingAlerts(db: BudgetDb): boolean {
  return statement(db, "SELECT 1 FROM alert_outbox WHERE state = 'pending' LIMIT 1").get() !== undefined;
}
