import type { BudgetDb } from '../../db/client.js';
import { projects, type ProjectStatus } from '../../db/schema.js';
import { statement } from '../../db/statements.js';
import { LATEST, latestEntrySql } from '../ledger/record-transfer.js';

export type Project = typeof projects.$inferSelect;

export interface ProjectWithBalance {
  id: string;
  name: string;
  priority: string;
  status: ProjectStatus;
  owner: string;
  balance: number;
}

/** The balance of the project in the row of `projects` at the end of `@asOf`: one statement for thousands of projects. */
export const PROJECT_BALANCE_SQL = `COALESCE((SELECT balance FROM (${latestEntrySql("'project:' || projects.id", '@asOf')})), 0)`;

// A cached prepared statement: drizzle's builder re-prepares the SQL on every call (~0.1 ms each).
export function findProject(db: BudgetDb, id: string): Project | undefined {
  return statement(db, 'SELECT seq, id, name, priority, status, owner FROM projects WHERE id = ?').get(id) as Project | undefined;
}

/** Projects with their unspent balance, filtered by status and/or priority area. */
export function listProjects(
  db: BudgetDb,
  filter: { status?: ProjectStatus; priority?: string; asOf?: string } = {},
): ProjectWithBalance[] {
  return statement(
    db,
    `SELECT id, name, priority, status, owner, ${PROJECT_BALANCE_SQL} AS balance FROM projects
     WHERE (@status IS NULL OR status = @status) AND (@priority IS NULL OR priority = @priority)
     ORDER BY seq`,
  ).all({ status: filter.status ?? null, priority: filter.priority ?? null, asOf: filter.asOf ?? LATEST }) as ProjectWithBalance[];
}
