import type { Lang } from '../../src/i18n/lang.js';
import { COMMON_TEXT } from '../../src/i18n/common-text.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { pageButtons } from '../../src/reply/page-buttons.js';
import { localName } from '../../src/i18n/local-names.js';
import { asTyped, candidateOf, candidatesAtPlace, ENTITY_KINDS, followUpSigns, oneOfKindNamed, PLACE_NOUN, placeOf, placesInNames, listEndNamed, matchEntities, quarterByOrdinal, saysRankingCount, spansOneQuarter, type EntityCandidate, type EntityKind, type LexiconEntry, type PreviousQuestion, type Reading } from '../../src/language/index.js';
import { answerQuery, type QueryAnswer } from '../../src/queries/answer-query.js';
import type { Measure, Scope } from '../../src/queries/budget-query.js';
import { loadCatalogue, type BudgetCatalogue } from '../../src/queries/catalogue.js';
import { italic, line, type Reply } from '../../src/reply/reply.js';
import { ChoiceNeeded, defineCommand, UserError, type Command, type CommandContext, type Topic } from '../command.js';
import { figuresEvidence, questionArgs, queryArgsSchema, readCommandWords, type QueryArgs } from './query-args.js';
import { breakdownChart, figuresReply, queryReply } from './query-reply.js';

// The commands that answer with figures are one shape: a default measure (and the words that pick
// another), the kinds of thing they are mostly asked about, and the one query layer underneath.

export interface QueryCommandSpec {
  name: string;
  topic: Topic;
  summary: Record<Lang, string>;
  examples: Record<Lang, string[]>;
  lexicon: Record<Lang, LexiconEntry[]>;
  /** The measure a question gets: the command's own, or one its words chose. */
  measure(r: Reading | null, args: QueryArgs): Measure;
  /** The kinds of thing asked about, most likely first (for a name that fits several). */
  preferred?: readonly EntityKind[];
  /** Extra evidence for this command in a plain question, given its keyword score. */
  score?(r: Reading, keywords: number): number;
  /** False for a command whose own words are a breakdown's noun ("администраторы"). */
  ownsBreakdowns?: boolean;
  /** Where the question names each of this command's measures, given where its own words are (default: there, with `measure`). */
  measuresNamed?(r: Reading, at: readonly number[]): { measure: Measure; at: number }[];
  /** Turns a query into another answer (a card, a list) when that answers it better; `breakdown` is what a chart of it shows. */
  answer?(args: QueryArgs & { measure: Measure }, context: CommandContext): { reply: Reply; breakdown?: QueryAnswer } | null;
}

const KIND_WORDS: Record<Lang, Record<EntityKind, string>> = {
  ru: { project: 'проектов', source: 'источников', priority: 'направлений', administrator: 'администраторов' },
  kk: { project: 'жобалар', source: 'көздер', priority: 'бағыттар', administrator: 'әкімшілер' },
  en: { project: 'projects', source: 'sources', priority: 'areas', administrator: 'administrators' },
};

const NOT_FOUND: Record<Lang, (text: string, kind: string | null, close: boolean) => string> = {
  ru: (text, kind, close) => `«${text}» нет среди ${kind ?? 'проектов, источников, направлений и администраторов'} программы.${close ? ' Похожие:' : ''}`,
  kk: (text, kind, close) => `«${text}» бағдарламаның ${kind ?? 'жобалары, көздері, бағыттары мен әкімшілері'} арасында жоқ.${close ? ' Ұқсастары:' : ''}`,
  en: (text, kind, close) => `“${text}” is not among the programme’s ${kind ?? 'projects, sources, areas or administrators'}.${close ? ' Close ones:' : ''}`,
};

const SCOPE_OF: Record<EntityKind, Scope['kind']> = { project: 'project', source: 'source', priority: 'area', administrator: 'administrator' };

