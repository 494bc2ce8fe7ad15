import Database from 'better-sqlite3';
import type { BudgetDb } from '../client.js';
import type { auditLog } from '../schema.js';
import { prepared } from './prepared.js';

// The audit log: every command, button press and inline query, and every change made from the command line.

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditOutcome = AuditRow['outcome'];
export type NewAuditRow = Omit<AuditRow, 'id'>;

const INSERT =
  'INSERT INTO audit_log (at, user_id, chat_id, via, intent, input, outcome, error_id) VALUES (@at, @userId, @chatId, @via, @intent, @input, @outcome, @errorId)';

export interface AuditWriterOptions {
  /** How long an entry may wait in memory before it is written with the others. */
  flushAfterMs?: number;
  /** Entries written at once when this many are waiting, without waiting for the timer. */
  maxBatch?: number;
  /** How long a batch the database refused waits before it is tried again. */
  retryAfterMs?: number;
  /** Entries not written: `waiting` of them are kept for another try (a full disk), the rest were refused one by one and dropped. */
  onError?: (error: unknown, waiting: number) => void;
}

/** Entries kept for another try when the disk refuses them; older ones beyond it are dropped. */
const MAX_WAITING = 10_000;

const writers = new Set<AuditWriter>();
// Whatever ends the process (an uncaught error included, but not a kill) writes what is waiting.
let exitHookAdded = false;
const flushAllOnExit = () => {
  for (const writer of writers) writer.flush();
};

/**
 * Writes audit entries through a connection of its own with synchronous = NORMAL, in batches: an
 * entry waits in memory for at most `flushAfterMs` (100 ms), then goes with the others in one
 * transaction. One commit per answer cost about a third of a short answer's time, mostly because a
 * write from another connection empties the ledger connection's page cache. Entries survive a
 * crash of the process once written (WAL), and are written on any exit but a kill; power loss may
 * drop the last few.
 */
export class AuditWriter {
  private readonly connection: Database.Database;
  private readonly insert: Database.Statement;
  private readonly insertAll: (rows: readonly NewAuditRow[]) => void;
  private readonly flushAfterMs: number;
  private readonly retryAfterMs: number;
  private readonly maxBatch: number;
  private readonly onError: (error: unknown, waiting: number) => void;
  private waiting: NewAuditRow[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** The last batch was refused whole: the next try waits for its timer, not for the next entry. */
  private refused = false;
  private closed = false;

  constructor(path: string, options: AuditWriterOptions = {}) {
    this.connection = new Database(path);
    this.connection.pragma('journal_mode = WAL');
    this.connection.pragma('synchronous = NORMAL');
    this.connection.pragma('busy_timeout = 5000');
    this.insert = this.connection.prepare(INSERT);
    this.insertAll = this.connection.transaction((rows: readonly NewAuditRow[]) => {
      for (const row of rows) this.insert.run(row);
    });
    this.flushAfterMs = options.flushAfterMs ?? 100;
    this.retryAfterMs = options.retryAfterMs ?? 1000;
    this.maxBatch = options.maxBatch ?? 500;
    this.onError = options.onError ?? ((error) => process.stderr.write(`audit entries not written: ${String(error)}\n`));
    writers.add(this);
    if (!exitHookAdded) {
      exitHookAdded = true;
      process.on('exit', flushAllOnExit);
    }
  }

  write(row: NewAuditRow): void {
    if (this.closed) {
      this.onError(new Error('the audit log is closed'), 0);
      return;
    }
    this.waiting.push(row);
    if (this.waiting.length > MAX_WAITING) this.waiting.splice(0, this.waiting.length - MAX_WAITING);
    if (this.waiting.length >= this.maxBatch && !this.refused) this.flush();
    else this.schedule(this.refused ? this.retryAfterMs : this.flushAfterMs);
  }

  private schedule(ms: number): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => this.flush(), ms);
    this.timer.unref();
  }

  /**
   * Writes every waiting entry now; never throws. When the batch is refused, its entries are tried
   * one by one: those the database refuses alone are dropped (reported); when none can be written
   * (a full disk), all are kept and tried again after `retryAfterMs`.
   */
  flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.waiting.length === 0 || this.closed) return;
    const rows = this.waiting;
    this.waiting = [];
    try {
      this.insertAll(rows);
      this.refused = false;
    } catch (error) {
      const notWritten = rows.filter((row) => !this.writeAlone(row));
      this.refused = notWritten.length === rows.length;
      if (this.refused) {
        this.waiting = [...rows, ...this.waiting].slice(-MAX_WAITING);
        this.schedule(this.retryAfterMs);
      }
      if (notWritten.length > 0) this.onError(error, this.waiting.length);
    }
  }

  private writeAlone(row: NewAuditRow): boolean {
    try {
      this.insert.run(row);
      return true;
    } catch {
      return false;
    }
  }

  /** The latest entries, the waiting ones written first; read through this connection, which sees them. */
  latest(options: LatestAuditOptions): AuditRow[] {
    this.flush();
    return this.connection.prepare(latestSql(options)).all(latestParams(options)) as AuditRow[];
  }

  close(): void {
    this.flush();
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    writers.delete(this);
    this.connection.close();
  }
}

/** Writes one entry through the ledger's own connection (the command line, which makes one change and exits). */
export function insertAuditRow(db: BudgetDb, row: NewAuditRow): void {
  prepared(db, INSERT).run(row);
}

const COLUMNS = 'id, at, user_id AS userId, chat_id AS chatId, via, intent, input, outcome, error_id AS errorId';

export interface LatestAuditOptions {
  limit: number;
  offset?: number;
  userId?: number;
  /** Only entries up to this id, so later pages of a list stay where they were. */
  upTo?: number;
}

const latestSql = (options: LatestAuditOptions): string =>
  `SELECT ${COLUMNS} FROM audit_log WHERE ${options.userId === undefined ? '' : 'user_id = @userId AND '}id <= @upTo ORDER BY id DESC LIMIT @limit OFFSET @offset`;

const latestParams = (options: LatestAuditOptions) => ({
  limit: options.limit,
  offset: options.offset ?? 0,
  upTo: options.upTo ?? Number.MAX_SAFE_INTEGER,
  ...(options.userId === undefined ? {} : { userId: options.userId }),
});

/** The latest entries, newest first, optionally of one user. */
export function latestAuditRows(db: BudgetDb, options: LatestAuditOptions): AuditRow[] {
  return prepared(db, latestSql(options)).all(latestParams(options)) as AuditRow[];
}
