import { randomBytes } from 'node:crypto';
import type { BudgetDb } from '../client.js';
import type { macro, priorities, programme, ProjectStatus, projects, sources } from '../schema.js';
import { LATEST, latestEntrySql } from './ledger-store.js';
import { prepared } from './prepared.js';

// The catalogue's SQL (programme, macro figures, sources, priority areas, projects) and the balances
// listed with it.

export type ProgrammeRow = typeof programme.$inferSelect;
export type MacroRow = typeof macro.$inferSelect;
export type SourceRow = typeof sources.$inferSelect;
export type PriorityRow = typeof priorities.$inferSelect;
export type ProjectRow = typeof projects.$inferSelect;

export type MacroFigures = Omit<MacroRow, 'id'>;
export type Source = Omit<SourceRow, 'seq'>;
export type PriorityEntry = Omit<PriorityRow, 'seq'>;
export type Project = Omit<ProjectRow, 'seq'>;

/** A project with its unspent balance at some date. */
export interface ProjectWithBalance extends Project {
  balance: number;
}

/**
 * A number that changes whenever transfers, projects, sources, priorities or recognised savings
 * change, by any connection or process (triggers raise it): what caches of budget answers are keyed
 * on. Audit entries and subscriptions do not move it.
 */
export function dataVersion(db: BudgetDb): number {
  return (prepared(db, 'SELECT version FROM budget_version WHERE id = 1').get() as { version: number } | undefined)?.version ?? 0;
}

// ── Programme and macro figures ────────────────────────────────────────────────────────────────

export function getProgramme(db: BudgetDb): Omit<ProgrammeRow, 'id'> | undefined {
  const row = prepared(
    db,
    'SELECT name, administrator, fiscal_year AS fiscalYear, currency, is_demo AS isDemo, dataset_id AS datasetId FROM programme WHERE id = 1',
  ).get() as (Omit<ProgrammeRow, 'id' | 'isDemo'> & { isDemo: number }) | undefined;
  return row ? { ...row, isDemo: row.isDemo === 1 } : undefined;
}

/** Writes the programme row; a new dataset (none before, or the demo replaced) gets a new dataset id. */
export function upsertProgramme(db: BudgetDb, row: { name: string; administrator: string; fiscalYear: number; currency: string; isDemo: boolean }): void {
  prepared(
    db,
    `INSERT INTO programme (id, name, administrator, fiscal_year, currency, is_demo, dataset_id)
     VALUES (1, @name, @administrator, @fiscalYear, @currency, @isDemo, @datasetId)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, administrator = excluded.administrator,
       fiscal_year = excluded.fiscal_year, currency = excluded.currency, is_demo = excluded.is_demo`,
  ).run({ ...row, isDemo: row.isDemo ? 1 : 0, datasetId: randomBytes(8).toString('hex') });
}

export function getMacro(db: BudgetDb): MacroFigures | null {
  const row = prepared(db, 'SELECT base_year AS baseYear, gdp, real_growth_pct AS realGrowthPct FROM macro WHERE id = 1').get() as MacroFigures | undefined;
  return row ?? null;
}

export function upsertMacro(db: BudgetDb, row: MacroFigures): void {
  prepared(
    db,
    `INSERT INTO macro (id, base_year, gdp, real_growth_pct) VALUES (1, @baseYear, @gdp, @realGrowthPct)
     ON CONFLICT (id) DO UPDATE SET base_year = excluded.base_year, gdp = excluded.gdp, real_growth_pct = excluded.real_growth_pct`,
  ).run(row);
}

// ── Sources ────────────────────────────────────────────────────────────────────────────────────

export function listSources(db: BudgetDb): Source[] {
  return prepared(db, 'SELECT id, name, amount, reserved FROM sources ORDER BY seq').all() as Source[];
}

export function sourceById(db: BudgetDb, id: string): Source | undefined {
  return prepared(db, 'SELECT id, name, amount, reserved FROM sources WHERE id = ?').get(id) as Source | undefined;
}

/** Adds a source or updates its name and amount (its opening reserve never changes after the fact). */
export function upsertSource(db: BudgetDb, source: Source): void {
  prepared(
    db,
    `INSERT INTO sources (id, name, amount, reserved) VALUES (@id, @name, @amount, @reserved)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, amount = excluded.amount`,
  ).run(source);
}

// ── Priority areas ─────────────────────────────────────────────────────────────────────────────

/** Every dated ranking entry, in the order they were written. */
export function listPriorityEntries(db: BudgetDb): PriorityEntry[] {
  return prepared(db, 'SELECT id, title, rank, since FROM priorities ORDER BY seq').all() as PriorityEntry[];
}

/** The ranking in force on `date`: per area, the entry with the latest `since` not after it, ordered by rank. */
export function rankingOn(db: BudgetDb, date: string): PriorityEntry[] {
  return prepared(
    db,
    `SELECT p.id, p.title, p.rank, p.since FROM priorities p
     WHERE p.since = (SELECT MAX(q.since) FROM priorities q WHERE q.id = p.id AND q.since <= ?)
     ORDER BY p.rank, p.id`,
  ).all(date) as PriorityEntry[];
}

