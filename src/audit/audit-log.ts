import Database from 'better-sqlite3';
import { statement } from '../../db/statements.js';
import type { BudgetDb } from '../../db/client.js';

export type AuditOutcome = 'answered' | 'refused' | 'error' | 'ignored';

export interface AuditEntry {
  userId: number;
  chatId: number;
  /** private, group, console, inline. */
  via: string;
  /** The command that ran, or null when none was understood. */
  intent: string | null;
  /** What the person typed or pressed, cut to 300 characters. */
  input: string;
  outcome: AuditOutcome;
  errorId?: string;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  at: string;
}

const INPUT_KEPT = 300;

/**
 * The audit log of every command and button press. It writes through its own connection with
 * synchronous = NORMAL: an entry survives a crash of the process (WAL), and answering does not wait
 * for a disk flush per message as the ledger's FULL connection would. Power loss may drop the last few.
 */
export class AuditLog {
  private readonly connection: Database.Database;
  private readonly insert: Database.Statement;

  constructor(path: string, private readonly now: () => Date = () => new Date()) {
    this.connection = new Database(path);
    this.connection.pragma('journal_mode = WAL');
    this.connection.pragma('synchronous = NORMAL');
    this.connection.pragma('busy_timeout = 5000');
    this.insert = this.connection.prepare(
      'INSERT INTO audit_log (at, user_id, chat_id, via, intent, input, outcome, error_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
  }

  record(entry: AuditEntry): void {
    this.insert.run(this.now().toISOString(), entry.userId, entry.chatId, entry.via, entry.intent, entry.input.slice(0, INPUT_KEPT), entry.outcome, entry.errorId ?? null);
  }

  close(): void {
    this.connection.close();
  }
}

/** The latest audit entries, newest first, optionally of one user. */
export function recentAudit(db: BudgetDb, options: { limit: number; userId?: number }): AuditRecord[] {
  const rows = (
    options.userId === undefined
      ? statement(db, 'SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(options.limit)
      : statement(db, 'SELECT * FROM audit_log WHERE user_id = ? ORDER BY id DESC LIMIT ?').all(options.userId, options.limit)
  ) as { id: number; at: string; user_id: number; chat_id: number; via: string; intent: string | null; input: string; outcome: AuditOutcome; error_id: string | null }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    chatId: r.chat_id,
    via: r.via,
    intent: r.intent,
    input: r.input,
    outcome: r.outcome,
    ...(r.error_id ? { errorId: r.error_id } : {}),
  }));
}
