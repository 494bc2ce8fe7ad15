import type { BudgetDb } from '../../db/client.js';
import { namedById, type NamedKind } from '../../db/stores/catalogue-store.js';
import { matchEntities, normalizeText, type Catalogue } from '../language/index.js';
import { loadCatalogue } from './catalogue.js';

export interface NamedThing {
  id: string;
  name: string;
}

/** One clear match, a few candidates to choose from, or nothing like it. */
export type Resolution = { kind: 'one'; match: NamedThing } | { kind: 'several'; candidates: NamedThing[] } | { kind: 'none' };

const CLEAR = 0.8;
const MARGIN = 0.15;
const PLAUSIBLE = 0.5;

/**
 * Finds what the user meant by `text`: an exact id (an index lookup), an exact name in any case
 * (a map lookup), then forgiving matching (typos, partial words, Latin ↔ Cyrillic).
 */
export function resolveName(db: BudgetDb, kind: NamedKind, text: string): Resolution {
  const query = text.trim();
  if (query === '') return { kind: 'none' };
  const byId = namedById(db, kind, query);
  if (byId) return { kind: 'one', match: byId };
  const named = namedThings(loadCatalogue(db), kind);
  const exact = named.byName.get(normalizeText(query));
  if (exact?.length === 1) return { kind: 'one', match: exact[0]! };

  const ranked = matchEntities(query, named.candidates);
  const [top, second] = ranked;
  if (top && top.score >= CLEAR && (!second || second.score < top.score - MARGIN)) return { kind: 'one', match: named.byId.get(top.id)! };
  let candidates = ranked.filter((r) => r.score >= PLAUSIBLE).slice(0, 5).map((r) => named.byId.get(r.id)!);
  if (candidates.length === 0) candidates = wordStartMatches(query, named.things);
  if (candidates.length === 1) return { kind: 'one', match: candidates[0]! };
  return candidates.length > 0 ? { kind: 'several', candidates } : { kind: 'none' };
}

interface NamedThings {
  things: NamedThing[];
  byId: Map<string, NamedThing>;
  byName: Map<string, NamedThing[]>;
  /** The same array object while the catalogue is unchanged, so the matcher's index over it is built once. */
  candidates: { id: string; names: string[] }[];
}

const namesByCatalogue = new WeakMap<Catalogue, Partial<Record<NamedKind, NamedThings>>>();

function namedThings(catalogue: Catalogue, kind: NamedKind): NamedThings {
  const perKind = namesByCatalogue.get(catalogue) ?? {};
  namesByCatalogue.set(catalogue, perKind);
  const cached = perKind[kind];
  if (cached) return cached;
  const things: NamedThing[] =
    kind === 'project' ? catalogue.projects : kind === 'source' ? catalogue.sources : catalogue.priorities.map((p) => ({ id: p.id, name: p.title }));
  const byName = new Map<string, NamedThing[]>();
  for (const thing of things) {
    const key = normalizeText(thing.name);
    byName.set(key, [...(byName.get(key) ?? []), thing]);
  }
  return (perKind[kind] = { things, byId: new Map(things.map((t) => [t.id, t])), byName, candidates: things.map((t) => ({ id: t.id, names: [t.name, t.id] })) });
}

/** The beginning of a word, as people abbreviate in a hurry: "супер" → "Национальный суперкомпьютер". */
function wordStartMatches(query: string, things: NamedThing[]): NamedThing[] {
  const start = normalizeText(query);
  if (start.length < 4 || start.includes(' ')) return [];
  return things.filter((t) => normalizeText(t.name).split(' ').some((word) => word.startsWith(start))).slice(0, 5);
}
