import { randomBytes } from 'node:crypto';
import type { BudgetDb } from '../client.js';
import type { administrators, macro, priorities, programme, projects, sources } from '../schema.js';
import { prepared } from './prepared.js';

// The catalogue's SQL (programme, macro figures, sources, priority areas, projects, administrators)
// and the balances listed with it.

export type ProgrammeRow = typeof programme.$inferSelect;
export type MacroRow = typeof macro.$inferSelect;
export type SourceRow = typeof sources.$inferSelect;
export type PriorityRow = typeof priorities.$inferSelect;
export type ProjectRow = typeof projects.$inferSelect;
export type AdministratorRow = typeof administrators.$inferSelect;

export type MacroFigures = Omit<MacroRow, 'id'>;
export type Source = Omit<SourceRow, 'seq'>;
export type PriorityEntry = Omit<PriorityRow, 'seq'>;
export type Project = Omit<ProjectRow, 'seq'>;
export type Administrator = AdministratorRow;

/** A project with its unspent balance at some date. */
export interface ProjectWithBalance extends Project {
  balance: number;
}

const SOURCE_COLUMNS = 'id, name, name_kk AS nameKk, name_en AS nameEn, amount, reserved';
const PRIORITY_COLUMNS = 'id, title, title_kk AS titleKk, title_en AS titleEn, rank, since';
const PROJECT_COLUMNS = 'id, name, name_kk AS nameKk, name_en AS nameEn, priority, status, owner';

/**
 * Numbers that change whenever the budget data changes, by any connection or process (triggers
 * raise them): `version` with transfers, recognised savings and the catalogue; `catalogue` with the
 * catalogue only. Caches of budget answers are keyed on them; audit entries and subscriptions do
 * not move them.
 */
export function dataVersions(db: BudgetDb): { version: number; catalogue: number } {
  return (prepared(db, 'SELECT version, catalogue_version AS catalogue FROM budget_version WHERE id = 1').get() as { version: number; catalogue: number } | undefined) ?? {
    version: 0,
    catalogue: 0,
  };
}

export const dataVersion = (db: BudgetDb): number => dataVersions(db).version;

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
  return prepared(db, `SELECT ${SOURCE_COLUMNS} FROM sources ORDER BY seq`).all() as Source[];
}

export function sourceById(db: BudgetDb, id: string): Source | undefined {
  return prepared(db, `SELECT ${SOURCE_COLUMNS} FROM sources WHERE id = ?`).get(id) as Source | undefined;
}

/** Adds a source or updates its names and amount (its opening reserve never changes after the fact). */
export function upsertSource(db: BudgetDb, source: Source): void {
  prepared(
    db,
    `INSERT INTO sources (id, name, name_kk, name_en, amount, reserved) VALUES (@id, @name, @nameKk, @nameEn, @amount, @reserved)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_kk = excluded.name_kk, name_en = excluded.name_en, amount = excluded.amount`,
  ).run(source);
}

// ── Priority areas ─────────────────────────────────────────────────────────────────────────────

/** Every dated ranking entry, in the order they were written. */
export function listPriorityEntries(db: BudgetDb): PriorityEntry[] {
  return prepared(db, `SELECT ${PRIORITY_COLUMNS} FROM priorities ORDER BY seq`).all() as PriorityEntry[];
}

/** The ranking in force on `date`: per area, the entry with the latest `since` not after it, ordered by rank. */
export function rankingOn(db: BudgetDb, date: string): PriorityEntry[] {
  return prepared(
    db,
    `SELECT ${PRIORITY_COLUMNS.replace(/(^|, )(\w+)/g, '$1p.$2')} FROM priorities p
     WHERE p.since = (SELECT MAX(q.since) FROM priorities q WHERE q.id = p.id AND q.since <= ?)
     ORDER BY p.rank, p.id`,
  ).all(date) as PriorityEntry[];
}

