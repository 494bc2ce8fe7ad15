import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { closeSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectFile } from './project-files.js';
import * as schema from './schema.js';

// Lets a read-only open name a file by URI (`?immutable=1`, for a read-only folder or mount). Read by
// better-sqlite3 when it opens its first database; plain paths are unaffected.
process.env.SQLITE_USE_URI ??= '1';

export type BudgetDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = './data/budget.db';
const MIGRATIONS_FOLDER = projectFile('db', 'migrations');

/** The database cannot be opened as asked; the message names the file and what to do, in one line. */
export class DatabaseOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenOptions {
  /**
   * Open without writing anything (no migrations, no pragmas that write): for `verify`, `balances`
   * and `export` on a read-only file or mount. The file must exist and be fully migrated.
   */
  readOnly?: boolean;
}

/**
 * Opens (creating if needed) the SQLite file, sets the pragmas a ledger needs and applies pending
 * migrations. The file is created owner-only: budget figures are not public. Every way this can
 * fail (a folder, a read-only file, a file that is not SQLite) is a DatabaseOpenError.
 */
export function openDatabase(path: string = DEFAULT_DATABASE_PATH, options: OpenOptions = {}): BudgetDb {
  if (path !== ':memory:') checkPath(path, options.readOnly ?? false);
  let sqlite: Database.Database | undefined;
  try {
    sqlite = options.readOnly ? openReadOnly(path) : new Database(path);
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma(`cache_size = -${EVERYDAY_CACHE_KIB}`);
    if (options.readOnly) {
      // Reading the schema is the first thing that notices a file that is not SQLite.
      sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
      const db = drizzle(sqlite, { schema });
      checkMigrated(sqlite, path);
      return db;
    }
    sqlite.pragma('journal_mode = WAL');
    // better-sqlite3 builds SQLite so that WAL implies NORMAL; a ledger needs FULL to be durable.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return db;
  } catch (error) {
    sqlite?.close();
    if (error instanceof DatabaseOpenError) throw error;
    throw new DatabaseOpenError(describeOpenFailure(path, error, options.readOnly ?? false));
  }
}

/**
 * SQLite's page cache per connection. Everyday reads touch few pages (the ledger's totals are kept in
 * memory) and the OS caches the file anyway, so 4 MB is enough; better-sqlite3's default of 16 MB is
 * kept for bulk writes (an import), where B-tree pages are revisited.
 */
const EVERYDAY_CACHE_KIB = 4 * 1024;
const BULK_CACHE_KIB = 16 * 1024;

/** Runs a bulk write with the larger page cache, then gives the memory back. */
export function withBulkCache<T>(db: BudgetDb, work: () => T): T {
  db.$client.pragma(`cache_size = -${BULK_CACHE_KIB}`);
  try {
    return work();
  } finally {
    db.$client.pragma(`cache_size = -${EVERYDAY_CACHE_KIB}`);
  }
}

const BEFORE_CLOSE = new WeakMap<BudgetDb, (() => void)[]>();

/** Work a store must finish before the connection closes (writes it buffers). */
export function beforeClose(db: BudgetDb, finish: () => void): void {
  BEFORE_CLOSE.set(db, [...(BEFORE_CLOSE.get(db) ?? []), finish]);
}

export function closeDatabase(db: BudgetDb): void {
  for (const finish of BEFORE_CLOSE.get(db) ?? []) {
    try {
      finish();
    } catch {
      // Closing goes on: what could not be finished is a convenience (see each store), not data.
    }
  }
  BEFORE_CLOSE.delete(db);
  db.$client.close();
}

/**
 * A read-only connection. In a folder it cannot write to, SQLite cannot make the shared-memory file
 * WAL needs: then the file is read as immutable, which is exact when the last writer closed cleanly
 * (its WAL folded back); a WAL still holding changes cannot be applied, and that is said plainly.
 */
function openReadOnly(path: string): Database.Database {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('SQLITE_READONLY') && code !== 'SQLITE_CANTOPEN') throw error;
    if ((statOrNull(`${path}-wal`)?.size ?? 0) > 0) {
      throw new DatabaseOpenError(`the database ${path} was not closed cleanly and its folder is read-only: its latest changes (${path}-wal) cannot be read; open it once where it can be written`);
    }
    return new Database(`${pathToFileURL(path).href}?immutable=1`, { readonly: true });
  }
}

function checkPath(path: string, readOnly: boolean): void {
  const stats = statOrNull(path);
  if (stats?.isDirectory()) throw new DatabaseOpenError(`DATABASE_PATH ${path} is a folder: give the path of a file, e.g. ./data/budget.db`);
  if (readOnly) {
    if (!stats) throw new DatabaseOpenError(`the database ${path} does not exist`);
    return;
  }
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // 'a' creates the file with mode 0600 if missing and leaves an existing one untouched.
    closeSync(openSync(path, 'a', 0o600));
  } catch (error) {
    throw new DatabaseOpenError(describeOpenFailure(path, error, readOnly));
  }
}

const statOrNull = (path: string) => {
  try {
    return statSync(path);
  } catch {
    return null;
  }
};

function describeOpenFailure(path: string, error: unknown, readOnly: boolean): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return `the file ${path} is not a SQLite database (or is damaged): point DATABASE_PATH at the budget database`;
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM') {
    return readOnly
      ? `cannot read the database ${path} (${code}): check the file's permissions`
      : `cannot write the database ${path} (${code}: read-only file, folder or mount). The bot needs to write; verify, balances and export work on a read-only file`;
  }
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return `no space left to write the database ${path}`;
  const message = error instanceof Error ? error.message : String(error);
  return `cannot open the database ${path}: ${code ? `${code}: ` : ''}${message}`;
}

/** A read-only connection cannot migrate: the file must already carry every migration this code knows. */
function checkMigrated(sqlite: Database.Database, path: string): void {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as { entries: unknown[] };
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  const applied = table ? (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n : 0;
  if (applied < journal.entries.length) {
    throw new DatabaseOpenError(`the database ${path} is from an older version of the bot: open it once with write access (npm start) to update it`);
  }
}
