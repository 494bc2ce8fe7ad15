import type { BudgetDb } from '../../db/client.js';
import type { NamedKind } from '../../db/stores/catalogue-store.js';
import { catalogueCandidates, editDistance, isStopWord, matchEntities, normalizeText, tokenize } from '../language/index.js';
import { allNames, loadCatalogue, type BudgetCatalogue } from './catalogue.js';

/** A project, source, area or administrator: its id, official name and names in Kazakh and English. */
export interface NamedThing {
  id: string;
  name: string;
  nameKk: string | null;
  nameEn: string | null;
}

/**
 * One clear match, a few candidates to choose from, or nothing like it. `sure` says whether the
 * candidates are each a good match (the words name several things) or only look alike (a name the
 * data does not have, with the closest ones).
 */
export type Resolution = { kind: 'one'; match: NamedThing } | { kind: 'several'; candidates: NamedThing[]; sure: boolean } | { kind: 'none' };

const CLEAR = 0.8;
const MARGIN = 0.15;
const PLAUSIBLE = 0.5;
const CLOSE = 0.25;

/**
 * Finds what the user meant by `text`: an exact id (an index lookup), an exact name in any case
 * (a map lookup), then forgiving matching (typos, partial words, Latin ↔ Cyrillic).
 */
export function resolveName(db: BudgetDb, kind: NamedKind, text: string): Resolution {
  const query = text.trim();
  if (query === '') return { kind: 'none' };
  const catalogue = loadCatalogue(db);
  const named = namedThings(catalogue, kind);
  const byId = named.byId.get(query);
  if (byId) return { kind: 'one', match: byId };
  const exact = named.byName.get(normalizeText(query));
  if (exact?.length === 1) return { kind: 'one', match: exact[0]! };

  // The questions' index of every name, narrowed to this kind: one index in memory, not two.
  const ranked = matchEntities(query, catalogueCandidates(catalogue.forParser), { kind });
  const [top, second] = ranked;
  if (top && top.score >= CLEAR && (!second || second.score < top.score - MARGIN)) return { kind: 'one', match: named.byId.get(top.id)! };
  if (top && top.score >= CLEAR) return { kind: 'several', candidates: ranked.filter((r) => r.score >= top.score - MARGIN).slice(0, 5).map((r) => named.byId.get(r.id)!), sure: true };
  // The beginning of one word of one name is an abbreviation; anything else only looks alike (never answered as if it were it).
  const started = wordStartMatches(query, named.things);
  if (started.length === 1) return { kind: 'one', match: started[0]! };
  const plausible = ranked.filter((r) => r.score >= PLAUSIBLE).slice(0, 5);
  if (plausible.length === 0) {
    // Nothing it could well be: the closest few, to say "not there, but these are".
    const closest = started.length > 0 ? started : ranked.filter((r) => r.score >= CLOSE).slice(0, 3).map((r) => named.byId.get(r.id)!);
    return closest.length > 0 ? { kind: 'several', candidates: closest, sure: false } : { kind: 'none' };
  }
  const alike = plausible;
  // Every word typed is in some candidate ("интернет" is in two names): a choice. A word none has
  // ("умный город"): a name the data does not have, with the closest ones.
  const pool = alike.map((a) => ({ id: a.id, names: allNames(named.byId.get(a.id)!) }));
  const words = tokenize(normalizeText(query)).filter((t) => !isStopWord(t.text) && t.text.length >= 2);
  const nameWords = pool.flatMap((c) => c.names.flatMap((n) => normalizeText(n).split(' ')));
  const typo = (w: string) => w.length >= 5 && nameWords.some((n) => editDistance(w, n, 1) <= 1);
  const covered = words.every((w) => typo(w.text) || matchEntities(w.text, pool, { minScore: 0.01 }).length > 0);
  // One thing that every typed word fits, only loosely (typos, a part of its name): that one.
  if (covered && alike.length === 1) return { kind: 'one', match: named.byId.get(alike[0]!.id)! };
  return { kind: 'several', candidates: alike.map((r) => named.byId.get(r.id)!), sure: covered };
}

interface NamedThings {
  things: NamedThing[];
  byId: Map<string, NamedThing>;
  byName: Map<string, NamedThing[]>;
}

const namesByCatalogue = new WeakMap<BudgetCatalogue, Partial<Record<NamedKind, NamedThings>>>();

function namedThings(catalogue: BudgetCatalogue, kind: NamedKind): NamedThings {
  const perKind = namesByCatalogue.get(catalogue) ?? {};
  namesByCatalogue.set(catalogue, perKind);
  const cached = perKind[kind];
  if (cached) return cached;
  // The catalogue's own objects and maps: ten thousand projects are not copied again.
  const byId: Map<string, NamedThing> = kind === 'project' ? catalogue.projects : kind === 'source' ? catalogue.sources : kind === 'priority' ? catalogue.areas : catalogue.administrators;
  const things = [...byId.values()];
  const byName = new Map<string, NamedThing[]>();
  for (const thing of things) {
    for (const name of allNames(thing)) {
      const key = normalizeText(name);
      const list = byName.get(key) ?? [];
      if (!list.includes(thing)) byName.set(key, [...list, thing]);
    }
  }
  return (perKind[kind] = { things, byId, byName });
}

/** The beginning of a word, as people abbreviate in a hurry: "супер" → "Национальный суперкомпьютер". */
function wordStartMatches(query: string, things: NamedThing[]): NamedThing[] {
  const start = normalizeText(query);
  if (start.length < 4 || start.includes(' ')) return [];
  return things.filter((t) => normalizeText(t.name).split(' ').some((word) => word.startsWith(start))).slice(0, 5);
}
