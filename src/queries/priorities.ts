import type { BudgetDb } from '../../db/client.js';
import { rankingOn } from '../../db/stores/catalogue-store.js';
import { loadCatalogue } from './catalogue.js';
import { LedgerIndex } from './ledger-index.js';

export interface PriorityArea {
  id: string;
  title: string;
  titleKk: string | null;
  titleEn: string | null;
  rank: number;
  since: string;
  projects: number;
  /** Unspent money in the area's projects at the end of the date. */
  balance: number;
}

/**
 * The ranking in force on `date`: per area, the entry with the latest `since` not after it, ordered
 * by rank, with the money under each at the end of that date (from the ledger index: one pass over
 * the projects, whatever the date).
 */
export function currentPriorities(db: BudgetDb, date: string): PriorityArea[] {
  const index = LedgerIndex.of(db);
  const balances = index.balances(date);
  const totals = new Map<string, { projects: number; balance: number }>();
  for (const project of loadCatalogue(db).projects.values()) {
    const total = totals.get(project.priority) ?? { projects: 0, balance: 0 };
    const account = index.accountIndex.get(`project:${project.id}`);
    total.projects += 1;
    total.balance += account === undefined ? 0 : balances[account]!;
    totals.set(project.priority, total);
  }
  return rankingOn(db, date).map((a) => ({ ...a, projects: totals.get(a.id)?.projects ?? 0, balance: totals.get(a.id)?.balance ?? 0 }));
}
