import type { BudgetDb } from '../../db/client.js';
import { areaTotals, dataVersion, rankingOn } from '../../db/stores/catalogue-store.js';

export interface PriorityArea {
  id: string;
  title: string;
  rank: number;
  since: string;
  projects: number;
  /** Unspent money in the area's projects at the end of the date. */
  balance: number;
}

const cached = new WeakMap<BudgetDb, { version: number; byDate: Map<string, PriorityArea[]> }>();

/**
 * The ranking in force on `date`: per area, the entry with the latest `since` not after it, ordered by rank,
 * with the money under each. An answer is reused until the budget data changes.
 */
export function currentPriorities(db: BudgetDb, date: string): PriorityArea[] {
  const version = dataVersion(db);
  let entry = cached.get(db);
  if (entry?.version !== version) cached.set(db, (entry = { version, byDate: new Map() }));
  let areas = entry.byDate.get(date);
  if (!areas) {
    const totals = new Map(areaTotals(db, date).map((t) => [t.priority, t]));
    areas = rankingOn(db, date).map((a) => ({ ...a, projects: totals.get(a.id)?.projects ?? 0, balance: totals.get(a.id)?.balance ?? 0 }));
    if (entry.byDate.size >= 32) entry.byDate.clear();
    entry.byDate.set(date, areas);
  }
  return areas.map((a) => ({ ...a }));
}
