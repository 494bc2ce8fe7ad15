import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { BudgetDb } from '../../db/client.js';
import type { ReallocationState } from '../../db/schema.js';
import { getProgramme } from '../../db/stores/catalogue-store.js';
import { inWriteTransaction } from '../../db/stores/transaction.js';
import { decidePending, insertPending, pendingById, type PendingRow } from '../../db/stores/reallocations-store.js';
import { recordTransferWithAlerts } from '../alerts/transfer-alerts.js';
import { kazakhstanDate } from '../format/iso-date.js';
import { accountBalance } from '../ledger/balances.js';
import { LedgerWriter, type RecordedTransfer, type TransferInput } from '../ledger/record-transfer.js';

/** A preview's buttons work for this long. */
export const CONFIRM_WINDOW_MS = 10 * 60_000;

export interface NewReallocation {
  userId: number;
  chatId: number;
  amount: number;
  from: string;
  to: string;
  reason: string;
}

export interface PendingReallocation extends NewReallocation {
  id: number;
  /** Part of the buttons' actions (`/confirm <id> <token>`), so no one confirms by typing a guessed id. */
  token: string;
  createdAt: string;
  state: ReallocationState;
  transferId: string | null;
  decidedAt: string | null;
  /** The dataset and the balances the preview showed. */
  datasetId: string;
  fromBalanceBefore: number | null;
  toBalanceBefore: number | null;
}

const toPending = (row: PendingRow): PendingReallocation => ({
  id: row.id,
  userId: row.userId,
  chatId: row.chatId,
  amount: row.amount,
  from: row.fromAccount,
  to: row.toAccount,
  reason: row.reason,
  token: row.token,
  createdAt: row.createdAt,
  state: row.state,
  transferId: row.transferId,
  decidedAt: row.decidedAt,
  datasetId: row.datasetId,
  fromBalanceBefore: row.fromBalanceBefore,
  toBalanceBefore: row.toBalanceBefore,
});

/** The ledger id of the transfer a confirmed preview records: one per preview, so it can never be recorded twice. */
export const reallocationTransferId = (pendingId: number): string => `realloc-${pendingId}`;

/**
 * What the transfer would do, checked by every ledger rule: it is applied inside a transaction that
 * is always rolled back. Throws the LedgerError the real transfer would throw.
 */
