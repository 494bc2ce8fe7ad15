import type { BudgetDb } from '../../db/client.js';
import { statement } from '../../db/statements.js';
import { listProjects } from './projects.js';

export interface PriorityArea {
  id: string;
  title: string;
  rank: number;
  since: string;
  projects: number;
  /** Unspent money in the area's projects at the end of the date. */
  balance: number;
}

/** The ranking in force on `date`: per area, the entry with the latest `since` not after it, ordered by rank. */
export function currentPriorities(db: BudgetDb, date: string): PriorityArea[] {
  const areas = statement(
    db,
    `SELECT p.id, p.title, p.rank, p.since FROM priorities p
     WHERE p.since = (SELECT MAX(q.since) FROM priorities q WHERE q.id = p.id AND q.since <= ?)
     ORDER BY p.rank, p.id`,
  ).all(date) as Omit<PriorityArea, 'projects' | 'balance'>[];
  const byArea = new Map<string, { projects: number; balance: number }>();
  for (const project of listProjects(db, { asOf: date })) {
    const area = byArea.get(project.priority) ?? { projects: 0, balance: 0 };
    area.projects += 1;
    area.balance += project.balance;
    byArea.set(project.priority, area);
  }
  return areas.map((a) => ({ ...a, ...(byArea.get(a.id) ?? { projects: 0, balance: 0 }) }));
}

/** Every dated ranking entry, oldest first (for export and the history of re-rankings). */
export function priorityHistory(db: BudgetDb): { id: string; title: string; rank: number; since: string }[] {
  return statement(db, 'SELECT id, title, rank, since FROM priorities ORDER BY seq').all() as {
    id: string;
    title: string;
    rank: number;
    since: string;
  }[];
}
