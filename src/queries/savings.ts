import type { BudgetDb } from '../../db/client.js';
import { listRecognitions, recognisedSavings, reinvestments, type RecognitionRow } from '../../db/stores/ledger-store.js';
import { SAVINGS } from '../ledger/accounts.js';
import { accountBalance } from '../ledger/balances.js';

export interface SavingsSummary {
  /** Savings and income from digitalisation recognised so far. */
  recognised: number;
  /** What of it went back into reserves and projects. */
  reinvested: number;
  /** Recognised and not yet reinvested. */
  left: number;
  /** Where the reinvested money went, largest first. */
  destinations: { account: string; amount: number }[];
  /** The latest recognitions, newest first. */
  latest: RecognitionRow[];
}

/** Recognised, reinvested and left-to-reinvest savings, with where the reinvested money went. */
export function savingsSummary(db: BudgetDb, latest = 5): SavingsSummary {
  const recognised = recognisedSavings(db);
  const reinvested = -(accountBalance(db, SAVINGS) ?? 0);
  const byDestination = new Map<string, number>();
  for (const t of reinvestments(db)) byDestination.set(t.to, (byDestination.get(t.to) ?? 0) + t.amount);
  return {
    recognised,
    reinvested,
    left: recognised - reinvested,
    destinations: [...byDestination].map(([account, amount]) => ({ account, amount })).sort((a, b) => b.amount - a.amount),
    latest: listRecognitions(db).slice(-latest).reverse(),
  };
}
