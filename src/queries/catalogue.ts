import type { BudgetDb } from '../../db/client.js';
import { catalogueNames, dataVersion } from '../../db/stores/catalogue-store.js';
import type { Catalogue } from '../language/index.js';

const cached = new WeakMap<BudgetDb, { key: number; catalogue: Catalogue }>();

/**
 * The names the bot matches words against: projects, sources and priority areas. The same object is
 * returned until the budget data changes, so the parser's index over it is built once, not per message.
 */
export function loadCatalogue(db: BudgetDb): Catalogue {
  const key = dataVersion(db);
  const hit = cached.get(db);
  if (hit?.key === key) return hit.catalogue;
  const catalogue = catalogueNames(db);
  cached.set(db, { key, catalogue });
  return catalogue;
}
