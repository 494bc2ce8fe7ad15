import type { BudgetDb } from '../../db/client.js';
import { allocationsBySource, allocationsFrom, releasedInto, releasesByReserve, releasesInto } from '../../db/stores/ledger-store.js';
import { FLOW_MEASURES, type BudgetQuery, type Grouping, type Measure, type Period } from './budget-query.js';
import { loadCatalogue, type BudgetCatalogue } from './catalogue.js';
import { LedgerIndex, type FlowTotals } from './ledger-index.js';

// Answers a structured budget query from the in-memory ledger index: one pass over the accounts
// (and the edge months of the period), whatever the ledger's size.

export interface QueryRow {
  /** A project id, area id, administrator, source id, status or month (YYYY-MM). */
  key: string;
  value: number;
  /** For execution: what was spent and what is left behind the percentage. */
  spent?: number;
  balance?: number;
}

export interface QueryAnswer {
  query: BudgetQuery & { period: Period };
  /** The whole scope's figure: tenge, a percentage (execution) or a count. */
  total: number;
  /** For execution, the totals behind the percentage. */
  spent?: number;
  balance?: number;
  /** The breakdown or the ranking, when asked for. */
  rows: QueryRow[];
  unit: 'tenge' | 'percent' | 'count';
  /** Asked by source, but what was passed on is not split by source: answered whole. */
  notBySource?: true;
}

/** The period a query covers: flows over the whole ledger up to today, stocks today, unless asked. */
export function resolvePeriod(query: Pick<BudgetQuery, 'measure' | 'period'>, today: string, firstDate: string | null): Period {
  if (query.period) return query.period;
  if (FLOW_MEASURES.has(query.measure) || query.measure === 'execution') return { kind: 'range', from: firstDate ?? today, to: today, grain: 'all' };
  return { kind: 'asOf', date: today };
}

/** The days a period spans: a range, or everything up to an as-of date. */
const spanOf = (period: Period, firstDate: string | null): { from: string; to: string } =>
  period.kind === 'range' ? { from: period.from, to: period.to } : { from: firstDate ?? period.date, to: period.date };

const SOURCE_MEASURES: ReadonlySet<Measure> = new Set(['freeReserve', 'reserved', 'funding']);

/** The last answers, valid while the ledger and the catalogue stay as they were (a meeting asks the same things). */
const ANSWERS = new WeakMap<LedgerIndex, { version: number; answers: Map<string, QueryAnswer> }>();
const ANSWERS_KEPT = 64;

export function answerQuery(db: BudgetDb, input: BudgetQuery, today: string): QueryAnswer {
  const index = LedgerIndex.of(db);
  let kept = ANSWERS.get(index);
  if (!kept || kept.version !== index.version) ANSWERS.set(index, (kept = { version: index.version, answers: new Map() }));
  const key = `${today} ${JSON.stringify(input)}`;
  const known = kept.answers.get(key);
  if (known) return known;
  const catalogue = loadCatalogue(db);
  const period = resolvePeriod(input, today, index.firstDate);
  const query = { ...input, period };
  const { from, to } = spanOf(period, index.firstDate);
  const sourceSide = SOURCE_MEASURES.has(query.measure) || (query.scope.kind === 'source' && query.measure === 'allocated');
  const toProjects = query.scope.kind === 'source' && query.measure === 'allocated' && query.groupBy !== undefined && query.groupBy !== 'source' && query.groupBy !== 'month';
  // What came back into one source's reserve from projects ("сколько вернули в резерв Всемирного банка").
  const backToSource = query.scope.kind === 'source' && query.measure === 'released' && query.groupBy !== 'month';
  const answer = toProjects
    ? allocatedToProjects(db, index, catalogue, query, from, to)
    : backToSource
      ? releasedToSource(db, index, catalogue, query, from, to)
    : sourceSide
      ? answerForSources(index, catalogue, query, from, to)
      : answerForProjects(db, index, catalogue, query, from, to);
  if (kept.answers.size >= ANSWERS_KEPT) kept.answers.delete(kept.answers.keys().next().value!);
  kept.answers.set(key, answer);
  return answer;
}

