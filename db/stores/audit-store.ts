import Database from 'better-sqlite3';
import type { BudgetDb } from '../client.js';
import type { auditLog } from '../schema.js';
import { prepared } from './prepared.js';

// The audit log: every command, button press and inline query, and every change made from the command line.

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditOutcome = AuditRow['outcome'];
export type NewAuditRow = Omit<AuditRow, 'id'>;

/**
 * Writes audit entries through a connection of its own with synchronous = NORMAL: an entry survives
 * a crash of the process (WAL), and answering does not wait for a disk flush per message as the
 * ledger's FULL connection would. Power loss may drop the last few.
 */
export class AuditWriter {
  private readonly connection: Database.Database;
  private readonly insert: Database.Statement;

  constructor(path: string) {
    this.connection = new Database(path);
    this.connection.pragma('journal_mode = WAL');
    this.connection.pragma('synchronous = NORMAL');
    this.connection.pragma('busy_timeout = 5000');
    this.insert = this.connection.prepare(
      'INSERT INTO audit_log (at, user_id, chat_id, via, intent, input, outcome, error_id) VALUES (@at, @userId, @chatId, @via, @intent, @input, @outcome, @errorId)',
    );
  }

  write(row: NewAuditRow): void {
    this.insert.run(row);
  }

  close(): void {
    this.connection.close();
  }
}

/** Writes one entry through the ledger's own connection (the command line, which makes one change and exits). */
export function insertAuditRow(db: BudgetDb, row: NewAuditRow): void {
  prepared(db, 'INSERT INTO audit_log (at, user_id, chat_id, via, intent, input, outcome, error_id) VALUES (@at, @userId, @chatId, @via, @intent, @input, @outcome, @errorId)').run(row);
}

const COLUMNS = 'id, at, user_id AS userId, chat_id AS chatId, via, intent, input, outcome, error_id AS errorId';

/** The latest entries, newest first, optionally of one user. */
/** Newest first; `upTo`: only entries up to that id, so later pages of a list stay where they were. */
export function latestAuditRows(db: BudgetDb, options: { limit: number; offset?: number; userId?: number; upTo?: number }): AuditRow[] {
  const params = { limit: options.limit, offset: options.offset ?? 0, upTo: options.upTo ?? Number.MAX_SAFE_INTEGER, userId: options.userId ?? null };
  return (
    options.userId === undefined
      ? prepared(db, `SELECT ${COLUMNS} FROM audit_log WHERE id <= @upTo ORDER BY id DESC LIMIT @limit OFFSET @offset`).all(params)
      : prepared(db, `SELECT ${COLUMNS} FROM audit_log WHERE user_id = @userId AND id <= @upTo ORDER BY id DESC LIMIT @limit OFFSET @offset`).all(params)
  ) as AuditRow[];
}
