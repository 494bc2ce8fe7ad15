import { performance } from 'node:perf_hooks';
import { withBulkCache, type BudgetDb } from '../../db/client.js';
import { bulkInsertPlain } from '../../db/stores/ledger-store.js';
import { importDataset } from '../dataset/import-dataset.js';
import type { generateDataset } from './generate-dataset.js';

// The ceiling an import is measured against: the same rows written into the same schema the fastest
// plain way (see bulkInsertPlain), timed in the same run. What the importer adds is the ledger's work.

type Dataset = ReturnType<typeof generateDataset>;

/** Transfers per second of a plain bulk insert of `dataset`'s transfers into `db` (a fresh database). */
export function rawInsertRate(db: BudgetDb, dataset: Dataset): number {
  // The catalogue (accounts the rows point to) is written the normal way and not timed.
  importDataset(db, { ...dataset, transfers: [] });
  const recordedAt = new Date().toISOString();
  const rows = [...dataset.transfers]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((t) => ({ ...t, reason: t.reason ?? '', actor: t.actor ?? '', fromBalanceAfter: 0, toBalanceAfter: 0, recordedAt }));
  const start = performance.now();
  withBulkCache(db, () => bulkInsertPlain(db, rows));
  return Math.round(rows.length / ((performance.now() - start) / 1000));
}
