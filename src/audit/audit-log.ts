import type { BudgetDb } from '../../db/client.js';
import { AuditWriter, insertAuditRow, latestAuditRows, type AuditOutcome, type AuditRow, type AuditWriterOptions, type LatestAuditOptions } from '../../db/stores/audit-store.js';

export type { AuditOutcome } from '../../db/stores/audit-store.js';

export interface AuditEntry {
  userId: number;
  chatId: number;
  /** private, group, console, inline, cli. */
  via: string;
  /** The command that ran, or null when none was understood. */
  intent: string | null;
  /** What the person typed or pressed, cut to 300 characters. */
  input: string;
  outcome: AuditOutcome;
  errorId?: string;
}

/** An entry as stored; `at` is an instant in UTC (ISO 8601 with Z), shown in Astana time. */
export interface AuditRecord extends AuditEntry {
  id: number;
  at: string;
}

const INPUT_KEPT = 300;

const toRow = (entry: AuditEntry, at: Date) => ({
  at: at.toISOString(),
  userId: entry.userId,
  chatId: entry.chatId,
  via: entry.via,
  intent: entry.intent,
  input: entry.input.slice(0, INPUT_KEPT),
  outcome: entry.outcome,
  errorId: entry.errorId ?? null,
});

/** The audit log of every command and button press, written in batches through a connection of its own (see AuditWriter). */
export class AuditLog {
  private readonly writer: AuditWriter;
  private readonly now: () => Date;

  constructor(path: string, options: AuditWriterOptions & { now?: () => Date } = {}) {
    this.writer = new AuditWriter(path, options);
    this.now = options.now ?? (() => new Date());
  }

  record(entry: AuditEntry): void {
    this.writer.write(toRow(entry, this.now()));
  }

  /** The latest entries, newest first, including those still waiting to be written. */
  recent(options: LatestAuditOptions): AuditRecord[] {
    return this.writer.latest(options).map(toRecord);
  }

  /** Writes what is waiting now (before another process reads the log). */
  flush(): void {
    this.writer.flush();
  }

  close(): void {
    this.writer.close();
  }
}

/** One entry written through the ledger's connection: a change made from the command line. */
export function recordAudit(db: BudgetDb, entry: AuditEntry, now: Date): void {
  insertAuditRow(db, toRow(entry, now));
}

/** The latest audit entries, newest first, optionally of one user. */
export function recentAudit(db: BudgetDb, options: LatestAuditOptions): AuditRecord[] {
  return latestAuditRows(db, options).map(toRecord);
}

const toRecord = (r: AuditRow): AuditRecord => ({
  id: r.id,
  at: r.at,
  userId: r.userId,
  chatId: r.chatId,
  via: r.via,
  intent: r.intent,
  input: r.input,
  outcome: r.outcome,
  ...(r.errorId ? { errorId: r.errorId } : {}),
});