/** "Not in the data" with the closest names as buttons that ask the same about them. */
function notFound(name: string, args: QueryArgs, unknown: NonNullable<QueryArgs['unknown']>, context: CommandContext): ChoiceNeeded {
  const catalogue = loadCatalogue(context.services.db);
  const kinds: readonly EntityKind[] = unknown.kind ? [unknown.kind] : ENTITY_KINDS;
  const close = matchEntities(unknown.text, candidatesOf(catalogue, kinds), { minScore: 0.25, limit: 3 });
  const choices = close.map((m) => {
    const things = thingsOf(catalogue, m.kind as EntityKind);
    return { label: localName(things.get(m.id)!, context.lang), action: `/${name} ${exactWords({ ...args, unknown: undefined, scope: { kind: SCOPE_OF[m.kind as EntityKind], id: m.id } })}` };
  });
  const kindWord = (lang: Lang) => (unknown.kind ? KIND_WORDS[lang][unknown.kind] : null);
  return new ChoiceNeeded(choices, { ru: NOT_FOUND.ru(unknown.text, kindWord('ru'), choices.length > 0), kk: NOT_FOUND.kk(unknown.text, kindWord('kk'), choices.length > 0), en: NOT_FOUND.en(unknown.text, kindWord('en'), choices.length > 0) });
}

const thingsOf = (catalogue: BudgetCatalogue, kind: EntityKind) =>
  kind === 'project' ? catalogue.projects : kind === 'source' ? catalogue.sources : kind === 'priority' ? catalogue.areas : catalogue.administrators;

/**
 * The catalogue's things of these kinds as the matcher sees them: the same array while the catalogue
 * is unchanged, so the matcher indexes them once (built anew, every "not found" cost 0.1–0.2 s on a
 * programme of thirty projects).
 */
const CANDIDATES = new WeakMap<BudgetCatalogue, Map<string, EntityCandidate[]>>();
function candidatesOf(catalogue: BudgetCatalogue, kinds: readonly EntityKind[]): EntityCandidate[] {
  let byKinds = CANDIDATES.get(catalogue);
  if (!byKinds) CANDIDATES.set(catalogue, (byKinds = new Map()));
  const key = kinds.join(',');
  let candidates = byKinds.get(key);
  if (!candidates) {
    candidates = kinds.flatMap((kind) => [...thingsOf(catalogue, kind).values()].map((t) => ({ id: t.id, kind, names: [t.name, t.nameKk ?? '', t.nameEn ?? ''].filter(Boolean) })));
    byKinds.set(key, candidates);
  }
  return candidates;
}

/** `kind:id` or `kind:"id with spaces"` names a thing exactly (what buttons send). */
export const exactScopeWords = (kind: Scope['kind'], id: string): string => `${kind}:${/\s/.test(id) ? `"${id}"` : id}`;

/**
 * A query written out exactly, as buttons send it: `project:kazllm measure:spent
 * period:2026-03-01..2026-03-31~month by:area top:3 via:national-fund also:balance`. Each part is
 * optional; the words of a person go through the reader instead.
 */
export function exactWords(args: QueryArgs): string {
  const parts: string[] = [];
  if (args.scope && args.scope.kind !== 'programme' && args.scope.id) parts.push(exactScopeWords(args.scope.kind, args.scope.id));
  if (args.scope?.kind === 'programme') parts.push('scope:programme');
  if (args.measure) parts.push(`measure:${args.measure}`);
  if (args.period) parts.push(args.period.kind === 'asOf' ? `asof:${args.period.date}` : `period:${args.period.from}..${args.period.to}~${args.period.grain}`);
  if (args.groupBy) parts.push(`by:${args.groupBy}`);
  if (args.rank) parts.push('zero' in args.rank ? 'rank:zero' : 'order' in args.rank ? `${args.rank.order}:${args.rank.n}${args.rank.nonZero ? ',nonzero' : ''}` : 'rank:nonzero');
  if (args.via) parts.push(`via:${args.via}`);
  if (args.also?.length) parts.push(`also:${args.also.join(',')}`);
  if (args.chart) parts.push('chart:on');
  if (args.page && args.page > 1) parts.push(`page:${args.page}`);
  return parts.join(' ');
}

const EXACT = /(?:^|\s)(project|source|area|administrator|status|scope|measure|asof|period|by|rank|top|bottom|via|also|chart|page):(?:"([^"]+)"|(\S+))/gu;

