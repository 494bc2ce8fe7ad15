import type { BudgetDb } from '../../db/client.js';
import { statement } from '../../db/statements.js';

export interface Catalogue {
  projects: { id: string; name: string; priority: string }[];
  sources: { id: string; name: string }[];
  priorities: { id: string; title: string }[];
}

const cached = new WeakMap<BudgetDb, { key: number; catalogue: Catalogue }>();

/**
 * A number that changes whenever transfers, projects, sources or priorities change, by any connection
 * or process (triggers raise it): what caches of budget answers are keyed on. Audit entries and
 * subscriptions do not move it.
 */
export function dataVersion(db: BudgetDb): number {
  return (statement(db, 'SELECT version FROM budget_version WHERE id = 1').get() as { version: number } | undefined)?.version ?? 0;
}

/**
 * The names the bot matches words against: projects, sources and priority areas. The same object is
 * returned until the budget data changes, so the parser's index over it is built once, not per message.
 */
export function loadCatalogue(db: BudgetDb): Catalogue {
  const key = dataVersion(db);
  const hit = cached.get(db);
  if (hit?.key === key) return hit.catalogue;
  const catalogue = readCatalogue(db);
  cached.set(db, { key, catalogue });
  return catalogue;
}

function readCatalogue(db: BudgetDb): Catalogue {
  return {
    projects: statement(db, 'SELECT id, name, priority FROM projects ORDER BY seq').all() as Catalogue['projects'],
    sources: statement(db, 'SELECT id, name FROM sources ORDER BY seq').all() as Catalogue['sources'],
    priorities: statement(db, 'SELECT id, title FROM priorities GROUP BY id ORDER BY MIN(seq)').all() as Catalogue['priorities'],
  };
}
