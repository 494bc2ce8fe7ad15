import type { BudgetDb } from '../../db/client.js';
import { projects, type ProjectStatus } from '../../db/schema.js';
import { statement } from '../../db/statements.js';

export type Project = typeof projects.$inferSelect;

export interface ProjectWithBalance {
  id: string;
  name: string;
  priority: string;
  status: ProjectStatus;
  owner: string;
  balance: number;
}

/**
 * The balance of the project in the row `projects` at the end of `@asOf`: the balance after its
 * latest transfer on or before that date, on either side (one index seek each, as in latestEntry).
 * Kept inside SQL so that thousands of projects cost one statement, not three round trips each.
 */
export const PROJECT_BALANCE_SQL = `COALESCE((SELECT balance FROM (
    SELECT * FROM (SELECT seq, from_balance_after AS balance FROM transfers
                   WHERE from_account = 'project:' || projects.id AND date <= @asOf ORDER BY date DESC, seq DESC LIMIT 1)
    UNION ALL
    SELECT * FROM (SELECT seq, to_balance_after AS balance FROM transfers
                   WHERE to_account = 'project:' || projects.id AND date <= @asOf ORDER BY date DESC, seq DESC LIMIT 1)
  ) ORDER BY seq DESC LIMIT 1), 0)`;

/** For "no date": after every transfer. */
export const LATEST = '9999-12-31';

export function allProjects(db: BudgetDb): Project[] {
  return statement(db, 'SELECT seq, id, name, priority, status, owner FROM projects ORDER BY seq').all() as Project[];
}

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