/** The exactly written parts of a query (checked by the arguments' schema afterwards), and the other words. */
function exactParts(text: string): { exact: QueryArgs; rest: string } {
  const exact: Record<string, unknown> = {};
  const rest = text.replace(EXACT, (_all, key: string, quoted?: string, bare?: string) => {
    const value = (quoted ?? bare)!;
    if (key === 'scope') exact.scope = { kind: value };
    else if (['project', 'source', 'area', 'administrator', 'status'].includes(key)) exact.scope = { kind: key, id: value };
    else if (key === 'measure') exact.measure = value;
    else if (key === 'asof') exact.period = { kind: 'asOf', date: value };
    else if (key === 'period') {
      const [range, grain] = value.split('~');
      const [from, to] = (range ?? '').split('..');
      exact.period = { kind: 'range', from, to, grain: grain ?? 'days' };
    } else if (key === 'by') exact.groupBy = value;
    else if (key === 'rank') exact.rank = value === 'nonzero' ? { nonZero: true } : { zero: true };
    else if (key === 'top' || key === 'bottom') {
      const [n, nonZero] = value.split(',');
      exact.rank = { order: key, n: Number(n), ...(nonZero === 'nonzero' ? { nonZero: true } : {}) };
    }
    else if (key === 'via') exact.via = value;
    else if (key === 'also') exact.also = value.split(',');
    else if (key === 'chart') exact.chart = value === 'on';
    else if (key === 'page') exact.page = Number(value);
    return ' ';
  });
  return { exact: exact as QueryArgs, rest };
}

/** Every figures command, as defined: a question naming several of their measures is answered by one. */
const FIGURES: QueryCommandSpec[] = [];
const FAMILY = 'figures';

/**
 * The measures a question lists ("получено, потрачено, остаток", "сколько получил … и сколько передал"),
 * in its order, when it lists more than one: each word goes to the command whose keyword it is most,
 * and only measures joined by a comma or "и / and / және" count as asked together.
 */
function listedMeasures(r: Reading, args: QueryArgs): Measure[] {
  const owner = new Map<number, { name: string; weight: number }>();
  for (const h of r.hits) {
    if (!FIGURES.some((s) => s.name === h.intent && s.ownsBreakdowns !== false)) continue;
    // A phrase across a comma is two items of the list when its first word is another measure's
    // ("got, paid, remaining" is no "got paid"; "in, out to contractors" is still in and out).
    const split = h.tokenEnd - h.tokenStart > 1 && /[,;]/.test(asTyped(r, h.tokenStart, h.tokenEnd));
    if (split && r.hits.some((o) => o !== h && o.intent !== h.intent && o.tokenStart === h.tokenStart)) continue;
    // A status said ("on hold") is no measure ("hold").
    if (r.status && h.tokenStart < r.status.tokenEnd && h.tokenEnd > r.status.tokenStart) continue;
    const held = owner.get(h.tokenStart);
    if (!held || h.weight > held.weight) owner.set(h.tokenStart, { name: h.intent, weight: h.weight });
  }
  const named = FIGURES.flatMap((s) => {
    const at = [...owner].filter(([, o]) => o.name === s.name).map(([i]) => i);
    if (at.length === 0) return [];
    return s.measuresNamed?.(r, at) ?? [{ measure: s.measure(r, args), at: Math.min(...at) }];
  }).sort((a, b) => a.at - b.at);
  const listed: { measure: Measure; at: number }[] = [];
  for (const m of named) {
    if (listed.some((x) => x.measure === m.measure)) continue;
    const last = listed.at(-1);
    if (last && !joined(r, last.at, m.at)) break;
    listed.push(m);
    // "in / out / left": "out" of the money in and out is what was paid out.
    if (m.measure === 'received' && r.tokens[m.at]?.text === 'in' && r.tokens[m.at + 1]?.text === 'out' && !listed.some((x) => x.measure === 'spent')) listed.push({ measure: 'spent', at: m.at + 1 });
  }
  // "in, paid, left": "in" before a list of measures is its first item, the money in.
  const first = listed[0];
  if (first && first.measure !== 'received' && r.tokens[first.at - 1]?.text === 'in' && joined(r, first.at - 1, first.at)) listed.unshift({ measure: 'received', at: first.at - 1 });
  // A source receives nothing: what it "gave" or "allocated" is what went out of its reserve ("ebrd loan - allocated vs returned").
  const ofSource = (m: Measure): Measure => (args.scope?.kind === 'source' && m === 'received' ? 'allocated' : m);
  return listed.length > 1 ? [...new Set(listed.map((m) => ofSource(m.measure)))] : [];
}

/** Keyword hits of the figures commands' measures, leaving out a status's words ("on hold" is no "hold"). */
export function figuresMeasureHits(r: Reading): Reading['hits'] {
  return r.hits.filter(
    (h) => FIGURES.some((s) => s.name === h.intent && s.ownsBreakdowns !== false) && !(r.status && h.tokenStart < r.status.tokenEnd && h.tokenEnd > r.status.tokenStart),
  );
}