/** Reserves, reserved parts and funding per source (and what each source allocated). */
function answerForSources(index: LedgerIndex, catalogue: BudgetCatalogue, query: QueryAnswer['query'], from: string, to: string): QueryAnswer {
  const sources = [...catalogue.sources.values()].filter((s) => query.scope.kind !== 'source' || s.id === query.scope.id);
  const balances = query.measure === 'freeReserve' ? index.balances(to) : null;
  const flows = query.measure === 'allocated' ? index.flows(from, to) : null;
  const valueOf = (source: (typeof sources)[number]): number => {
    const account = index.accountIndex.get(`reserve:${source.id}`);
    switch (query.measure) {
      case 'freeReserve':
        return account === undefined ? source.reserved : balances![account]!;
      case 'reserved':
        return source.reserved;
      case 'funding':
        return source.amount;
      default:
        return account === undefined ? 0 : flows!.outProject[account]!;
    }
  };
  const rows = sources.map((s) => ({ key: s.id, value: valueOf(s) }));
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  // Reserves are the sources': any breakdown of them is by source ("не расписано по проектам" names no project's reserve).
  const grouped = query.groupBy !== undefined || query.rank !== undefined;
  return { query: grouped ? { ...query, groupBy: 'source' } : query, total, rows: grouped ? rank(rows, query.rank) : [], unit: 'tenge' };
}

/** What one source allocated, by the project (area, administrator) that got it. */
function allocatedToProjects(db: BudgetDb, index: LedgerIndex, catalogue: BudgetCatalogue, query: QueryAnswer['query'], from: string, to: string): QueryAnswer {
  // "Which got nothing from it" asks about every project, not only those it gave to.
  const everyProject = Boolean(query.rank && 'zero' in query.rank);
  return perProjectOfSource(index, catalogue, query, allocationsFrom(db, `reserve:${query.scope.id}`, from, to), everyProject, query.groupBy!);
}

/** What projects gave back to one source's reserve, in all or by the project (area, administrator) that gave it. */
function releasedToSource(db: BudgetDb, index: LedgerIndex, catalogue: BudgetCatalogue, query: QueryAnswer['query'], from: string, to: string): QueryAnswer {
  const grouping = query.groupBy && query.groupBy !== 'source' ? query.groupBy : query.rank ? 'project' : undefined;
  return perProjectOfSource(index, catalogue, query, releasesInto(db, `reserve:${query.scope.id}`, from, to), false, grouping);
}

/** Money between one source and projects, per project: its total and, when asked, its rows by `grouping`. */
function perProjectOfSource(
  index: LedgerIndex,
  catalogue: BudgetCatalogue,
  query: QueryAnswer['query'],
  amounts: readonly { project: string; amount: number }[],
  everyProject: boolean,
  grouping: Grouping | undefined,
): QueryAnswer {
  const table = projectTable(catalogue, index);
  const byProject = new Map(amounts.map((r) => [r.project, r.amount]));
  const chosen: number[] = [];
  table.projects.forEach((p, i) => (everyProject || byProject.has(p.id)) && chosen.push(i));
  const valueOf = (i: number) => byProject.get(table.projects[i]!.id) ?? 0;
  const rows = grouping ? rank(group(table, chosen, valueOf, grouping), query.rank) : [];
  return { query, total: chosen.reduce((sum, i) => sum + valueOf(i), 0), rows, unit: 'tenge' };
}

/** The catalogue's projects as columns beside their ledger accounts, built once per catalogue and index layout. */
interface ProjectTable {
  projects: BudgetCatalogue['projects'] extends Map<string, infer P> ? P[] : never;
  /** Each project's account position in the index (−1: no account yet). */
  accounts: Int32Array;
  /** Each project's row by its id: one project is looked up, not found among ten thousand. */
  rowOf: Map<string, number>;
  /** Per grouping, each project's group as a number, and the groups' keys (made when first asked). */
  groups: Map<Grouping, { codes: Int32Array; keys: string[] }>;
}

