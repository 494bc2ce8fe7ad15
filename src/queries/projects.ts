import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { BudgetDb } from '../../db/client.js';
import { projects, type ProjectStatus } from '../../db/schema.js';
import { projectAccount } from '../ledger/accounts.js';
import { accountBalance } from '../ledger/balances.js';

export type Project = typeof projects.$inferSelect;

export interface ProjectWithBalance {
  id: string;
  name: string;
  priority: string;
  status: ProjectStatus;
  owner: string;
  balance: number;
}

export function allProjects(db: BudgetDb): Project[] {
  return db.select().from(projects).orderBy(asc(projects.seq)).all();
}

export function findProject(db: BudgetDb, id: string): Project | undefined {
  return db.select().from(projects).where(eq(projects.id, id)).get();
}

/** Projects with their unspent balance, filtered by status and/or priority area. */
export function listProjects(
  db: BudgetDb,
  filter: { status?: ProjectStatus; priority?: string; asOf?: string } = {},
): ProjectWithBalance[] {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(projects.status, filter.status));
  if (filter.priority) conditions.push(eq(projects.priority, filter.priority));
  const rows = db
    .select()
    .from(projects)
    .where(and(...conditions))
    .orderBy(asc(projects.seq))
    .all();
  return rows.map(({ seq: _seq, ...p }) => ({ ...p, balance: accountBalance(db, projectAccount(p.id), filter.asOf) ?? 0 }));
}
