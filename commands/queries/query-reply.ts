import { BAR_ROWS, type BarChart } from '../../src/charts/bar-chart-svg.js';
import type { BudgetDb } from '../../db/client.js';
import { formatMoneyExact, formatMoneyShort, formatPercent } from '../../src/format/money.js';
import { formatPeriod } from '../../src/format/periods.js';
import { PAGING, STATUS_GROUP_NAMES } from '../../src/i18n/common-text.js';
import type { Lang } from '../../src/i18n/lang.js';
import { displayName } from '../../src/i18n/local-names.js';
import type { QueryAnswer } from '../../src/queries/answer-query.js';
import type { Grouping, Measure, Scope } from '../../src/queries/budget-query.js';
import { loadCatalogue } from '../../src/queries/catalogue.js';
import { bold, italic, line, type Block, type Reply } from '../../src/reply/reply.js';

// A figures answer as a reply: one line saying what was understood ("Расходы · март 2026 · вся
// программа"), the figure, then the breakdown or ranking, a line each.

export const MEASURE_NAMES: Record<Lang, Record<Measure, string>> = {
  ru: {
    spent: 'Израсходовано', received: 'Получено проектами', allocated: 'Выделено из резервов', released: 'Возвращено в резерв', passedOn: 'Передано другим проектам и в резерв', reallocated: 'Передано другим проектам',
    balance: 'Остаток у проектов', execution: 'Освоение', freeReserve: 'Свободный резерв', reserved: 'Зарезервировано', funding: 'Финансирование источников', projectCount: 'Проектов',
  },
  kk: {
    spent: 'Жұмсалғаны', received: 'Жобалар алғаны', allocated: 'Резервтен бөлінгені', released: 'Резервке қайтарылғаны', passedOn: 'Басқа жобаларға және резервке берілгені', reallocated: 'Басқа жобаларға берілгені',
    balance: 'Жобалардағы қалдық', execution: 'Игерілуі', freeReserve: 'Бос резерв', reserved: 'Резервтелгені', funding: 'Көздердің қаржыландыруы', projectCount: 'Жоба саны',
  },
  en: {
    spent: 'Spent', received: 'Received by projects', allocated: 'Allocated from reserves', released: 'Released back to reserves', passedOn: 'Passed to other projects and reserves', reallocated: 'Passed to other projects',
    balance: 'Left with projects', execution: 'Execution', freeReserve: 'Free reserve', reserved: 'Reserved', funding: 'Sources’ funding', projectCount: 'Projects',
  },
};

/** Of one project or one source, the measures its name says of many ("Received by projects") say it plainly. */
const OF_ONE: Record<Lang, Partial<Record<Measure, string>>> = {
  ru: { received: 'Получено', balance: 'Остаток', funding: 'Финансирование' },
  kk: { received: 'Алғаны', balance: 'Қалдық', funding: 'Қаржыландыру' },
  en: { received: 'Received', balance: 'Balance', funding: 'Funding' },
};

/** A measure's name in an answer about `scope`. */
export function measureName(measure: Measure, scope: Scope, lang: Lang): string {
  const one = (scope.kind === 'project' || scope.kind === 'source') && scope.id !== undefined;
  return (one ? OF_ONE[lang][measure] : undefined) ?? MEASURE_NAMES[lang][measure];
}

const BY: Record<Lang, Record<Grouping, string>> = {
  ru: { source: 'по источникам', area: 'по направлениям', administrator: 'по администраторам', project: 'по проектам', status: 'по статусам', month: 'по месяцам' },
  kk: { source: 'көздер бойынша', area: 'бағыттар бойынша', administrator: 'әкімшілер бойынша', project: 'жобалар бойынша', status: 'мәртебелер бойынша', month: 'айлар бойынша' },
  en: { source: 'by source', area: 'by area', administrator: 'by administrator', project: 'by project', status: 'by status', month: 'by month' },
};

