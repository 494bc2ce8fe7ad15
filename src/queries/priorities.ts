import type { BudgetDb } from '../../db/client.js';
import { statement } from '../../db/statements.js';
import { dataVersion } from './catalogue.js';
import { PROJECT_BALANCE_SQL } from './projects.js';

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
 * The ranking in force on `date`: per area, the entry with the latest `since` not after it, ordered by rank.
 * An answer is reused until the database changes: with thousands of projects it costs two index seeks per project.
 */
export function currentPriorities(db: BudgetDb, date: string): PriorityArea[] {
  const version = dataVersion(db);
  let entry = cached.get(db);
  if (entry?.version !== version) cached.set(db, (entry = { version, byDate: new Map() }));
  let areas = entry.byDate.get(date);
  if (!areas) {
    areas = computePriorities(db, date);
    if (entry.byDate.size >= 32) entry.byDate.clear();
    entry.byDate.set(date, areas);
  }
  return areas.map((a) => ({ ...a }));
}

function computePriorities(db: BudgetDb, date: string): PriorityArea[] {
  const areas = statement(
    db,
    `SELECT p.id, p.title, p.rank, p.since FROM priorities p
     WHERE p.since = (SELECT MAX(q.since) FROM priorities q WHERE q.id = p.id AND q.since <= ?)
     ORDER BY p.rank, p.id`,
  ).all(date) as Omit<PriorityArea, 'projects' | 'balance'>[];
  // One statement sums every project's balance per area (10 000 projects: no JS round trip per project).
  const totals = statement(
    db,
    `SELECT priority, COUNT(*) AS projects, SUM(${PROJECT_BALANCE_SQL}) AS balance FROM projects GROUP BY priority`,
  ).all({ asOf: date }) as { priority: string; projects: number; balance: number }[];
  const byArea = new Map(totals.map((t) => [t.priority, t]));
  return areas.map((a) => ({ ...a, projects: byArea.get(a.id)?.projects ?? 0, balance: byArea.get(a.id)?.balance ?? 0 }));
}

