import type { BudgetDb } from '../client.js';
import type { ledgerIndexSnapshot } from '../schema.js';
import { prepared } from './prepared.js';
import { inWriteTransaction } from './transaction.js';

// The saved running totals of the ledger index (one row). The only place that touches `ledger_index_snapshot`.

export type LedgerSnapshot = Omit<typeof ledgerIndexSnapshot.$inferSelect, 'id' | 'savedAt'>;

export function readLedgerSnapshot(db: BudgetDb): LedgerSnapshot | undefined {
  return prepared(
    db,
    `SELECT seq, catalogue_version AS catalogueVersion, dataset_id AS datasetId, first_month AS firstMonth, months, accounts, totals
     FROM ledger_index_snapshot WHERE id = 1`,
  ).get() as LedgerSnapshot | undefined;
}

/** Replaces the saved totals. */
export function saveLedgerSnapshot(db: BudgetDb, snapshot: LedgerSnapshot, savedAt: Date): void {
  inWriteTransaction(db, () => {
    prepared(
      db,
      `INSERT OR REPLACE INTO ledger_index_snapshot (id, seq, catalogue_version, dataset_id, first_month, months, accounts, totals, saved_at)
       VALUES (1, @seq, @catalogueVersion, @datasetId, @firstMonth, @months, @accounts, @totals, @savedAt)`,
    ).run({ ...snapshot, savedAt: savedAt.toISOString() });
  });
}
