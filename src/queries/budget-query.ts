import { z } from 'zod';
import { isIsoDate } from '../format/iso-date.js';

// A question about the budget as one structured query: a measure, over a scope, in a period,
// maybe grouped and ranked. Every command that answers with figures (spent, balance, execution, …)
// builds one, from a slash command's words or a plain question, and one module answers it.

export const MEASURES = [
  /** Money projects spent (transfers to `spent`). */
  'spent',
  /** Everything that came into projects: allocations, reallocations in, reinvestments. */
  'received',
  /** What reserves gave projects (reserve → project). */
  'allocated',
  /** What projects gave back to reserves. */
  'released',
  /** What projects passed to other projects or back to reserves. */
  'passedOn',
  /** What projects passed to other projects (reallocations out). */
  'reallocated',
  /** Money in projects not yet spent. */
  'balance',
  /** Spent ÷ (spent + balance), in %. */
  'execution',
  /** Reserved money not yet given to a project. */
  'freeReserve',
  /** The part of each source reserved for the programme. */
  'reserved',
  /** Sources' whole funding. */
  'funding',
  /** How many projects. */
  'projectCount',
] as const;
export type Measure = (typeof MEASURES)[number];

/** Measures that add up over a period; the others are what stood at its end. */
export const FLOW_MEASURES: ReadonlySet<Measure> = new Set(['spent', 'received', 'allocated', 'released', 'passedOn', 'reallocated']);

export const SCOPE_KINDS = ['programme', 'source', 'area', 'project', 'administrator', 'status'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export const GROUPINGS = ['source', 'area', 'administrator', 'project', 'status', 'month'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** How a period was named, for the line that says what was understood. */
export const PERIOD_GRAINS = ['all', 'day', 'month', 'quarter', 'half', 'year', 'toDate', 'days'] as const;
export type PeriodGrain = (typeof PERIOD_GRAINS)[number];

const isoDate = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');

export const periodSchema = z.union([
  /** What stood at the end of a day. */
  z.object({ kind: z.literal('asOf'), date: isoDate }),
  /** Days from…to, both included. */
  z.object({ kind: z.literal('range'), from: isoDate, to: isoDate, grain: z.enum(PERIOD_GRAINS) }),
]);
export type Period = z.infer<typeof periodSchema>;

export const scopeSchema = z.object({ kind: z.enum(SCOPE_KINDS), id: z.string().max(500).optional() });
export type Scope = z.infer<typeof scopeSchema>;

export const rankingSchema = z.union([
  /** `nonZero`: leave out what has none ("нулевые не считать"). */
  z.object({ order: z.enum(['top', 'bottom']), n: z.number().int().min(1).max(100), nonZero: z.literal(true).optional() }),
  /** Only what has none (projects that spent nothing). */
  z.object({ zero: z.literal(true) }),
  /** Every one that has some, largest first ("balances per administrator, leave out the zeros"). */
  z.object({ nonZero: z.literal(true) }),
]);
export type Ranking = z.infer<typeof rankingSchema>;

export const budgetQuerySchema = z.object({
  measure: z.enum(MEASURES),
  scope: scopeSchema.default({ kind: 'programme' }),
  period: periodSchema.optional(),
  groupBy: z.enum(GROUPINGS).optional(),
  rank: rankingSchema.optional(),
});
export type BudgetQuery = z.infer<typeof budgetQuerySchema>;

/** The parts of a query a command's words can give (the command supplies the measure). */
export const queryPartsSchema = budgetQuerySchema.omit({ measure: true }).partial();
export type QueryParts = z.infer<typeof queryPartsSchema>;