export function upsertPriorityEntry(db: BudgetDb, entry: PriorityEntry): void {
  prepared(
    db,
    `INSERT INTO priorities (id, title, title_kk, title_en, rank, since) VALUES (@id, @title, @titleKk, @titleEn, @rank, @since)
     ON CONFLICT (id, since) DO UPDATE SET title = excluded.title, title_kk = excluded.title_kk, title_en = excluded.title_en, rank = excluded.rank`,
  ).run(entry);
}

// ── Projects ───────────────────────────────────────────────────────────────────────────────────

/** Every project, in the order they were added. */
export function listProjects(db: BudgetDb): Project[] {
  return prepared(db, `SELECT ${PROJECT_COLUMNS} FROM projects ORDER BY seq`).all() as Project[];
}

export function projectById(db: BudgetDb, id: string): Project | undefined {
  return prepared(db, `SELECT ${PROJECT_COLUMNS} FROM projects WHERE id = ?`).get(id) as Project | undefined;
}

export function upsertProject(db: BudgetDb, project: Project): void {
  prepared(
    db,
    `INSERT INTO projects (id, name, name_kk, name_en, priority, status, owner) VALUES (@id, @name, @nameKk, @nameEn, @priority, @status, @owner)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_kk = excluded.name_kk, name_en = excluded.name_en,
       priority = excluded.priority, status = excluded.status, owner = excluded.owner`,
  ).run(project);
}

// ── Administrators ─────────────────────────────────────────────────────────────────────────────

export function listAdministrators(db: BudgetDb): Administrator[] {
  return prepared(db, 'SELECT name, name_kk AS nameKk, name_en AS nameEn FROM administrators ORDER BY name').all() as Administrator[];
}

/** Adds an administrator; with names in other languages, sets them. */
export function upsertAdministrator(db: BudgetDb, row: Administrator): void {
  prepared(
    db,
    `INSERT INTO administrators (name, name_kk, name_en) VALUES (@name, @nameKk, @nameEn)
     ON CONFLICT (name) DO UPDATE SET name_kk = COALESCE(excluded.name_kk, name_kk), name_en = COALESCE(excluded.name_en, name_en)`,
  ).run(row);
}

// ── Names ──────────────────────────────────────────────────────────────────────────────────────

export type NamedKind = 'project' | 'source' | 'priority' | 'administrator';

/** A named thing: its id, its official name, and the names in Kazakh and English when known. */
export interface NamedRow {
  id: string;
  name: string;
  nameKk: string | null;
  nameEn: string | null;
}

const NAMED_SQL: Record<NamedKind, string> = {
  project: 'SELECT id, name, name_kk AS nameKk, name_en AS nameEn FROM projects',
  source: 'SELECT id, name, name_kk AS nameKk, name_en AS nameEn FROM sources',
  priority: 'SELECT id, title AS name, title_kk AS nameKk, title_en AS nameEn FROM priorities',
  administrator: 'SELECT name AS id, name, name_kk AS nameKk, name_en AS nameEn FROM administrators',
};

/** Everything of a kind with its names (each priority area once, with its latest titles). */
export function namedRows(db: BudgetDb, kind: NamedKind): NamedRow[] {
  const sql = kind === 'priority' ? `${NAMED_SQL.priority} p WHERE seq = (SELECT MAX(seq) FROM priorities q WHERE q.id = p.id) ORDER BY (SELECT MIN(seq) FROM priorities q WHERE q.id = p.id)` : `${NAMED_SQL[kind]} ORDER BY ${kind === 'administrator' ? 'name' : 'seq'}`;
  return prepared(db, sql).all() as NamedRow[];
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
  db.$client.exec(`DELETE FROM transfers; DELETE FROM monthly_flows; DELETE FROM savings_recognitions; DELETE FROM projects; DELETE FROM priorities; DELETE FROM sources;
                   DELETE FROM administrators; DELETE FROM accounts WHERE kind IN ('reserve', 'project'); DELETE FROM programme; DELETE FROM macro;
                   DELETE FROM ledger_index_snapshot;`);
  for (const { sql } of triggers) db.$client.exec(sql);
}