const AND = new Set(['и', 'and', 'және', 'мен', 'также', 'plus', 'а', 'vs', 'versus', 'против']);
const ASKING = /^(?:сколько|how|қанша|what|что|какой|какая)$/u;

/** Whether two words are joined as items of one list: a comma, a slash or a conjunction between them. */
function joined(r: Reading, a: number, b: number): boolean {
  // A conjunction joins measures when a measure word or "how much" stands beside it, not inside a
  // name ("резервтерден пошта мен байланыс жобаларына … бөлінді" lists one measure).
  const inHit = (i: number) => r.hits.some((h) => i >= h.tokenStart && i < h.tokenEnd) || ASKING.test(r.tokens[i]?.text ?? '');
  for (let i = a + 1; i < b; i++) if (AND.has(r.tokens[i]!.text) && (inHit(i - 1) || inHit(i + 1))) return true;
  // Commas are gone from the tokens: look between the two words as typed.
  const typed = r.text.toLowerCase().replace(/ё/g, 'е');
  const first = typed.indexOf(r.tokens[a]!.text);
  const second = first < 0 ? -1 : typed.indexOf(r.tokens[b]!.text, first + r.tokens[a]!.text.length);
  return b - a <= 6 && second > first && /[,;—–/|]/.test(typed.slice(first, second));
}

export function defineQueryCommand(spec: QueryCommandSpec): Command<QueryArgs> {
  FIGURES.push(spec);
  return defineCommand({
    name: spec.name,
    access: 'viewer',
    visibility: 'menu',
    readOnly: true,
    topic: spec.topic,
    summary: spec.summary,
    examples: spec.examples,
    args: queryArgsSchema,
    parse(text, context) {
      const { exact, rest } = exactParts(text);
      if (rest.trim() === '') return { ...exact, measure: exact.measure ?? spec.measure(null, exact) };
      const r = readCommandWords(rest, context);
      const words = questionArgs(r, spec.preferred);
      const args: QueryArgs = { ...words, ...exact };
      if (exact.scope) {
        delete args.unknown;
        delete args.alternatives;
      }
      return { ...args, measure: exact.measure ?? spec.measure(r, args) };
    },
    words: {
      family: FAMILY,
      lexicon: spec.lexicon,
      score(r, keywords) {
        const own = spec.score ? spec.score(r, keywords) : keywords;
        // A period, breakdown or ranking beside a measure word makes it a figures question, not a list.
        return own + (spec.ownsBreakdowns !== false && keywords > 0 ? figuresEvidence(r) : 0);
      },
      args(r) {
        const args = questionArgs(r, spec.preferred);
        const listed = args.groupBy || args.rank ? [] : listedMeasures(r, args);
        if (listed.length > 1) return { args: { ...args, measure: listed[0]!, also: listed.slice(1) } };
        return { args: { ...args, measure: spec.measure(r, args) } };
      },
      continues(previous, r) {
        const args = continuedQuery(spec, previous, r);
        return args ? { args } : null;
      },
    },
    format: exactWords,
    run(args, context) {
      const reply = answerOf(args, context);
      return args.unused ? withUnused(reply, args.unused, context.lang) : reply;
    },
  });

  // The answer itself: not found, a choice, several measures, a custom answer, or the query layer's.
  function answerOf(args: QueryArgs, context: CommandContext): Reply {
    const measure = args.measure ?? spec.measure(null, args);
    if (args.impossibleDate) throw new UserError(perLang((l) => COMMON_TEXT[l].noSuchDate(args.impossibleDate!)));
    if (args.unknown) throw notFound(spec.name, { ...args, measure }, args.unknown, context);
    if (args.alternatives && args.alternatives.length > 0 && args.scope) {
      const kind = args.scope.kind;
      throw new ChoiceNeeded(args.alternatives.map((id) => ({ label: nameFor(context, kind, id), action: `/${spec.name} ${exactWords({ ...args, measure, alternatives: undefined, scope: { kind, id } })}` })));
    }
    if (args.also?.length && !args.groupBy && !args.rank && !args.via) {
      const answers = [measure, ...args.also].map((m) =>
        answerQuery(context.services.db, { measure: m, scope: args.scope ?? { kind: 'programme' }, ...(args.period ? { period: args.period } : {}) }, context.today),
      );
      return figuresReply(context.services.db, answers, context.lang);
    }
    const custom = spec.answer?.({ ...args, measure }, context);
    if (custom) return custom.breakdown ? withChart(custom.reply, custom.breakdown, { ...args, measure }, context) : custom.reply;
    const answer = answerQuery(
      context.services.db,
      {
        measure,
        scope: args.scope ?? { kind: 'programme' },
        ...(args.period ? { period: args.period } : {}),
        ...(args.via ? { groupBy: 'source' as const } : args.groupBy ? { groupBy: args.groupBy } : {}),
        ...(args.rank ? { rank: args.rank } : {}),
      },
      context.today,
    );
    if (args.via && !answer.notBySource) {
      // Only the money from one source: that row is the answer.
      const row = answer.rows.find((r) => r.key === args.via);
      return queryReply(context.services.db, { ...answer, total: row?.value ?? 0, rows: [], query: { ...answer.query, groupBy: undefined } }, context.lang, { via: args.via });
    }
    return withChart(withPages(queryReply(context.services.db, answer, context.lang, args.page ? { page: args.page } : {}), { ...args, measure }, context), answer, { ...args, measure }, context);
  }

  /** A long breakdown is walked with Back and Next buttons that carry the page. */
  function withPages(reply: Reply, args: QueryArgs & { measure: Measure }, context: CommandContext): Reply {
    const { page, pages } = reply.data as { page?: number; pages?: number };
    if (!page || !pages || pages < 2) return reply;
    const at = (n: number) => `/${spec.name} ${exactWords({ ...args, unused: undefined, chart: undefined, page: n })}`;
    const nav = pageButtons(context.lang, page, pages, at);
    return { ...reply, buttons: [...(reply.buttons ?? []), nav] };
  }

  /** A breakdown gets a 📊 button; pressed, the same answer comes with its bar chart. */
  function withChart(reply: Reply, answer: QueryAnswer, args: QueryArgs & { measure: Measure }, context: CommandContext): Reply {
    const bars = breakdownChart(context.services.db, answer, context.lang);
    if (!bars) return reply;
    if (args.chart) return { ...reply, chart: { bars, lang: context.lang, caption: bars.title } };
    const button = { label: CHART_BUTTON[context.lang], action: `/${spec.name} ${exactWords({ ...args, unused: undefined, page: undefined, chart: true })}` };
    return { ...reply, buttons: [...(reply.buttons ?? []), [button]] };
  }
}

