import type { BudgetDb } from '../client.js';
import type { pendingReallocations } from '../schema.js';
import { prepared, runOne } from './prepared.js';

// Reallocation previews waiting for their author's Confirm or Cancel.

export type PendingRow = typeof pendingReallocations.$inferSelect;
export type NewPendingRow = Omit<PendingRow, 'id' | 'state' | 'transferId' | 'decidedAt'>;

const COLUMNS = `id, user_id AS userId, chat_id AS chatId, amount, from_account AS fromAccount, to_account AS toAccount, reason, token,
  created_at AS createdAt, state, transfer_id AS transferId, decided_at AS decidedAt, dataset_id AS datasetId,
  from_balance_before AS fromBalanceBefore, to_balance_before AS toBalanceBefore`;

/** Stores a preview; returns its id. `.run()`, so a write the disk refused throws instead of handing back an id. */
export function insertPending(db: BudgetDb, row: NewPendingRow): number {
  return Number(
    runOne(
      prepared(
        db,
        `INSERT INTO pending_reallocations (user_id, chat_id, amount, from_account, to_account, reason, token, created_at, state, dataset_id, from_balance_before, to_balance_before)
         VALUES (@userId, @chatId, @amount, @fromAccount, @toAccount, @reason, @token, @createdAt, 'pending', @datasetId, @fromBalanceBefore, @toBalanceBefore)`,
      ),
      row,
    ).lastInsertRowid,
  );
}

export function pendingById(db: BudgetDb, id: number): PendingRow | undefined {
  return prepared(db, `SELECT ${COLUMNS} FROM pending_reallocations WHERE id = ?`).get(id) as PendingRow | undefined;
}

/** Marks an open preview confirmed (with its transfer) or cancelled; false when it was no longer open. */
export function decidePending(db: BudgetDb, id: number, decision: { state: 'confirmed' | 'cancelled'; transferId: string | null; decidedAt: string }): boolean {
  return (
    prepared(db, "UPDATE pending_reallocations SET state = @state, transfer_id = @transferId, decided_at = @decidedAt WHERE id = @id AND state = 'pending'").run({
      id,
      ...decision,
    }).changes === 1
  );
}