const TABLES = new WeakMap<BudgetCatalogue, { index: LedgerIndex; generation: number; table: ProjectTable }>();

function projectTable(catalogue: BudgetCatalogue, index: LedgerIndex): ProjectTable {
  const cached = TABLES.get(catalogue);
  if (cached && cached.index === index && cached.generation === index.generation) return cached.table;
  const projects = [...catalogue.projects.values()];
  const accounts = Int32Array.from(projects, (p) => index.accountIndex.get(`project:${p.id}`) ?? -1);
  const table = { projects, accounts, rowOf: new Map(projects.map((p, i) => [p.id, i])), groups: new Map() };
  TABLES.set(catalogue, { index, generation: index.generation, table });
  return table;
}

function answerForProjects(db: BudgetDb, index: LedgerIndex, catalogue: BudgetCatalogue, query: QueryAnswer['query'], from: string, to: string): QueryAnswer {
  const table = projectTable(catalogue, index);
  const { kind, id } = query.scope;
  const chosen: number[] = [];
  if (kind === 'project') {
    const row = id === undefined ? undefined : table.rowOf.get(id);
    if (row !== undefined) chosen.push(row);
  } else {
    table.projects.forEach((p, i) => {
      if (kind === 'programme' || (kind === 'area' && p.priority === id) || (kind === 'administrator' && p.owner === id) || (kind === 'status' && p.status === id)) chosen.push(i);
    });
  }
  const measure = query.measure;
  const grouping = query.groupBy ?? 'project';
  if (measure === 'projectCount') {
    const rows = query.groupBy ? group(table, chosen, () => 1, query.groupBy) : [];
    return { query, total: chosen.length, rows: rank(rows, query.rank), unit: 'count' };
  }
  if (query.groupBy === 'source') {
    // Sources are told apart by what they gave (the sources that "paid for" a project are those it got
    // money from); what a project passed on to others is its money as a whole, answered so, not as its receipts.
    if (query.scope.kind === 'programme' || !PASSED_ON.has(measure)) return bySource(db, index, catalogue, table, chosen, query, from, to);
    const { groupBy: _whole, ...whole } = query;
    return { ...answerForProjects(db, index, catalogue, whole, from, to), notBySource: true };
  }
  const flows = measure === 'balance' ? null : index.flows(from, to);
  const balances = measure === 'balance' || measure === 'execution' ? index.balances(to) : null;
  const account = (i: number) => table.accounts[i]!;
  const spentOf = (i: number) => (account(i) < 0 || !flows ? 0 : flows.outSpent[account(i)]!);
  const balanceOf = (i: number) => (account(i) < 0 || !balances ? 0 : balances[account(i)]!);
  if (measure === 'execution') {
    let spent = 0;
    let balance = 0;
    for (const i of chosen) {
      spent += spentOf(i);
      balance += balanceOf(i);
    }
    const rows = query.groupBy || query.rank ? groupExecution(table, chosen, spentOf, balanceOf, grouping) : [];
    // Something with nothing spent and nothing left has no execution to rank.
    // "Leave out the zeros": those at 0 % too.
    const nonZero = Boolean(query.rank && 'nonZero' in query.rank && query.rank.nonZero);
    const ranked = rank(rows.filter((r) => (r.spent ?? 0) + (r.balance ?? 0) > 0 && !(nonZero && r.value === 0)), query.rank);
    return { query, total: percent(spent, balance), spent, balance, rows: ranked, unit: 'percent' };
  }
  const valueOf = (i: number) => flowOrBalance(measure, flows, balances, account(i) < 0 ? undefined : account(i));
  let total = 0;
  for (const i of chosen) total += valueOf(i);
  let rows: QueryRow[] = [];
  if (query.groupBy === 'month') {
    const accounts = chosen.map(account).filter((a) => a >= 0);
    const series = flowsOf(measure).map(([flow, sign]) => index.monthly(flow, accounts, from, to).map((m) => ({ key: m.month, value: sign * m.value })));
    rows = series[0]!.map((row, k) => ({ key: row.key, value: series.reduce((sum, s) => sum + s[k]!.value, 0) }));
  } else if (query.groupBy || query.rank) {
    // "Who spent least" is asked of those who spent: who spent nothing is another question ("ничего не потратили").
    const skipZero = Boolean(query.rank && !('zero' in query.rank) && (('order' in query.rank && query.rank.order === 'bottom' && measure !== 'balance') || query.rank.nonZero));
    rows = group(table, chosen, valueOf, grouping).filter((r) => !skipZero || r.value !== 0);
  }
  // Months stay in calendar order unless a ranking was asked for.
  return { query, total, rows: query.groupBy === 'month' && !query.rank ? rows : rank(rows, query.rank), unit: 'tenge' };
}