const TEXT = {
  ru: { programme: 'вся программа', none: 'Таких нет.', ofWhat: (spent: string, base: string) => `израсходовано ${spent} из ${base}`, top: (n: number) => `первые ${n}`, bottom: (n: number) => `последние ${n}`, zero: 'без расходов', nonZero: 'без нулевых', viaSource: (s: string) => `из источника «${s}»`, intoSource: (s: string) => `в резерв «${s}»`, notBySource: 'Переданное другим проектам по источникам не делится: это общие деньги проекта.' },
  kk: { programme: 'бүкіл бағдарлама', none: 'Ондайлар жоқ.', ofWhat: (spent: string, base: string) => `${base} ішінен ${spent} жұмсалды`, top: (n: number) => `алғашқы ${n}`, bottom: (n: number) => `соңғы ${n}`, zero: 'шығыны жоқтар', nonZero: 'нөлдіктерсіз', viaSource: (s: string) => `«${s}» көзінен`, intoSource: (s: string) => `«${s}» резервіне`, notBySource: 'Басқа жобаларға берілгені көздер бойынша бөлінбейді: бұл жобаның ортақ қаражаты.' },
  en: { programme: 'whole programme', none: 'None.', ofWhat: (spent: string, base: string) => `${spent} spent of ${base}`, top: (n: number) => `top ${n}`, bottom: (n: number) => `bottom ${n}`, zero: 'nothing spent', nonZero: 'zeros left out', viaSource: (s: string) => `from “${s}”`, intoSource: (s: string) => `into the “${s}” reserve`, notBySource: 'What went on to other projects is not split by source: it is the project’s money as a whole.' },
} satisfies Record<Lang, unknown>;

/** Rows shown: projects are many, so the first ten; sources, areas, administrators, statuses and months are few, so all of them (up to 24). */
/** Rows of a breakdown per page: with what was understood and the total, a phone screen. */
export const ROWS_PER_PAGE = 6;

/** The name of a scope's thing, or of a breakdown row's key, in the reader's language. */
export function nameOf(db: BudgetDb, kind: Scope['kind'] | Grouping, id: string | undefined, lang: Lang): string {
  const catalogue = loadCatalogue(db);
  if (id === undefined || kind === 'programme') return TEXT[lang].programme;
  const thing =
    kind === 'project' ? catalogue.projects.get(id) : kind === 'source' ? catalogue.sources.get(id) : kind === 'area' ? catalogue.areas.get(id) : kind === 'administrator' ? catalogue.administrators.get(id) : undefined;
  if (thing) return displayName(thing, lang);
  if (kind === 'status') return STATUS_GROUP_NAMES[lang][id as keyof (typeof STATUS_GROUP_NAMES)['ru']] ?? id;
  if (kind === 'month') return formatPeriod({ kind: 'range', from: `${id}-01`, to: `${id}-28`, grain: 'month' }, lang);
  return id;
}

/** The value as shown: money short and exact, a percentage, or a count. */
function shown(value: number, unit: QueryAnswer['unit'], lang: Lang): string {
  if (unit === 'percent') return formatPercent(value, lang, 1);
  if (unit === 'count') return String(value);
  return formatMoneyShort(value, lang);
}

/** The one line saying what the answer understood: measure · period · thing · breakdown · ranking. */
function understoodLine(db: BudgetDb, answer: QueryAnswer, lang: Lang, options: { via?: string } = {}): string {
  const { query } = answer;
  const t = TEXT[lang];
  return [
    measureName(query.measure, query.scope, lang),
    formatPeriod(query.period, lang),
    nameOf(db, query.scope.kind, query.scope.id, lang),
    // What was given back went into the reserve; all else came from it.
    ...(options.via ? [(answer.query.measure === 'released' ? t.intoSource : t.viaSource)(nameOf(db, 'source', options.via, lang))] : []),
    ...(query.groupBy && !(query.rank && 'order' in query.rank && query.groupBy === 'project') ? [BY[lang][query.groupBy]] : []),
    ...(query.rank && 'zero' in query.rank ? [t.zero] : []),
    ...(query.rank && 'order' in query.rank ? [query.rank.order === 'top' ? t.top(query.rank.n) : t.bottom(query.rank.n)] : []),
    ...(query.rank && 'nonZero' in query.rank && query.rank.nonZero ? [t.nonZero] : []),
  ].join(' · ');
}

/** A bar chart of a breakdown's rows (at most twelve), titled with what was understood; null for fewer than two rows. */
export function breakdownChart(db: BudgetDb, answer: QueryAnswer, lang: Lang): BarChart | null {
  if (answer.rows.length < 2 || (answer.query.rank && 'zero' in answer.query.rank)) return null;
  const grouping = answer.query.groupBy ?? 'project';
  return {
    title: understoodLine(db, answer, lang),
    rows: answer.rows.slice(0, BAR_ROWS).map((r) => ({ label: nameOf(db, grouping, r.key, lang), value: r.value, text: shown(r.value, answer.unit, lang) })),
  };
}

