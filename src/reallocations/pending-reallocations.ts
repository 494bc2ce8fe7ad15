import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { BudgetDb } from '../../db/client.js';
import type { ReallocationState } from '../../db/schema.js';
import { statement } from '../../db/statements.js';
import { recordTransferWithAlerts } from '../alerts/record-with-alerts.js';
import { kazakhstanDate } from '../format/iso-date.js';
import { LedgerWriter, type RecordedTransfer, type TransferInput } from '../ledger/record-transfer.js';

/** A preview's buttons work for this long. */
export const CONFIRM_WINDOW_MS = 10 * 60_000;

export interface PendingReallocation extends NewReallocation {
  id: number;
  /** Part of the buttons' actions (`/confirm <id> <token>`), so no one confirms by typing a guessed id. */
  token: string;
  createdAt: string;
  state: ReallocationState;
  transferId: string | null;
  decidedAt: string | null;
}

interface PendingRow {
  id: number;
  user_id: number;
  chat_id: number;
  amount: number;
  from_account: string;
  to_account: string;
  reason: string;
  token: string;
  created_at: string;
  state: ReallocationState;
  transfer_id: string | null;
  decided_at: string | null;
}

const toPending = (row: PendingRow): PendingReallocation => ({
  id: row.id,
  userId: row.user_id,
  chatId: row.chat_id,
  amount: row.amount,
  from: row.from_account,
  to: row.to_account,
  reason: row.reason,
  token: row.token,
  createdAt: row.created_at,
  state: row.state,
  transferId: row.transfer_id,
  decidedAt: row.decided_at,
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
    db.$client.transaction(() => {
      preview = new LedgerWriter(db, now).apply(input).transfer;
      throw rollback;
    }).immediate();
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return preview!;
}

export interface NewReallocation {
  userId: number;
  chatId: number;
  amount: number;
  from: string;
  to: string;
  reason: string;
}

export function createPendingReallocation(db: BudgetDb, input: NewReallocation, now: Date): PendingReallocation {
  const row = statement(
    db,
    `INSERT INTO pending_reallocations (user_id, chat_id, amount, from_account, to_account, reason, token, created_at, state)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending') RETURNING *`,
  ).get(input.userId, input.chatId, input.amount, input.from, input.to, input.reason, randomBytes(6).toString('hex'), now.toISOString()) as PendingRow;
  return toPending(row);
}

export function pendingReallocation(db: BudgetDb, id: number): PendingReallocation | null {
  const row = statement(db, 'SELECT * FROM pending_reallocations WHERE id = ?').get(id) as PendingRow | undefined;
  return row ? toPending(row) : null;
}

export const isExpired = (pending: PendingReallocation, now: Date): boolean => now.getTime() - Date.parse(pending.createdAt) > CONFIRM_WINDOW_MS;

/** Why a button press moved nothing. */
export type RefusalReason = 'not-found' | 'not-yours' | 'already-confirmed' | 'cancelled' | 'expired';

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

/**
 * Confirms a preview: in ONE immediate transaction it checks the preview is still open and the
 * presser's own, records the transfer with its alerts and marks the preview confirmed. Two presses
 * racing (in any processes) therefore move the money once; an overdraft by then throws the
 * LedgerError and leaves the preview open.
 */
export function confirmReallocation(db: BudgetDb, input: { id: number; token: string; userId: number; actor: string; now: Date }): ConfirmOutcome {
  const run = db.$client.transaction((): ConfirmOutcome => {
    const pending = pendingReallocation(db, input.id);
    const refused = refusal(pending, input.token, input.userId, input.now);
    if (refused || !pending) return { kind: 'refused', reason: refused ?? 'not-found', pending };
    const transferId = reallocationTransferId(pending.id);
    const outcome = recordTransferWithAlerts(
      db,
      { id: transferId, date: kazakhstanDate(input.now), from: pending.from, to: pending.to, amount: pending.amount, reason: pending.reason, actor: input.actor },
      input.now,
    );
    statement(db, "UPDATE pending_reallocations SET state = 'confirmed', transfer_id = ?, decided_at = ? WHERE id = ? AND state = 'pending'").run(
      transferId,
      input.now.toISOString(),
      pending.id,
    );
    return { kind: 'confirmed', pending: { ...pending, state: 'confirmed', transferId, decidedAt: input.now.toISOString() }, transfer: outcome.transfer, alerts: outcome.alerts };
  });
  return run.immediate();
}

export type CancelOutcome = { kind: 'cancelled'; pending: PendingReallocation } | { kind: 'refused'; reason: RefusalReason; pending: PendingReallocation | null };

/** Cancels a preview (its author only); an expired one is marked cancelled too. */
export function cancelReallocation(db: BudgetDb, input: { id: number; token: string; userId: number; now: Date }): CancelOutcome {
  const run = db.$client.transaction((): CancelOutcome => {
    const pending = pendingReallocation(db, input.id);
    const refused = refusal(pending, input.token, input.userId, input.now);
    if (!pending || (refused && refused !== 'expired')) return { kind: 'refused', reason: refused ?? 'not-found', pending };
    statement(db, "UPDATE pending_reallocations SET state = 'cancelled', decided_at = ? WHERE id = ? AND state = 'pending'").run(input.now.toISOString(), pending.id);
    return { kind: 'cancelled', pending: { ...pending, state: 'cancelled', decidedAt: input.now.toISOString() } };
  });
  return run.immediate();
}
