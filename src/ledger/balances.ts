import type { BudgetDb } from '../../db/client.js';
import type { AccountKind } from '../../db/schema.js';
import { accountKind, latestEntry, listAccounts, openingBalance } from '../../db/stores/ledger-store.js';

/** An account's balance at the end of `asOf` (today's when omitted): one index lookup, whatever the ledger's size. */
export function accountBalance(db: BudgetDb, account: string, asOf?: string): number | null {
  const kind = accountKind(db, account);
  return kind ? balanceOfKnown(db, account, kind, asOf ?? null) : null;
}

/** Every account's balance, keyed by account id, in a stable order (reserves, projects, spent, savings). */
export function allBalances(db: BudgetDb, asOf?: string): Record<string, number> {
  const balances: Record<string, number> = {};
  for (const { id, kind } of listAccounts(db)) balances[id] = balanceOfKnown(db, id, kind, asOf ?? null);
  return balances;
}

function balanceOfKnown(db: BudgetDb, account: string, kind: AccountKind, asOf: string | null): number {
  const latest = latestEntry(db, account, asOf);
  return latest ? latest.balance : openingBalance(db, account, kind);
}
