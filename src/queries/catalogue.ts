import type { BudgetDb } from '../../db/client.js';
import { dataVersions, getProgramme, listAdministrators, listProjects, listSources, namedRows, type NamedRow, type Project, type Source } from '../../db/stores/catalogue-store.js';
import type { Catalogue } from '../language/index.js';

/** The catalogue in memory: every named thing by id, and the names the parser matches words against. */
export interface BudgetCatalogue {
  readonly projects: Map<string, Project>;
  sources: Map<string, Source>;
  areas: Map<string, NamedRow>;
  administrators: Map<string, NamedRow>;
  /** Each thing with all its names (official, Kazakh, English), for the plain-language parser. */
  readonly forParser: Catalogue;
}

const cached = new WeakMap<BudgetDb, { key: number; catalogue: BudgetCatalogue }>();

/** The programme's administrator in every language the catalogue knows it in ("МЧС" and "ТЖМ" are its initials). */
function administratorNames(name: string, administrators: { name: string; nameKk: string | null; nameEn: string | null }[]): string {
  const known = administrators.find((a) => a.name === name);
  return known ? allNames(known).join(' / ') : name;
}

/** All the names a thing goes by. */
export const allNames = (thing: { name: string; nameKk: string | null; nameEn: string | null }): string[] =>
  [thing.name, thing.nameKk, thing.nameEn].filter((n): n is string => Boolean(n));

/**
 * The catalogue, read once and reused until the catalogue changes (transfers do not change it), so
 * the parser's index over it is built once, not per message.
 */
export function loadCatalogue(db: BudgetDb): BudgetCatalogue {
  const key = dataVersions(db).catalogue;
  const hit = cached.get(db);
  if (hit?.key === key) return hit.catalogue;
  const sources = listSources(db);
  const areas = namedRows(db, 'priority');
  const administrators = listAdministrators(db).map((a) => ({ id: a.name, ...a }));
  const programme = getProgramme(db);
  // Projects (ten thousand rows at size) are read when an answer first needs them: the reserves
  // asked right after a start do not wait for them. A catalogue change makes a new object, so
  // they are read at most once per catalogue.
  let projects: Project[] | undefined;
  const projectRows = () => (projects ??= listProjects(db));
  let projectMap: Map<string, Project> | undefined;
  let forParser: Catalogue | undefined;
  const catalogue: BudgetCatalogue = {
    get projects() {
      return (projectMap ??= new Map(projectRows().map((p) => [p.id, p])));
    },
    sources: new Map(sources.map((s) => [s.id, s])),
    areas: new Map(areas.map((a) => [a.id, a])),
    administrators: new Map(administrators.map((a) => [a.id, a])),
    get forParser() {
      return (forParser ??= {
        projects: projectRows().map((p) => ({ id: p.id, name: p.name, names: allNames(p), priority: p.priority, owner: p.owner })),
        sources: sources.map((s) => ({ id: s.id, name: s.name, names: allNames(s) })),
        priorities: areas.map((a) => ({ id: a.id, title: a.name, titles: allNames(a) })),
        administrators: administrators.map((a) => ({ id: a.id, name: a.name, names: allNames(a) })),
        ...(programme ? { programme: programme.name, ...(programme.administrator ? { programmeAdministrator: administratorNames(programme.administrator, administrators) } : {}) } : {}),
      });
    },
  };
  cached.set(db, { key, catalogue });
  return catalogue;
}
