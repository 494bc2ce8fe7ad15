import { z } from 'zod';
import { GROUPINGS, MEASURES, periodSchema, rankingSchema, SCOPE_KINDS } from '../../src/queries/budget-query.js';
import { asTyped, ENTITY_KINDS, readBudgetQuestion, readQuestion, wordsOfNamed, type BudgetQuestion, type EntityKind, type IntentWords, type Mention, type Reading } from '../../src/language/index.js';
import { loadCatalogue } from '../../src/queries/catalogue.js';
import type { AnyCommand, CommandContext } from '../command.js';

// The arguments every figures command takes: what the question is about, when, broken down and
// ranked how, and a name it could not find. The same keys come from `/command words` and from a
// plain question.

export const queryArgsSchema = z.object({
  scope: z.object({ kind: z.enum(SCOPE_KINDS), id: z.string().max(500).optional() }).optional(),
  /** Other things the same words name equally well: offered as buttons. */
  alternatives: z.array(z.string().max(500)).max(10).optional(),
  period: periodSchema.optional(),
  groupBy: z.enum(GROUPINGS).optional(),
  rank: rankingSchema.optional(),
  /** Only the money that came from this source (a project's allocations by source). */
  via: z.string().max(200).optional(),
  /** A name the data does not have. */
  unknown: z.object({ text: z.string().max(500), kind: z.enum(ENTITY_KINDS).optional() }).optional(),
  /** A date that does not exist, as typed: refused with a way to write it right. */
  impossibleDate: z.string().max(200).optional(),
  /** Which page of a long breakdown (the answer's Next and Back buttons). */
  page: z.number().int().min(1).max(10_000).optional(),
  /** Answer with the breakdown as a bar chart (the answer's 📊 button). */
  chart: z.boolean().optional(),
  /** Words the reader could not place: the answer says it did not use them. */
  unused: z.string().max(500).optional(),
  /** Which of the command's measures, when its words chose one (e.g. "зарезервировано" for /reserved). */
  measure: z.enum(MEASURES).optional(),
  /** More measures asked in the same breath ("получено, потрачено, остаток"), answered together. */
  also: z.array(z.enum(MEASURES)).max(6).optional(),
});
export type QueryArgs = z.infer<typeof queryArgsSchema>;

/** Query arguments from a question as read. */
export function queryArgsOf(question: BudgetQuestion, via?: string): QueryArgs {
  return {
    ...(question.scope ? { scope: question.scope } : {}),
    ...(question.alternatives ? { alternatives: question.alternatives } : {}),
    ...(question.period ? { period: question.period } : {}),
    ...(question.groupBy ? { groupBy: question.groupBy } : {}),
    ...(question.rank ? { rank: question.rank } : {}),
    ...(question.unknown ? { unknown: question.unknown } : {}),
    ...(question.unused ? { unused: question.unused } : {}),
    ...(question.impossibleDate ? { impossibleDate: question.impossibleDate } : {}),
    ...(via ? { via } : {}),
  };
}

const INTENTS_OF = new WeakMap<readonly AnyCommand[], IntentWords[]>();

/** The parser's view of the commands (for reading a command's own words with every keyword known); the same array each time, so the parser compiles their words once. */
export function intentsOf(commands: readonly AnyCommand[]): IntentWords[] {
  let intents = INTENTS_OF.get(commands);
  if (!intents) INTENTS_OF.set(commands, (intents = commands.flatMap((c) => (c.words ? [{ name: c.name, ...c.words }] : []))));
  return intents;
}

/** The words after `/command` read like a question. */
export function readCommandWords(text: string, context: CommandContext): Reading {
  return readQuestion(text, loadCatalogue(context.services.db).forParser, context.today, intentsOf(context.commands));
}

/** A question about a project (or area, administrator) and a source too asks about the money from that source. */
export function viaSource(r: Reading, question: BudgetQuestion): Mention | undefined {
  // Asked by source ("which sources fund it"), it is every source, not one ("fund" there is a verb).
  if (!question.scope || question.scope.kind === 'source' || question.scope.kind === 'programme' || question.groupBy === 'source') return undefined;
  // Named loosely is enough here: the thing asked about is sure, and only sources are looked for.
  // Not words of the thing asked about's own name that a source's name holds too.
  const { kind, id } = question.scope;
  const own = (m: Mention) => id !== undefined && kind !== 'status' && wordsOfNamed(r, m, kind === 'area' ? 'priority' : kind, id);
  return r.mentions.find((m) => m.matches[0]?.kind === 'source' && m.matches[0].score >= 0.6 && m.matches.filter((x) => x.kind === 'source').length === 1 && !own(m));
}

const FIGURES = new WeakMap<Reading, number>();
/** "How much", "in total" ask for a figure, not a list. */
const HOW_MUCH = /(?:^|[^\p{L}])(?:сколько|всего|итого|how much|total|қанша|барлығы|жалпы)(?:$|[^\p{L}])/iu;

/**
 * How much the question's shape says "figures" beside a measure word: a breakdown most ("расходы по
 * направлениям" is no list of areas), then a period, a ranking or a thing named. Read once per question.
 */
export function figuresEvidence(r: Reading): number {
  let found = FIGURES.get(r);
  if (found === undefined) {
    const q = readBudgetQuestion(r);
    found = q.groupBy !== undefined ? 2 : q.period !== undefined || q.rank !== undefined || q.scope !== undefined || q.unknown !== undefined || HOW_MUCH.test(r.text) ? 1 : 0;
    FIGURES.set(r, found);
  }
  return found;
}

/** Reads a question's scope with the command's preferred kinds. */
export function questionArgs(r: Reading, preferred?: readonly EntityKind[]): QueryArgs {
  const question = readBudgetQuestion(r, preferred);
  const via = viaSource(r, question);
  if (!via || !question.unused) return queryArgsOf(question, via?.matches[0]!.id);
  // The words that named the source are used, though the reading left them out as too faint to be the thing asked about.
  const named = asTyped(r, via.tokenStart, via.tokenEnd);
  const unused = question.unused.split(', ').filter((run) => !named.includes(run));
  return queryArgsOf({ ...question, unused: unused.length > 0 ? unused.join(', ') : undefined }, via.matches[0]!.id);
}