/** What projects passed on to others: not split by the source it first came from. */
const PASSED_ON: ReadonlySet<Measure> = new Set(['passedOn', 'reallocated']);

/**
 * The money the chosen projects got, by the source it came from. For the whole programme that is
 * each reserve's allocations to projects (from the index); for some projects, their own rows.
 * What they gave back (`released`) is by the reserve it went back to.
 */
function bySource(db: BudgetDb, index: LedgerIndex, catalogue: BudgetCatalogue, table: ProjectTable, chosen: number[], query: QueryAnswer['query'], from: string, to: string): QueryAnswer {
  const totals = new Map<string, number>();
  if (query.measure === 'released') {
    if (query.scope.kind === 'programme') {
      for (const source of catalogue.sources.values()) {
        const value = releasedInto(db, `reserve:${source.id}`, from, to);
        if (value !== 0) totals.set(source.id, value);
      }
    } else {
      for (const i of chosen) {
        for (const { source, amount } of releasesByReserve(db, `project:${table.projects[i]!.id}`, from, to)) totals.set(source, (totals.get(source) ?? 0) + amount);
      }
    }
  } else if (query.scope.kind === 'programme') {
    const flows = index.flows(from, to);
    for (const source of catalogue.sources.values()) {
      const account = index.accountIndex.get(`reserve:${source.id}`);
      const value = account === undefined ? 0 : flows.outProject[account]!;
      if (value !== 0) totals.set(source.id, value);
    }
  } else {
    for (const i of chosen) {
      for (const { source, amount } of allocationsBySource(db, `project:${table.projects[i]!.id}`, from, to)) totals.set(source, (totals.get(source) ?? 0) + amount);
    }
  }
  const rows = [...totals].map(([key, value]) => ({ key, value }));
  return { query, total: rows.reduce((s, r) => s + r.value, 0), rows: rank(rows, query.rank ?? { order: 'top', n: 100 }), unit: 'tenge' };
}

function flowOrBalance(measure: Measure, flows: FlowTotals | null, balances: Float64Array | null, account: number | undefined): number {
  if (account === undefined) return 0;
  if (measure === 'balance') return balances![account]!;
  const f = flows!;
  switch (measure) {
    case 'spent':
      return f.outSpent[account]!;
    case 'received':
      return f.in[account]!;
    case 'allocated':
      return f.inReserve[account]!;
    case 'released':
      return f.outReserve[account]!;
    case 'passedOn':
      return f.out[account]! - f.outSpent[account]!;
    case 'reallocated':
      return f.outProject[account]!;
    default:
      return 0;
  }
}

/** The flows a measure adds up by month, each with its sign (passed on = all out but what was spent). */
function flowsOf(measure: Measure): [keyof FlowTotals, 1 | -1][] {
  const flows: Partial<Record<Measure, [keyof FlowTotals, 1 | -1][]>> = {
    spent: [['outSpent', 1]],
    received: [['in', 1]],
    allocated: [['inReserve', 1]],
    released: [['outReserve', 1]],
    passedOn: [['out', 1], ['outSpent', -1]],
    reallocated: [['outProject', 1]],
  };
  return flows[measure] ?? [['outSpent', 1]];
}