const CHART_BUTTON: Record<Lang, string> = { ru: '📊 Диаграмма', kk: '📊 Диаграмма', en: '📊 Chart' };

const NOT_USED: Record<Lang, (text: string) => string> = {
  ru: (text) => `Не учёл слова «${text}»`,
  kk: (text) => `«${text}» сөздері ескерілмеді`,
  en: (text) => `Did not use the words “${text}”`,
};

/** The answer with a line, right under what was understood, naming the words it did not use. */
function withUnused(reply: Reply, text: string, lang: Lang): Reply {
  const [first, ...rest] = reply.blocks;
  return { ...reply, blocks: first ? [first, line(italic(NOT_USED[lang](text))), ...rest] : reply.blocks };
}

const PARTS = ['scope', 'period', 'groupBy', 'rank', 'via', 'unknown'] as const;

/**
 * A follow-up to a figures question keeps what it does not change ("а в апреле?" keeps the measure
 * and the thing, "а освоение?" the thing and the period); to a card, it is about the card's thing.
 */
function continuedQuery(spec: QueryCommandSpec, previous: PreviousQuestion, r: Reading): QueryArgs | null {
  const ownWords = r.hits.some((h) => h.intent === spec.name);
  if (!ownWords && previous.intent !== spec.name) return null;
  const said = questionArgs(r, spec.preferred);
  // "And the second?" after a quarter (or its three months: "Jan-Mar"): that quarter.
  if (!said.period && previous.args && typeof previous.args === 'object') {
    const period = (previous.args as QueryArgs).period;
    if (period?.kind === 'range' && (period.grain === 'quarter' || spansOneQuarter(period))) {
      const quarter = quarterByOrdinal(r.tokens, period);
      if (quarter) said.period = quarter;
    }
  }
  const before = queryArgsSchema.safeParse(previous.args);
  const wasQuery = before.success && before.data.measure !== undefined;
  const base: QueryArgs = wasQuery ? pick(before.data) : previous.subject ? { scope: previous.subject } : {};
  const signs = followUpSigns(r);
  // "And karaganda?" after the Shymkent department: Karaganda's department.
  // "А по такси?" after an area: the one area whose title holds the word.
  const namedOfKind = signs.marked && base.scope?.id && said.scope?.kind !== base.scope.kind ? oneOfKindNamed(r, base.scope.kind) : undefined;
  const sibling = signs.placeOnly && base.scope?.id ? placeSibling(r, base.scope) : namedOfKind ? ({ kind: base.scope!.kind, id: namedOfKind } as Scope) : undefined;
  if (sibling) {
    said.scope = sibling;
    delete said.unknown;
    delete said.alternatives;
  }
  // After a ranking, "а три последних?" / "and the first five?" name an end of it.
  const end = !said.rank && base.rank && 'order' in base.rank ? listEndNamed(r) : undefined;
  if (end && base.rank && 'order' in base.rank) said.rank = { order: end.order, n: end.n ?? base.rank.n };
  const flip = signs.flip;
  const saidSomething = flip || PARTS.some((part) => said[part] !== undefined);
  if (!ownWords && !saidSomething) return null;
  if (!base.scope && !wasQuery) return null;
  // Words that fit the thing asked about before go on naming it ("а процент освоения у планшетов" after «Sanaq Tab» планшеты).
  if (said.scope && base.scope?.id && said.scope.kind === base.scope.kind && said.scope.id !== base.scope.id && namesAgain(r, said.scope, base.scope)) {
    delete said.scope;
    delete said.alternatives;
  }
  // "Ал Жетісу облысынікі?" after a body: the body of that place, when the words fit one of that kind
  // nearly as well as the thing of another kind they fit best.
  if (said.scope && base.scope?.id && said.scope.kind !== base.scope.kind) {
    const sameKind = sameKindNamed(r, said.scope, base.scope.kind);
    if (sameKind) said.scope = { kind: base.scope.kind, id: sameKind } as Scope;
  }
  // "And from the republican budget?" after what a project got from one source: the same project, from that one.
  if (said.scope?.kind === 'source' && !said.via && base.via && base.scope && base.scope.kind !== 'source') {
    said.via = said.scope.id!;
    delete said.scope;
  }
  const merged: QueryArgs = { ...base };
  for (const part of PARTS) if (said[part] !== undefined) Object.assign(merged, { [part]: said[part] });
  // Another thing named: what came from one source of the old thing does not apply to it.
  if (said.scope && !said.via) delete merged.via;
  if (said.scope || said.unknown) delete merged.alternatives;
  if (said.scope) delete merged.unknown;
  if (said.unknown) delete merged.scope;
  // A name not found before does not carry into a ranking or a breakdown asked next ("ал ең артта
  // қалған бағыт қайсы?" after an unread word): that one is about many things, not the missing one.
  if (!said.unknown && (said.rank || said.groupBy)) delete merged.unknown;
  // The other end asked without a count ("а теперь с наименьшим" after a top 3) keeps the count.
  if (said.rank && 'order' in said.rank && base.rank && 'order' in base.rank && !saysRankingCount(r)) merged.rank = { ...said.rank, n: base.rank.n };
  // "Flip it": the same ranking from the other end, unless the words already say which end.
  if (flip && merged.rank && 'order' in merged.rank && (!said.rank || !('order' in said.rank))) {
    merged.rank = { ...merged.rank, order: merged.rank.order === 'top' ? 'bottom' : 'top', ...(said.rank && 'nonZero' in said.rank ? { nonZero: true } : {}) };
  }
  const sameKind = !said.scope || said.scope.kind === base.scope?.kind;
  // "а по администраторам?" after a spending question: the command's own words are only the breakdown's noun.
  const regrouped = spec.ownsBreakdowns === false && said.groupBy !== undefined;
  // "А сколько из этого уже потрачено и какой остаток?": every measure listed, of the same thing.
  const listed = ownWords && !merged.groupBy && !merged.rank ? listedMeasures(r, merged) : [];
  if (listed.length > 1) return { ...merged, measure: listed[0]!, also: listed.slice(1) };
  const measure = (ownWords && !(wasQuery && regrouped)) || !wasQuery || !sameKind ? spec.measure(ownWords ? r : null, merged) : (before.data!.measure as Measure);
  return { ...merged, measure };
}

