import type { BudgetDb } from '../client.js';
import { prepared } from './prepared.js';

// How code above the stores asks for several store calls to happen all or nothing.

/**
 * Runs `work` in one IMMEDIATE transaction (a writer takes the lock first, so it never fails half
 * way with SQLITE_BUSY); nested calls become savepoints. Must be synchronous: no await inside.
 */
export function inWriteTransaction<T>(db: BudgetDb, work: () => T): T {
  return db.$client.transaction(work).immediate();
}

/** True while a transaction is open on this connection. */
export const inTransaction = (db: BudgetDb): boolean => db.$client.inTransaction;

/**
 * One read transaction for the reads of one answer: every statement then shares one snapshot and
 * one lock, instead of taking both anew (a primary-key read costs about ten times more alone).
 * Synchronous code only: close it before any await, and before anything that writes.
 */
export class ReadSnapshot {
  private open = false;

  constructor(private readonly db: BudgetDb) {
    if (!db.$client.inTransaction) {
      prepared(db, 'BEGIN DEFERRED').run();
      this.open = true;
    }
  }

  /** Ends it (idempotent). */
  close(): void {
    if (!this.open) return;
    this.open = false;
    if (this.db.$client.inTransaction) prepared(this.db, 'COMMIT').run();
  }
}
