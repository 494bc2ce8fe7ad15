import type { BudgetDb } from '../client.js';

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
