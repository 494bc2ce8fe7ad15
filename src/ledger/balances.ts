import type { BudgetDb } from '../../db/client.js';
import type { AccountKind } from '../../db/schema.js';
import { statement } from '../../db/statements.js';
import { latestEntry, openingBalance } from './record-transfer.js';

/** An account's balance at the end of `asOf` (today's when omitted): one index lookup, whatever the ledger's size. */
export function accountBalance(db: BudgetDb, account: string, asOf?: string): number | null {
  const row = statement(db, 'SELECT kind FROM accounts WHERE id = ?').get(account) as { kind: AccountKind } | undefined;
  if (!row) return null;
  return balanceOfKnown(db, account, row.kind, asOf ?? null);
}

/** Every account's balance, keyed by account id, in a stable order (reserves, projects, spent, savings). */
export function allBalances(db: BudgetDb, asOf?: string): Record<string, number> {
  const rows = statement(
    db,
    `SELECT id, kind FROM accounts
     ORDER BY CASE kind WHEN 'reserve' THEN 0 WHEN 'project' THEN 1 WHEN 'spent' THEN 2 ELSE 3 END, id`,
  ).all() as { id: string; kind: AccountKind }[];
  const balances: Record<string, number> = {};
  for (const { id, kind } of rows) balances[id] = balanceOfKnown(db, id, kind, asOf ?? null);
  return balances;
}

function balanceOfKnown(db: BudgetDb, account: string, kind: AccountKind, asOf: string | null): number {
  const latest = latestEntry(db, account, asOf);
  return latest ? latest.balance : openingBalance(db, account, kind);
}
