import type { BudgetDb } from '../../db/client.js';
import { statement } from '../../db/statements.js';
import { projectAccount, SPENT } from '../ledger/accounts.js';
import { accountBalance } from '../ledger/balances.js';
import type { RecordedTransfer } from '../ledger/record-transfer.js';
import { findProject, type Project } from './projects.js';
import { recentTransfers } from './transfer-history.js';

export interface ProjectSummary {
  project: Omit<Project, 'seq'>;
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
  const found = findProject(db, projectId);
  if (!found) return null;
  const { seq: _seq, ...project } = found;
  const account = projectAccount(projectId);
  const out = statement(
    db,
    `SELECT COALESCE(SUM(CASE WHEN to_account = @spent THEN amount END), 0) AS spent,
            COALESCE(SUM(CASE WHEN to_account <> @spent THEN amount END), 0) AS givenAway
     FROM transfers WHERE from_account = @account`,
  ).get({ account, spent: SPENT }) as { spent: number; givenAway: number };
  const balance = accountBalance(db, account) ?? 0;
  return {
    project,
    balance,
    // A project account opens at zero, so what came in is what it holds plus what left: no second pass over its incoming rows.
    received: balance + out.spent + out.givenAway,
    givenAway: out.givenAway,
    spent: out.spent,
    lastMovements: recentTransfers(db, { limit: movements, account }),
  };
}