/** A thing of kind `kind` the words that named `now` fit within a little of it (another kind's fits are kept on the mention). */
function sameKindNamed(r: Reading, now: Scope, kind: Scope['kind']): string | undefined {
  const entityKind: EntityKind = kind === 'area' ? 'priority' : (kind as EntityKind);
  const nowKind: EntityKind = now.kind === 'area' ? 'priority' : (now.kind as EntityKind);
  if (!ENTITY_KINDS.includes(entityKind)) return undefined;
  const mention = r.mentions.find((m) => m.matches[0]?.id === now.id && m.matches[0]?.kind === nowKind);
  const top = mention?.matches[0]?.score ?? 0;
  const other = mention?.matches.find((x) => x.kind === entityKind);
  return other && other.score >= SURE_NAME - 0.15 && other.score >= top - 0.05 ? other.id : undefined;
}

/**
 * The thing of the same kind as `before` in the place a follow-up names, and not in `before`'s
 * place: the one named most like `before` ("Департамент радиоконтроля по Карагандинской области"
 * after "… по городу Шымкенту"), when one stands out.
 */
function placeSibling(r: Reading, before: Scope): Scope | undefined {
  const kind: EntityKind = before.kind === 'area' ? 'priority' : (before.kind as EntityKind);
  const previous = candidateOf(r, kind, before.id!)[0];
  if (!previous) return undefined;
  const placesBefore = placesInNames(previous.names);
  const place = r.tokens.map((t) => placeOf(t.text)).find((p) => p >= 0 && !placesBefore.has(p));
  if (place === undefined) return undefined;
  const there = candidatesAtPlace(r.index.candidates, kind, place).filter((c) => ![...placesInNames(c.names)].some((p) => placesBefore.has(p)));
  // The place's words as said pick among its things first ("the Almaty city one", not the Almaty region's).
  const [saidBest, saidNext] = matchEntities(r.tokens.filter((t) => placeOf(t.text) >= 0 || PLACE_NOUN.test(t.text)), there);
  if (saidBest && saidNext && saidBest.score > saidNext.score + SIBLING_MARGIN) return { kind: before.kind, id: saidBest.id } as Scope;
  const [best, next] = matchEntities(previous.names[0]!, there);
  if (!best || best.score < NAMES_AGAIN || (next && next.score > best.score - SIBLING_MARGIN)) return undefined;
  return { kind: before.kind, id: best.id } as Scope;
}