/** `page` (from 1) picks which rows of a long breakdown are shown; `pages` in the data says how many there are. */
export function queryReply(db: BudgetDb, answer: QueryAnswer, lang: Lang, options: { via?: string; page?: number } = {}): Reply {
  const { query } = answer;
  const t = TEXT[lang];
  const understood = understoodLine(db, answer, lang, options);
  const blocks: Block[] = [line(italic(understood))];
  const headline = answer.unit === 'tenge' ? [bold(shown(answer.total, 'tenge', lang)), ` (${formatMoneyExact(answer.total, lang)})`] : [bold(shown(answer.total, answer.unit, lang))];
  if (answer.unit === 'percent' && answer.spent !== undefined && answer.balance !== undefined) {
    headline.push(` — ${t.ofWhat(formatMoneyShort(answer.spent, lang), formatMoneyShort(answer.spent + answer.balance, lang))}`);
  }
  // A ranking's headline is its rows; a total over everything ranked would mislead. Leaving out
  // the zeros changes no total.
  if (!query.rank || !('order' in query.rank || 'zero' in query.rank)) blocks.push(line(...headline));
  if (answer.notBySource) blocks.push(line(italic(t.notBySource)));
  const grouping = query.groupBy ?? 'project';
  const pages = Math.max(1, Math.ceil(answer.rows.length / ROWS_PER_PAGE));
  const page = Math.min(Math.max(1, options.page ?? 1), pages);
  for (const row of answer.rows.slice((page - 1) * ROWS_PER_PAGE, page * ROWS_PER_PAGE)) {
    const detail = answer.unit === 'percent' && row.spent !== undefined ? ` (${t.ofWhat(formatMoneyShort(row.spent, lang), formatMoneyShort(row.spent + (row.balance ?? 0), lang))})` : '';
    const value = query.rank && 'zero' in query.rank ? '' : ` — ${shown(row.value, answer.unit, lang)}${answer.unit === 'tenge' && answer.rows.length <= 3 ? ` (${formatMoneyExact(row.value, lang)})` : ''}`;
    blocks.push(line(`• ${nameOf(db, grouping, row.key, lang)}`, ...(value ? [bold(value.replace(/^ — /, ' — '))] : []), detail));
  }
  if (pages > 1) blocks.push(line(italic(PAGING[lang].page(page, pages))));
  if (query.rank && answer.rows.length === 0) blocks.push(line(t.none));
  const subject = query.scope.kind !== 'programme' && query.scope.id ? { kind: query.scope.kind, id: query.scope.id } : undefined;
  return { blocks, data: { query, total: answer.total, rows: answer.rows, unit: answer.unit, page, pages }, ...(subject ? { subject } : {}) };
}

/** Several measures of one thing asked together ("получено, потрачено, остаток"): a line each. */
export function figuresReply(db: BudgetDb, answers: QueryAnswer[], lang: Lang): Reply {
  const first = answers[0]!.query;
  const understood = [answers.map((a, i) => (i === 0 ? measureName(a.query.measure, a.query.scope, lang) : measureName(a.query.measure, a.query.scope, lang).toLowerCase())).join(', '), formatPeriod(first.period, lang), nameOf(db, first.scope.kind, first.scope.id, lang)].join(' · ');
  const blocks: Block[] = [line(italic(understood))];
  for (const answer of answers) {
    const value = answer.unit === 'tenge' ? [bold(shown(answer.total, 'tenge', lang)), ` (${formatMoneyExact(answer.total, lang)})`] : [bold(shown(answer.total, answer.unit, lang))];
    blocks.push(line(`${measureName(answer.query.measure, answer.query.scope, lang)}: `, ...value));
  }
  const subject = first.scope.kind !== 'programme' && first.scope.id ? { kind: first.scope.kind, id: first.scope.id } : undefined;
  return { blocks, data: { figures: answers.map((a) => ({ measure: a.query.measure, total: a.total, unit: a.unit, period: a.query.period })) }, ...(subject ? { subject } : {}) };
}
