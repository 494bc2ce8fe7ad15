import type { BudgetDb } from '../../db/client.js';
import { statement } from '../../db/statements.js';
import { matchEntities, normalizeText } from '../language/index.js';
import { loadCatalogue, type Catalogue } from './catalogue.js';

export interface NamedThing {
  id: string;
  name: string;
}

/** One clear match, a few candidates to choose from, or nothing like it. */
export type Resolution = { kind: 'one'; match: NamedThing } | { kind: 'several'; candidates: NamedThing[] } | { kind: 'none' };

const CLEAR = 0.8;
const MARGIN = 0.15;
const PLAUSIBLE = 0.5;

type Kind = 'project' | 'source' | 'priority';

// An id first, then a name: `id = @q OR lower(name) = …` cannot use the id index and scanned every project.
const ID_SQL: Record<Kind, string> = {
  project: 'SELECT id, name FROM projects WHERE id = @q',
  source: 'SELECT id, name FROM sources WHERE id = @q',
  priority: 'SELECT id, title AS name FROM priorities WHERE id = @q LIMIT 1',
};
const EXACT_NAME_SQL: Record<Kind, string> = {
  project: 'SELECT id, name FROM projects WHERE lower(name) = lower(@q) LIMIT 2',
  source: 'SELECT id, name FROM sources WHERE lower(name) = lower(@q) LIMIT 2',
  priority: 'SELECT id, title AS name FROM priorities WHERE lower(title) = lower(@q) GROUP BY id LIMIT 2',
};

/**
 * Finds what the user meant by `text`: an exact id or name first (an index lookup, whatever the
 * catalogue's size), then forgiving matching (case, typos, partial words, Latin ↔ Cyrillic).
 */
export function resolveName(db: BudgetDb, kind: Kind, text: string): Resolution {
  const query = text.trim();
  if (query === '') return { kind: 'none' };
  const byIdRow = statement(db, ID_SQL[kind]).get({ q: query }) as NamedThing | undefined;
  if (byIdRow) return { kind: 'one', match: byIdRow };
  const exact = statement(db, EXACT_NAME_SQL[kind]).all({ q: query }) as NamedThing[];
  if (exact.length === 1) return { kind: 'one', match: exact[0]! };

  const { things, byId, candidates: entities } = namedThings(loadCatalogue(db), kind);
  const ranked = matchEntities(query, entities);
  const [top, second] = ranked;
  if (top && top.score >= CLEAR && (!second || second.score < top.score - MARGIN)) return { kind: 'one', match: byId.get(top.id)! };
  let candidates = ranked.filter((r) => r.score >= PLAUSIBLE).slice(0, 5).map((r) => byId.get(r.id)!);
  if (candidates.length === 0) candidates = wordStartMatches(query, things);
  if (candidates.length === 1) return { kind: 'one', match: candidates[0]! };
  return candidates.length > 0 ? { kind: 'several', candidates } : { kind: 'none' };
}

interface NamedThings {
  things: NamedThing[];
  byId: Map<string, NamedThing>;
  /** The same array object while the catalogue is unchanged, so the matcher's index over it is built once. */
  candidates: { id: string; names: string[] }[];
}

const namesByCatalogue = new WeakMap<Catalogue, Partial<Record<Kind, NamedThings>>>();

function namedThings(catalogue: Catalogue, kind: Kind): NamedThings {
  const perKind = namesByCatalogue.get(catalogue) ?? {};
  namesByCatalogue.set(catalogue, perKind);
  const things: NamedThing[] =
    kind === 'project' ? catalogue.projects : kind === 'source' ? catalogue.sources : catalogue.priorities.map((p) => ({ id: p.id, name: p.title }));
  return (perKind[kind] ??= { things, byId: new Map(things.map((t) => [t.id, t])), candidates: things.map((t) => ({ id: t.id, names: [t.name, t.id] })) });
}

/** The beginning of a word, as people abbreviate in a hurry: "супер" → "Национальный суперкомпьютер". */
function wordStartMatches(query: string, things: NamedThing[]): NamedThing[] {
  const start = normalizeText(query);
  if (start.length < 4 || start.includes(' ')) return [];
  return things.filter((t) => normalizeText(t.name).split(' ').some((word) => word.startsWith(start))).slice(0, 5);
}
