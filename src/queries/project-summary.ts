import type { BudgetDb } from '../../db/client.js';
import { projectById, type Project } from '../../db/stores/catalogue-store.js';
import { outflowsOf, recentTransfers, type RecordedTransfer } from '../../db/stores/ledger-store.js';
import { projectAccount } from '../ledger/accounts.js';
import { accountBalance } from '../ledger/balances.js';
import { LedgerIndex } from './ledger-index.js';

export interface ProjectSummary {
  project: Project;
  /** Given to the project and not yet spent. */
  balance: number;
  /** Everything that came in: allocations, reallocations in, reinvested savings. */
  received: number;
  /** What left for other projects or went back to a reserve. */
  givenAway: number;
  spent: number;
  lastMovements: RecordedTransfer[];
}

export function projectSummary(db: BudgetDb, projectId: string, movements = 5): ProjectSummary | null {
  const project = projectById(db, projectId);
  if (!project) return null;
  const account = projectAccount(projectId);
  const { balance, spent, passedOn } = totalsOf(db, account);
  return {
    project,
    balance,
    // A project account opens at zero, so what came in is what it holds plus what left: no second pass over its incoming rows.
    received: balance + spent + passedOn,
    givenAway: passedOn,
    spent,
    lastMovements: recentTransfers(db, { limit: movements, account }),
  };
}

/** From the ledger's running totals (one row of memory, not the account's hundred transfers); from the ledger itself for an account they lack. */
function totalsOf(db: BudgetDb, account: string): { balance: number; spent: number; passedOn: number } {
  const totals = LedgerIndex.of(db).totalsOf(account);
  if (totals) return { balance: totals.balance, spent: totals.outSpent, passedOn: totals.out - totals.outSpent };
  const out = outflowsOf(db, account);
  return { balance: accountBalance(db, account) ?? 0, ...out };
}
