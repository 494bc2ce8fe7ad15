import { performance } from 'node:perf_hooks';
import type { BudgetDb } from '../../db/client.js';
import { importDataset } from '../dataset/import-dataset.js';
import type { generateDataset } from './generate-dataset.js';

// The ceiling an import is measured against: the same rows written into the same schema by one
// prepared INSERT in one transaction, the fastest plain way (secondary indexes and the per-row
// trigger dropped first, indexes built after, inside the timing), with no checks, no balances and
// no roll-ups. What the importer adds on top is the ledger's work.

type Dataset = ReturnType<typeof generateDataset>;

/** Transfers per second of a bare bulk insert of `dataset`'s transfers into `db` (a fresh database). */
export function rawInsertRate(db: BudgetDb, dataset: Dataset): number {
  // The catalogue (accounts the rows point to) is written the normal way and not timed.
  importDataset(db, { ...dataset, transfers: [] });
  const insert = db.$client.prepare(
    `INSERT INTO transfers (id, date, from_account, to_account, amount, reason, actor, from_balance_after, to_balance_after, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rows = [...dataset.transfers].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const recordedAt = new Date().toISOString();
  const start = performance.now();
  db.$client.transaction(() => {
    const later = db.$client
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'transfers' AND sql IS NOT NULL AND (type = 'trigger' AND name LIKE '%insert%' OR type = 'index')")
      .all() as { type: string; name: string; sql: string }[];
    for (const { type, name } of later) db.$client.exec(`DROP ${type.toUpperCase()} "${name}"`);
    for (const t of rows) insert.run(t.id, t.date, t.from, t.to, t.amount, t.reason ?? '', t.actor ?? '', 0, 0, recordedAt);
    for (const { sql } of later) db.$client.exec(sql);
  })();
  return Math.round(rows.length / ((performance.now() - start) / 1000));
}
