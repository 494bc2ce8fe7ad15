import type { BudgetDb } from '../../db/client.js';
import { statement } from '../../db/statements.js';
import { rowToTransfer, type RecordedTransfer } from '../ledger/record-transfer.js';

/**
 * The latest transfers, most recently recorded first; with `account`, only those into or out of it.
 * (Per account, date order and recording order agree: the ledger refuses back-dated rows.)
 */
export function recentTransfers(db: BudgetDb, options: { limit: number; account?: string }): RecordedTransfer[] {
  const rows = options.account
    ? statement(
        db,
        `SELECT * FROM (
           SELECT * FROM (SELECT * FROM transfers WHERE from_account = @account ORDER BY date DESC, seq DESC LIMIT @limit)
           UNION ALL
           SELECT * FROM (SELECT * FROM transfers WHERE to_account = @account ORDER BY date DESC, seq DESC LIMIT @limit)
         ) ORDER BY seq DESC LIMIT @limit`,
      ).all({ account: options.account, limit: options.limit })
    : statement(db, 'SELECT * FROM transfers ORDER BY seq DESC LIMIT ?').all(options.limit);
  return (rows as Parameters<typeof rowToTransfer>[0][]).map(rowToTransfer);
}
