import type { BudgetDb } from '../../db/client.js';
import { rankingOn } from '../../db/stores/catalogue-store.js';
import { answerQuery } from './answer-query.js';

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
 * by rank, with the money under each at the end of that date (the query layer's balance by area).
 */
export function currentPriorities(db: BudgetDb, date: string): PriorityArea[] {
  const byArea = (measure: 'balance' | 'projectCount') =>
    new Map(answerQuery(db, { measure, scope: { kind: 'programme' }, groupBy: 'area', period: { kind: 'asOf', date } }, date).rows.map((r) => [r.key, r.value]));
  const balances = byArea('balance');
  const counts = byArea('projectCount');
  return rankingOn(db, date).map((a) => ({ ...a, projects: counts.get(a.id) ?? 0, balance: balances.get(a.id) ?? 0 }));
}
