import type { BudgetDb } from '../../db/client.js';
import { statement } from '../../db/statements.js';

export interface Catalogue {
  projects: { id: string; name: string; priority: string }[];
  sources: { id: string; name: string }[];
  priorities: { id: string; title: string }[];
}

const cached = new WeakMap<BudgetDb, { key: string; catalogue: Catalogue }>();

/**
 * The names the bot matches words against: projects, sources and priority areas. The same object is
 * returned until anything is written to the database (by this or another connection), so the
 * parser's index over it is built once, not per message.
 */
export function loadCatalogue(db: BudgetDb): Catalogue {
  const { version } = statement(db, 'SELECT total_changes() AS version').get() as { version: number };
  const key = `${db.$client.pragma('data_version', { simple: true }) as number}:${version}`;
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
