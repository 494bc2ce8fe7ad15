import type { BudgetDb } from '../../db/client.js';
import { enqueueTransferAlerts, lastOutboxId } from '../../db/stores/outbox-store.js';
import { applyQuietHours } from './quiet-hours.js';
import { checkWatches } from './watch-alerts.js';
import { inTransaction } from '../../db/stores/transaction.js';
import { accountKindOf, accountRef } from '../ledger/accounts.js';
import { recordTransfer, type RecordedTransfer, type RecordOutcome, type TransferInput } from '../ledger/record-transfer.js';

/**
 * Queues one alert per subscriber that wants this transfer. Call it INSIDE the transaction that
 * records the transfer, so the alerts commit or roll back with it. Every kind of transfer is alerted
 * (officials want to see each move). Returns how many alerts were queued.
 */
export function queueTransferAlerts(db: BudgetDb, transfer: RecordedTransfer): number {
  if (!inTransaction(db)) throw new Error('queueTransferAlerts must run inside the transaction that records the transfer');
  const projectOf = (account: string) => (accountKindOf(account) === 'project' ? accountRef(account) : null);
  return enqueueTransferAlerts(db, { seq: transfer.seq, id: transfer.id, amount: transfer.amount, fromProject: projectOf(transfer.from), toProject: projectOf(transfer.to), recordedAt: transfer.recordedAt });
}

export interface RecordWithAlertsOutcome extends RecordOutcome {
  /** Alerts queued for subscribers (0 when the transfer was already recorded). */
  alerts: number;
}

/**
 * Records a transfer and queues its alerts in the same IMMEDIATE transaction: an alert exists if
 * and only if its transfer committed. Re-recording the same transfer queues nothing again. Inside a
 * caller's transaction it nests as a savepoint. `alsoInTransaction` runs just before the alerts are
 * queued: a message it queues for a chat reaches that chat before the chat's alert.
 */
export function recordTransferWithAlerts(
  db: BudgetDb,
  input: TransferInput,
  now: Date = new Date(),
  alsoInTransaction?: (transfer: RecordedTransfer) => void,
): RecordWithAlertsOutcome {
  let alerts = 0;
  const outcome = recordTransfer(db, input, {
    now,
    alsoInTransaction: (transfer) => {
      alsoInTransaction?.(transfer);
      const before = lastOutboxId(db);
      alerts = queueTransferAlerts(db, transfer);
      checkWatches(db, now, transfer);
      applyQuietHours(db, before, now);
    },
  });
  return { ...outcome, alerts };
}
