import type { BudgetDb } from '../../db/client.js';
import type { Project, ProjectWithBalance } from '../../db/stores/catalogue-store.js';
import type { ProjectStatus } from '../../db/schema.js';
import { projectAccount } from '../ledger/accounts.js';
import { loadCatalogue } from './catalogue.js';
import { LedgerIndex } from './ledger-index.js';

/**
 * A page of the projects (in the catalogue's order, by status, area or administrator) with their balances at the
 * end of `date`, and how many there are in all. Only the page's balances are looked up: ten
 * thousand projects cost no more than thirty.
 */
export function projectPage(
  db: BudgetDb,
  filter: { status?: ProjectStatus; priority?: string; owner?: string },
  date: string,
  page: { offset: number; limit: number },
): { total: number; projects: ProjectWithBalance[] } {
  const matching: Project[] = [];
  for (const p of loadCatalogue(db).projects.values()) {
    if ((filter.status === undefined || p.status === filter.status) && (filter.priority === undefined || p.priority === filter.priority) && (filter.owner === undefined || p.owner === filter.owner)) matching.push(p);
  }
  const index = LedgerIndex.of(db);
  const balances = index.balances(date);
  const balanceOf = (id: string) => {
    const at = index.accountIndex.get(projectAccount(id));
    return at === undefined ? 0 : balances[at]!;
  };
  const shown = matching.slice(page.offset, page.offset + page.limit).map((p) => ({ ...p, balance: balanceOf(p.id) }));
  return { total: matching.length, projects: shown };
}
