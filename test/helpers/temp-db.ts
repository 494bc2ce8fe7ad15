import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type BudgetDb } from '../../db/client.js';

export interface TempDatabase {
  db: BudgetDb;
  path: string;
  dir: string;
  close(): void;
}

/** A real SQLite file in a fresh temp folder, migrated; `close` removes the folder. */
export function tempDatabase(): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'budget-test-'));
  const path = join(dir, 'budget.db');
  const db = openDatabase(path);
  return {
    db,
    path,
    dir,
    close() {
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