/** How much better than the next the sibling in another place must be named. */
const SIBLING_MARGIN = 0.05;

/** Whether the words that named `now` also fit `before` well: the same thing said again, in other words. */
function namesAgain(r: Reading, now: Scope, before: Scope): boolean {
  const kind: EntityKind = before.kind === 'area' ? 'priority' : (before.kind as EntityKind);
  const mention = r.mentions.find((m) => m.matches.some((x) => x.id === now.id && x.kind === kind));
  const previous = candidateOf(r, kind, before.id!);
  if (!mention || previous.length === 0) return false;
  // Another thing's own name, said for sure and fitting it better ("same for Kazakh Tourism" after
  // the Tourism Industry Committee), is that thing.
  const nowScore = mention.matches.find((x) => x.id === now.id && x.kind === kind)?.score ?? 0;
  // A city or region said that the thing before is not of ("… for the Astana department" after Almaty's): another thing.
  const placesBefore = placesInNames(previous[0]!.names);
  if (r.tokens.slice(mention.tokenStart, mention.tokenEnd).some((t) => placeOf(t.text) >= 0 && !placesBefore.has(placeOf(t.text)))) return false;
  const again = matchEntities(r.tokens.slice(mention.tokenStart, mention.tokenEnd), previous)[0]?.score ?? 0;
  return again >= NAMES_AGAIN && !(nowScore >= SURE_NAME && nowScore > again);
}

/** How well a follow-up's words must fit the thing before to be read as naming it again. */
const NAMES_AGAIN = 0.5;
/** A name said this surely is the thing named, whatever else it resembles. */
const SURE_NAME = 0.9;

function pick(args: QueryArgs): QueryArgs {
  const kept: QueryArgs = {};
  for (const part of PARTS) if (args[part] !== undefined) Object.assign(kept, { [part]: args[part] });
  return kept;
}

function nameFor(context: CommandContext, kind: Scope['kind'], id: string): string {
  const catalogue = loadCatalogue(context.services.db);
  const thing = thingsOf(catalogue, kind === 'area' ? 'priority' : (kind as EntityKind)).get(id);
  return thing ? localName(thing, context.lang) : id;
}
