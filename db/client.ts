import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema.js';

export type BudgetDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = './data/budget.db';
const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Opens (creating if needed) the SQLite file, sets the pragmas a ledger needs and applies pending
 * migrations. The file is created owner-only: budget figures are not public.
 */
export function openDatabase(path: string = DEFAULT_DATABASE_PATH): BudgetDb {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // 'a' creates the file with mode 0600 if missing and leaves an existing one untouched.
    closeSync(openSync(path, 'a', 0o600));
  }
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  // better-sqlite3 builds SQLite so that WAL implies NORMAL; a ledger needs FULL to be durable.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}

export function closeDatabase(db: BudgetDb): void {
  db.$client.close();
}
