import type Database from 'better-sqlite3';
import type { BudgetDb } from './client.js';

// Hot paths (the ledger, balances) use prepared statements directly: compiled once per connection,
// bound parameters only. Everything else goes through drizzle's query builder.
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function statement(db: BudgetDb, sql: string): Database.Statement {
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