function keyOf(project: ProjectTable['projects'][number], grouping: Grouping): string {
  if (grouping === 'area') return project.priority;
  if (grouping === 'administrator') return project.owner;
  if (grouping === 'status') return project.status;
  return project.id;
}

/** Each project's group under `grouping` as a number (areas, administrators and statuses are few). */
function groupsOf(table: ProjectTable, grouping: Grouping): { codes: Int32Array; keys: string[] } {
  let groups = table.groups.get(grouping);
  if (!groups) {
    const keys: string[] = [];
    const codeOf = new Map<string, number>();
    const codes = Int32Array.from(table.projects, (p) => {
      const key = keyOf(p, grouping);
      let code = codeOf.get(key);
      if (code === undefined) codeOf.set(key, (code = keys.push(key) - 1));
      return code;
    });
    table.groups.set(grouping, (groups = { codes, keys }));
  }
  return groups;
}

function group(table: ProjectTable, chosen: number[], valueOf: (i: number) => number, grouping: Grouping): QueryRow[] {
  if (grouping === 'project') return chosen.map((i) => ({ key: table.projects[i]!.id, value: valueOf(i) }));
  const { codes, keys } = groupsOf(table, grouping);
  const totals = new Float64Array(keys.length);
  const seen = new Uint8Array(keys.length);
  for (const i of chosen) {
    totals[codes[i]!]! += valueOf(i);
    seen[codes[i]!] = 1;
  }
  return keys.flatMap((key, code) => (seen[code] ? [{ key, value: totals[code]! }] : []));
}

function groupExecution(table: ProjectTable, chosen: number[], spentOf: (i: number) => number, balanceOf: (i: number) => number, grouping: Grouping): QueryRow[] {
  if (grouping === 'project') return chosen.map((i) => ({ key: table.projects[i]!.id, value: percent(spentOf(i), balanceOf(i)), spent: spentOf(i), balance: balanceOf(i) }));
  const { codes, keys } = groupsOf(table, grouping);
  const spent = new Float64Array(keys.length);
  const balance = new Float64Array(keys.length);
  const seen = new Uint8Array(keys.length);
  for (const i of chosen) {
    spent[codes[i]!]! += spentOf(i);
    balance[codes[i]!]! += balanceOf(i);
    seen[codes[i]!] = 1;
  }
  return keys.flatMap((key, code) => (seen[code] ? [{ key, value: percent(spent[code]!, balance[code]!), spent: spent[code]!, balance: balance[code]! }] : []));
}

const byKey = (a: QueryRow, b: QueryRow): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Largest first (or smallest, or only zeros); the key breaks ties, so the order is always the same. */
function rank(rows: QueryRow[], ranking: BudgetQuery['rank']): QueryRow[] {
  if (ranking && 'zero' in ranking) return rows.filter((r) => r.value === 0).sort(byKey);
  const order = ranking && 'order' in ranking && ranking.order === 'bottom' ? (a: QueryRow, b: QueryRow) => a.value - b.value || byKey(a, b) : (a: QueryRow, b: QueryRow) => b.value - a.value || byKey(a, b);
  if (!ranking || !('order' in ranking)) return [...rows].sort(order);
  // The first few of ten thousand: one pass keeping them, not a sort of all.
  const kept: QueryRow[] = [];
  for (const row of rows) {
    if (kept.length === ranking.n && order(row, kept[kept.length - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && order(row, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, row);
    if (kept.length > ranking.n) kept.pop();
  }
  return kept;
}


/** Spent over what was there to spend, in per cent; 0 when there was nothing. */
const percent = (spent: number, balance: number): number => (spent + balance > 0 ? (spent / (spent + balance)) * 100 : 0);
