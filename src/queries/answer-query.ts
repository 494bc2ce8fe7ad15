import type { BudgetDb } from '../../db/client.js';
import { allocationsBySource } from '../../db/stores/ledger-store.js';
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

export function answerQuery(db: BudgetDb, input: BudgetQuery, today: string): QueryAnswer {
  const index = LedgerIndex.of(db);
  const catalogue = loadCatalogue(db);
  const period = resolvePeriod(input, today, index.firstDate);
  const query = { ...input, period };
  const { from, to } = spanOf(period, index.firstDate);
  const sourceSide = SOURCE_MEASURES.has(query.measure) || (query.scope.kind === 'source' && query.measure === 'allocated');
  return sourceSide ? answerForSources(index, catalogue, query, from, to) : answerForProjects(db, index, catalogue, query, from, to);
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
  return { query, total, rows: query.groupBy || query.rank ? rank(rows, query.rank) : [], unit: 'tenge' };
}

function answerForProjects(db: BudgetDb, index: LedgerIndex, catalogue: BudgetCatalogue, query: QueryAnswer['query'], from: string, to: string): QueryAnswer {
  const projects = [...catalogue.projects.values()].filter((p) => {
    const { kind, id } = query.scope;
    if (kind === 'area') return p.priority === id;
    if (kind === 'administrator') return p.owner === id;
    if (kind === 'status') return p.status === id;
    if (kind === 'project') return p.id === id;
    return true;
  });
  const measure = query.measure;
  if (measure === 'projectCount') {
    const rows = query.groupBy ? group(projects.map((p) => ({ project: p, value: 1 })), query.groupBy) : [];
    return { query, total: projects.length, rows: rank(rows, query.rank), unit: 'count' };
  }
  // A project's money by the source it came from: its allocations, read from the ledger for these projects.
  if (query.groupBy === 'source') {
    const bySource = new Map<string, number>();
    for (const p of projects) for (const { source, amount } of allocationsBySource(db, `project:${p.id}`, from, to)) bySource.set(source, (bySource.get(source) ?? 0) + amount);
    const rows = [...bySource].map(([key, value]) => ({ key, value }));
    return { query, total: rows.reduce((s, r) => s + r.value, 0), rows: rank(rows, query.rank ?? { order: 'top', n: 100 }), unit: 'tenge' };
  }
  const flows = measure === 'balance' ? null : index.flows(from, to);
  const balances = measure === 'balance' || measure === 'execution' ? index.balances(to) : null;
  const perProject = projects.map((project) => {
    const account = index.accountIndex.get(`project:${project.id}`);
    const spent = account === undefined || !flows ? 0 : flows.outSpent[account]!;
    const balance = account === undefined || !balances ? 0 : balances[account]!;
    return { project, value: measure === 'execution' ? spent : flowOrBalance(measure, flows, balances, account), spent, balance };
  });
  if (measure === 'execution') {
    const spent = sum(perProject.map((p) => p.spent));
    const balance = sum(perProject.map((p) => p.balance));
    const rows = query.groupBy || query.rank ? groupExecution(perProject, query.groupBy ?? 'project') : [];
    // Something with nothing spent and nothing left has no execution to rank.
    const ranked = rank(rows.filter((r) => (r.spent ?? 0) + (r.balance ?? 0) > 0), query.rank);
    return { query, total: percent(spent, balance), spent, balance, rows: ranked, unit: 'percent' };
  }
  const total = sum(perProject.map((p) => p.value));
  let rows: QueryRow[] = [];
  if (query.groupBy === 'month') {
    const accounts = projects.map((p) => index.accountIndex.get(`project:${p.id}`)).filter((a): a is number => a !== undefined);
    rows = index.monthly(flowOf(measure), accounts, from, to).map((m) => ({ key: m.month, value: m.value }));
  } else if (query.groupBy || query.rank) {
    rows = group(perProject, query.groupBy ?? 'project');
    // "Who spent least" is asked of those who spent: who spent nothing is another question ("ничего не потратили").
    if (query.rank && !('zero' in query.rank) && query.rank.order === 'bottom' && measure !== 'balance') rows = rows.filter((r) => r.value !== 0);
  }
  // Months stay in calendar order unless a ranking was asked for.
  return { query, total, rows: query.groupBy === 'month' && !query.rank ? rows : rank(rows, query.rank), unit: 'tenge' };
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
    default:
      return 0;
  }
}

function flowOf(measure: Measure): keyof FlowTotals {
  return ({ spent: 'outSpent', received: 'in', allocated: 'inReserve', released: 'outReserve' } as Partial<Record<Measure, keyof FlowTotals>>)[measure] ?? 'outSpent';
}

type ProjectValue = { project: { id: string; priority: string; owner: string; status: string }; value: number; spent?: number; balance?: number };

function keyOf(project: ProjectValue['project'], grouping: Grouping): string {
  if (grouping === 'area') return project.priority;
  if (grouping === 'administrator') return project.owner;
  if (grouping === 'status') return project.status;
  return project.id;
}

function group(values: ProjectValue[], grouping: Grouping): QueryRow[] {
  const totals = new Map<string, number>();
  for (const v of values) totals.set(keyOf(v.project, grouping), (totals.get(keyOf(v.project, grouping)) ?? 0) + v.value);
  return [...totals].map(([key, value]) => ({ key, value }));
}

function groupExecution(values: (ProjectValue & { spent: number; balance: number })[], grouping: Grouping): QueryRow[] {
  const totals = new Map<string, { spent: number; balance: number }>();
  for (const v of values) {
    const key = keyOf(v.project, grouping);
    const t = totals.get(key) ?? { spent: 0, balance: 0 };
    t.spent += v.spent;
    t.balance += v.balance;
    totals.set(key, t);
  }
  return [...totals].map(([key, t]) => ({ key, value: percent(t.spent, t.balance), spent: t.spent, balance: t.balance }));
}

/** Largest first (or smallest, or only zeros); a stable order by key breaks ties. */
function rank(rows: QueryRow[], ranking: BudgetQuery['rank']): QueryRow[] {
  if (ranking && 'zero' in ranking) return rows.filter((r) => r.value === 0).sort((a, b) => a.key.localeCompare(b.key));
  const sorted = [...rows].sort((a, b) => (ranking?.order === 'bottom' ? a.value - b.value : b.value - a.value) || a.key.localeCompare(b.key));
  return ranking ? sorted.slice(0, ranking.n) : sorted;
}

const sum = (values: number[]): number => values.reduce((s, v) => s + v, 0);

/** Spent over what was there to spend, in per cent; 0 when there was nothing. */
const percent = (spent: number, balance: number): number => (spent + balance > 0 ? (spent / (spent + balance)) * 100 : 0);