export function previewTransfer(db: BudgetDb, input: TransferInput, now: Date): RecordedTransfer {
  let preview: RecordedTransfer | undefined;
  const rollback = new Error('preview only');
  try {
    inWriteTransaction(db, () => {
      preview = new LedgerWriter(db, now).apply(input).transfer;
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return preview!;
}

/** Stores a preview with the dataset and balances it shows; read back, so an id is only ever shown for a saved preview. */
export function createPendingReallocation(
  db: BudgetDb,
  input: NewReallocation & { fromBalanceBefore: number; toBalanceBefore: number },
  now: Date,
): PendingReallocation {
  return inWriteTransaction(db, () => {
    const id = insertPending(db, {
      userId: input.userId,
      chatId: input.chatId,
      amount: input.amount,
      fromAccount: input.from,
      toAccount: input.to,
      reason: input.reason,
      token: randomBytes(6).toString('hex'),
      createdAt: now.toISOString(),
      datasetId: getProgramme(db)?.datasetId ?? '',
      fromBalanceBefore: input.fromBalanceBefore,
      toBalanceBefore: input.toBalanceBefore,
    });
    return toPending(pendingById(db, id)!);
  });
}

export function pendingReallocation(db: BudgetDb, id: number): PendingReallocation | null {
  const row = pendingById(db, id);
  return row ? toPending(row) : null;
}

export const isExpired = (pending: PendingReallocation, now: Date): boolean => now.getTime() - Date.parse(pending.createdAt) > CONFIRM_WINDOW_MS;

/** Why a button press moved nothing. */
export type RefusalReason = 'not-found' | 'not-yours' | 'already-confirmed' | 'cancelled' | 'expired' | 'dataset-replaced' | 'balances-changed';

export type ConfirmOutcome =
  | { kind: 'confirmed'; pending: PendingReallocation; transfer: RecordedTransfer; alerts: number }
  | { kind: 'refused'; reason: RefusalReason; pending: PendingReallocation | null };

const sameToken = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function refusal(pending: PendingReallocation | null, token: string, userId: number, now: Date): RefusalReason | null {
  // A wrong token says nothing about the preview: it is as if there were none.
  if (!pending || !sameToken(pending.token, token.toLowerCase())) return 'not-found';
  if (pending.userId !== userId) return 'not-yours';
  if (pending.state === 'confirmed') return 'already-confirmed';
  if (pending.state === 'cancelled') return 'cancelled';
  if (isExpired(pending, now)) return 'expired';
  return null;
}

/** What the preview showed must still stand: the same dataset, and both balances as they were. */
function staleness(db: BudgetDb, pending: PendingReallocation): RefusalReason | null {
  if ((getProgramme(db)?.datasetId ?? '') !== pending.datasetId) return 'dataset-replaced';
  if (accountBalance(db, pending.from) !== pending.fromBalanceBefore || accountBalance(db, pending.to) !== pending.toBalanceBefore) return 'balances-changed';
  return null;
}

/**
 * Confirms a preview: in ONE immediate transaction it checks the preview is still open, the presser's
 * own, and still true (same dataset, same balances), records the transfer with its alerts, runs
 * `alsoInTransaction` (the durable "✅ Moved" reply, queued before the alerts) and marks the preview
 * confirmed. Two presses racing (in any processes) therefore move the money once.
 */
export function confirmReallocation(
  db: BudgetDb,
  input: { id: number; token: string; userId: number; actor: string; now: Date },
  alsoInTransaction?: (outcome: { pending: PendingReallocation; transfer: RecordedTransfer }) => void,
): ConfirmOutcome {
  return inWriteTransaction(db, (): ConfirmOutcome => {
    const pending = pendingReallocation(db, input.id);
    const refused = refusal(pending, input.token, input.userId, input.now) ?? (pending ? staleness(db, pending) : null);
    if (refused || !pending) return { kind: 'refused', reason: refused ?? 'not-found', pending };
    const transferId = reallocationTransferId(pending.id);
    const decidedAt = input.now.toISOString();
    const confirmed = { ...pending, state: 'confirmed' as const, transferId, decidedAt };
    const outcome = recordTransferWithAlerts(
      db,
      { id: transferId, date: kazakhstanDate(input.now), from: pending.from, to: pending.to, amount: pending.amount, reason: pending.reason, actor: input.actor },
      input.now,
      (transfer) => alsoInTransaction?.({ pending: confirmed, transfer }),
    );
    if (!decidePending(db, pending.id, { state: 'confirmed', transferId, decidedAt })) throw new Error(`reallocation ${pending.id} was decided meanwhile`);
    return { kind: 'confirmed', pending: confirmed, transfer: outcome.transfer, alerts: outcome.alerts };
  });
}

export type CancelOutcome = { kind: 'cancelled'; pending: PendingReallocation } | { kind: 'refused'; reason: RefusalReason; pending: PendingReallocation | null };

/** Cancels a preview (its author only); an expired one is marked cancelled too. */
export function cancelReallocation(db: BudgetDb, input: { id: number; token: string; userId: number; now: Date }): CancelOutcome {
  return inWriteTransaction(db, (): CancelOutcome => {
    const pending = pendingReallocation(db, input.id);
    const refused = refusal(pending, input.token, input.userId, input.now);
    if (!pending || (refused && refused !== 'expired')) return { kind: 'refused', reason: refused ?? 'not-found', pending };
    const decidedAt = input.now.toISOString();
    decidePending(db, pending.id, { state: 'cancelled', transferId: null, decidedAt });
    return { kind: 'cancelled', pending: { ...pending, state: 'cancelled', decidedAt } };
  });
}
