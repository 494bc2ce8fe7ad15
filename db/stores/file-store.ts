import type { BudgetDb } from '../client.js';
import { prepared } from './prepared.js';

// The database file as a whole.

/** SQLite's own check of the file's pages and indexes: an empty list when the file is sound. */
export function integrityProblems(db: BudgetDb, limit = 20): string[] {
  try {
    const rows = prepared(db, `PRAGMA integrity_check(${limit})`).all() as { integrity_check: string }[];
    const lines = rows.map((r) => r.integrity_check);
    return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
  } catch (error) {
    // So damaged that the check itself cannot walk it.
    if (/^SQLITE_(CORRUPT|NOTADB)/.test((error as { code?: string }).code ?? '')) return [(error as Error).message];
    throw error;
  }
}

/** Folds the WAL back into the main file (after a bulk import, so later readers start clean). */
export function checkpoint(db: BudgetDb): void {
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
}
