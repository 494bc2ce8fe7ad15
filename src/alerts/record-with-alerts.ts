import type { BudgetDb } from '../../db/client.js';
import { recordTransfer, type RecordOutcome, type TransferInput } from '../ledger/record-transfer.js';
import { enqueueAlerts } from './alert-outbox.js';

export interface RecordWithAlertsOutcome extends RecordOutcome {
  /** Alerts queued for subscribers (0 when the transfer was already recorded). */
  alerts: number;
}

/**
 * Records a transfer and queues its alerts in the same IMMEDIATE transaction: an alert exists if
 * and only if its transfer committed. Re-recording the same transfer (same id and content) queues
 * nothing again. Inside a caller's transaction it nests as a savepoint.
 */
export function recordTransferWithAlerts(db: BudgetDb, input: TransferInput, now: Date = new Date()): RecordWithAlertsOutcome {
  let alerts = 0;
  const outcome = recordTransfer(db, input, {
    now,
    alsoInTransaction: (transfer) => {
      alerts = enqueueAlerts(db, transfer);
    },
  });
  return { ...outcome, alerts };
}