export function upsertPriorityEntry(db: BudgetDb, entry: PriorityEntry): void {
  prepared(
    db,
    `INSERT INTO priorities (id, title, rank, since) VALUES (@id, @title, @rank, @since)
     ON CONFLICT (id, since) DO UPDATE SET title = excluded.title, rank = excluded.rank`,
  ).run(entry);
}

// ── Projects ───────────────────────────────────────────────────────────────────────────────────

/** Every project, in the order they were added. */
export function listProjects(db: BudgetDb): Project[] {
  return prepared(db, 'SELECT id, name, priority, status, owner FROM projects ORDER BY seq').all() as Project[];
}

export function projectById(db: BudgetDb, id: string): Project | undefined {
  return prepared(db, 'SELECT id, name, priority, status, owner FROM projects WHERE id = ?').get(id) as Project | undefined;
}

export function upsertProject(db: BudgetDb, project: Project): void {
  prepared(
    db,
    `INSERT INTO projects (id, name, priority, status, owner) VALUES (@id, @name, @priority, @status, @owner)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, priority = excluded.priority, status = excluded.status, owner = excluded.owner`,
  ).run(project);
}

/** The balance of the project in the row of `projects` at the end of `@asOf`: one statement for thousands of projects. */
const PROJECT_BALANCE_SQL = `COALESCE((SELECT balance FROM (${latestEntrySql("'project:' || projects.id", '@asOf')})), 0)`;

/** Projects with their unspent balance at the end of `asOf`, filtered by status and/or priority area. */
export function listProjectsWithBalance(db: BudgetDb, filter: { status?: ProjectStatus; priority?: string; asOf?: string } = {}): ProjectWithBalance[] {
  return prepared(
    db,
    `SELECT id, name, priority, status, owner, ${PROJECT_BALANCE_SQL} AS balance FROM projects
     WHERE (@status IS NULL OR status = @status) AND (@priority IS NULL OR priority = @priority)
     ORDER BY seq`,
  ).all({ status: filter.status ?? null, priority: filter.priority ?? null, asOf: filter.asOf ?? LATEST }) as ProjectWithBalance[];
}

/** Per priority area: how many projects, and their unspent money at the end of `asOf`. */
export function areaTotals(db: BudgetDb, asOf: string): { priority: string; projects: number; balance: number }[] {
  return prepared(db, `SELECT priority, COUNT(*) AS projects, SUM(${PROJECT_BALANCE_SQL}) AS balance FROM projects GROUP BY priority`).all({ asOf }) as {
    priority: string;
    projects: number;
    balance: number;
  }[];
}

// ── Names ──────────────────────────────────────────────────────────────────────────────────────

export type NamedKind = 'project' | 'source' | 'priority';

/** The names people use for projects, sources and priority areas (each area once). */
export function catalogueNames(db: BudgetDb): {
  projects: { id: string; name: string; priority: string }[];
  sources: { id: string; name: string }[];
  priorities: { id: string; title: string }[];
} {
  return {
    projects: prepared(db, 'SELECT id, name, priority FROM projects ORDER BY seq').all() as { id: string; name: string; priority: string }[],
    sources: prepared(db, 'SELECT id, name FROM sources ORDER BY seq').all() as { id: string; name: string }[],
    priorities: prepared(db, 'SELECT id, title FROM priorities GROUP BY id ORDER BY MIN(seq)').all() as { id: string; title: string }[],
  };
}

// An id first, then a name: `id = @q OR lower(name) = …` cannot use the id index and scanned every project.
const ID_SQL: Record<NamedKind, string> = {
  project: 'SELECT id, name FROM projects WHERE id = @q',
  source: 'SELECT id, name FROM sources WHERE id = @q',
  priority: 'SELECT id, title AS name FROM priorities WHERE id = @q LIMIT 1',
};

/** The thing whose id is exactly `id`. */
export function namedById(db: BudgetDb, kind: NamedKind, id: string): { id: string; name: string } | undefined {
  return prepared(db, ID_SQL[kind]).get({ q: id }) as { id: string; name: string } | undefined;
}

export function projectName(db: BudgetDb, id: string): string | undefined {
  return (prepared(db, 'SELECT name FROM projects WHERE id = ?').get(id) as { name: string } | undefined)?.name;
}

export function sourceName(db: BudgetDb, id: string): string | undefined {
  return (prepared(db, 'SELECT name FROM sources WHERE id = ?').get(id) as { name: string } | undefined)?.name;
}

// ── Replacing the demo dataset ─────────────────────────────────────────────────────────────────

/**
 * Deletes the demo dataset's catalogue and ledger (users, subscribers and the audit log stay). The
 * append-only triggers are lifted for this one purpose inside the caller's transaction and put back
 * exactly as they were.
 */
export function removeDatasetRows(db: BudgetDb): void {
  const triggers = prepared(
    db,
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('transfers', 'savings_recognitions') AND (name LIKE '%_no_update' OR name LIKE '%_no_delete')",
  ).all() as { name: string; sql: string }[];
  for (const { name } of triggers) db.$client.exec(`DROP TRIGGER "${name}"`);
  db.$client.exec(`DELETE FROM transfers; DELETE FROM savings_recognitions; DELETE FROM projects; DELETE FROM priorities; DELETE FROM sources;
                   DELETE FROM accounts WHERE kind IN ('reserve', 'project'); DELETE FROM programme; DELETE FROM macro;`);
  for (const { sql } of triggers) db.$client.exec(sql);
}
