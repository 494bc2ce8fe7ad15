import type Database from 'better-sqlite3';
import type { BudgetDb } from '../client.js';

// Stores own every SQL statement of the project. Statements are prepared once per connection and
// reused: drizzle's query builder prepares anew on every call, which the hot paths cannot afford.
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: BudgetDb, sql: string): Database.Statement {
  const client = db.$client;
  let byText = cache.get(client);
  if (!byText) {
    byText = new Map();
    cache.set(client, byText);
  }
  let stmt = byText.get(sql);
  if (!stmt) {
    stmt = client.prepare(sql);
    byText.set(sql, stmt);
  }
  return stmt;
}

/**
 * A write that must have stored exactly one row. `.run()` steps the statement to its end, so a
 * failing commit throws (unlike `.get()` on `INSERT … RETURNING`, which can hand back an id for a
 * row that a full disk never stored).
 */
export function runOne(stmt: Database.Statement, ...params: unknown[]): Database.RunResult {
  const result = stmt.run(...params);
  if (result.changes !== 1) throw new Error(`expected one row written, got ${result.changes}`);
  return result;
}
