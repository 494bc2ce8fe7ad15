import { z } from 'zod';
import { formatDate } from '../../src/format/dates.js';
import { formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { anyPatternIn, asTyped, compileAll, SURE, weighted } from '../../src/language/index.js';
import { COMMON_TEXT } from '../../src/i18n/common-text.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { accountName } from '../../src/queries/account-names.js';
import { savingsSummary, type SavingsSummary } from '../../src/queries/savings.js';
import { bold, line, type Block, type Inline, type Reply, type ReplyButton } from '../../src/reply/reply.js';
import { pageButtons, takePageWord } from '../../src/reply/page-buttons.js';
import { PAGING } from '../../src/i18n/common-text.js';
import { formatPeriod } from '../../src/format/periods.js';
import { periodSchema, type Period } from '../../src/queries/budget-query.js';
import type { Reading } from '../../src/language/index.js';
import { readCommandWords } from '../queries/query-args.js';
import { defineCommand, UserError } from '../command.js';

const TEXT = {
  ru: {
    title: 'Экономия от цифровизации',
    figures: (recognised: Inline, reinvested: Inline, left: Inline) => ['Признано ', recognised, ', реинвестировано ', reinvested, ', осталось ', left],
    where: 'Куда направлено:',
    records: (n: number) => `📋 Записи (${n})`,
    recordsTitle: 'Записи экономии',
    destinations: (n: number) => `Все получатели (${n}) ›`,
    destinationsTitle: 'Куда направлена экономия',
    others: (n: number) => `другие (${n})`,
    none: 'Экономия ещё не записана. Администратор записывает её командой /recognise.',
    noneInPeriod: 'За этот период экономии не было.',
  },
  kk: {
    title: 'Цифрландырудан үнемделген қаражат',
    figures: (recognised: Inline, reinvested: Inline, left: Inline) => ['Танылғаны ', recognised, ', қайта инвестицияланғаны ', reinvested, ', қалғаны ', left],
    where: 'Қайда бағытталды:',
    records: (n: number) => `📋 Жазбалар (${n})`,
    recordsTitle: 'Үнемделген қаражат жазбалары',
    destinations: (n: number) => `Барлық алушылар (${n}) ›`,
    destinationsTitle: 'Үнемделген қаражат қайда бағытталды',
    others: (n: number) => `басқалары (${n})`,
    none: 'Үнемделген қаражат әлі тіркелмеген. Әкімші оны /recognise командасымен тіркейді.',
    noneInPeriod: 'Бұл кезеңде үнемделген қаражат болған жоқ.',
  },
  en: {
    title: 'Savings from digitalisation',
    figures: (recognised: Inline, reinvested: Inline, left: Inline) => ['Recognised ', recognised, ', reinvested ', reinvested, ', left ', left],
    where: 'Where it went:',
    records: (n: number) => `📋 Records (${n})`,
    recordsTitle: 'Savings records',
    destinations: (n: number) => `All recipients (${n}) ›`,
    destinationsTitle: 'Where the savings went',
    others: (n: number) => `others (${n})`,
    none: 'No savings recorded yet. An admin records them with /recognise.',
    noneInPeriod: 'No savings in this period.',
  },
} satisfies Record<Lang, unknown>;

const LEXICON = {
  ru: [...weighted(3, 'экономия', 'экономии', 'экономию', 'экономией', 'сэконом*', 'экономлен*', 'реинвест*', 'сбережен*'), ...weighted(1.5, 'вернули в программу', 'доход* от цифровизац*')],
  kk: [...weighted(3, 'үнем*', 'қайта инвестиц*'), ...weighted(4, 'үнем есебінен'), ...weighted(1.5, 'табыс*')],
  en: [...weighted(3, 'saving*', 'saved', 'reinvest*'), ...weighted(1.5, 'income from digitali*')],
};

export const savingsCommand = defineCommand({
  name: 'savings',
  topic: 'results',
  access: 'viewer',
  visibility: 'menu',
  readOnly: true,
  summary: {
    ru: 'Экономия: признано, реинвестировано, осталось',
    kk: 'Үнемделген қаражат: танылғаны, қайта инвестицияланғаны, қалғаны',
    en: 'Savings: recognised, reinvested, left',
  },
  examples: {
    ru: ['/savings', '/savings второе полугодие', '/savings сентябрь'],
    kk: ['/savings', '/savings 2-жартыжылдық', '/savings қыркүйек'],
    en: ['/savings', '/savings second half', '/savings September'],
  },
  // `impossibleDate`: a date written that does not exist, said back instead of read as today.
  args: z.object({
    period: periodSchema.optional(),
    impossibleDate: z.string().max(200).optional(),
    // The records or every recipient, a page at a time (what the buttons run).
    list: z.enum(['records', 'destinations']).optional(),
    page: z.number().int().min(1).max(10_000).optional(),
  }),
  parse(text, context) {
    const { page, rest } = takePageWord(text);
    const list = LIST_WORD.exec(rest)?.[1] as 'records' | 'destinations' | undefined;
    return { ...periodArgs(readCommandWords(rest.replace(LIST_WORD, ' ').trim(), context)), ...(list ? { list } : {}), ...(page ? { page } : {}) };
  },
  format: (args) => savingsWords(args),
  words: {
    lexicon: LEXICON,
    // Savings are asked about in words of money moving ("куда направили", "got the reinvested savings"): the word "savings" decides.
    // What is left or unused of the savings is the savings' own figure, not the projects' balance.
    // A project named that gave its savings back ("ASKUE metering returned some savings in July") asks
    // what that project released, which the programme's savings do not say.
    // Where the savings went ("на какие проекты и резервы", "қай жобалар мен резервтерге") is the savings' own list.
    score: (r, keywords) => {
      const own = onlyEnglishEconomy(r) ? 0 : keywords;
      return own + (own >= 3 ? 2.5 + (anyPatternIn(r.tokens, LEFT_OF_SAVINGS, false) || anyPatternIn(r.tokens, WHERE_IT_WENT, false) ? 3 : 0) : 0) - (projectGaveBack(r) ? 4 : 0);
    },
    args: (r) => ({ args: periodArgs(r) }),
    continues: (previous, r) => (previous.intent === 'savings' && r.period ? { args: periodArgs(r) } : null),
  },
  run({ period, impossibleDate, list, page }, { services, lang, today }) {
    if (impossibleDate) throw new UserError(perLang((l) => COMMON_TEXT[l].noSuchDate(impossibleDate)));
    const t = TEXT[lang];
    const span = period ? (period.kind === 'range' ? { from: period.from, to: period.to } : { from: null, to: period.date }) : { from: null, to: today };
    const s = savingsSummary(services.db, span, Infinity);
    const money = (n: number) => formatMoneyShort(n, lang);
    const when = ` · ${formatPeriod(period ?? { kind: 'range', from: today, to: today, grain: 'all' }, lang)}`;
    if (list) return listPage(s, list, period, page ?? 1, lang, (account) => accountName(services.db, account, lang));
    const title = line(bold(t.title), when);
    if (s.recognised === 0 && s.reinvested === 0 && s.left === 0) return { blocks: [title, line(period ? t.noneInPeriod : t.none)], data: { ...s } };
    const blocks: Block[] = [title, line(...t.figures(bold(money(s.recognised)), bold(money(s.reinvested)), bold(money(s.left))))];
    if (s.destinations.length > 0) {
      blocks.push(line(t.where));
      // The largest few by name, the rest in one line: the answer stays a phone screen.
      const named = s.destinations.length > DESTINATIONS ? s.destinations.slice(0, DESTINATIONS - 1) : s.destinations;
      for (const d of named) blocks.push(line(`• ${accountName(services.db, d.account, lang)} — ${money(d.amount)}`));
      const rest = s.destinations.slice(named.length);
      if (rest.length > 0) blocks.push(line(`• ${t.others(rest.length)} — ${money(rest.reduce((sum, d) => sum + d.amount, 0))}`));
    }
    const buttons: ReplyButton[][] = [
      ...(s.destinations.length > DESTINATIONS ? [[{ label: t.destinations(s.destinations.length), action: `/savings ${savingsWords({ period, list: 'destinations' })}` }]] : []),
      ...(s.latest.length > 0 ? [[{ label: t.records(s.latest.length), action: `/savings ${savingsWords({ period, list: 'records' })}` }]] : []),
    ];
    return { blocks, buttons, data: { ...s } };
  },
});

/** The savings' own words but «экономия» and its forms. */
const OWN_WORDS_ELSE = compileAll(Object.values(LEXICON).flatMap((entries) => entries.map((e) => e.pattern).filter((p) => !/^экономи/u.test(p))));

/**
 * Only the English "economy" ("blue economy", "digital economy"): a field, though its phonetic key
 * is that of «экономии»; no other savings word.
 */
function onlyEnglishEconomy(r: Reading): boolean {
  return r.tokens.some((t) => /^econom(?:y|ic|ics|ies)$/.test(t.text)) && !anyPatternIn(r.tokens, OWN_WORDS_ELSE, false);
}

/** "Is any of the savings left, unused": said beside a savings word. */
const LEFT_OF_SAVINGS = compileAll([
  'left', 'unused', 'remain*', 'unspent', 'остал*', 'остаток', 'остатк*', 'неиспользован*', 'не использован*', 'неизрасходован*', 'не израсходован*', 'нераспредел*',
  'қалды*', 'қалған*', 'қалдығы', 'қалдық*', 'пайдаланылмай*', 'пайдаланылмаған*', 'жұмсалмай*', 'жұмсалмаған*',
]);

/** Asking where money went: which projects or reserves got it. */
const WHERE_IT_WENT = compileAll([
  'какие проекты', 'на какие проекты', 'каким проектам', 'какие резервы', 'куда', 'which projects', 'what projects', 'which reserves', 'where did', 'where has', 'where have', 'went where',
  'қай жобалар*', 'қандай жобалар*', 'қай резерв*', 'қайда', 'қайда кетті', 'қайда жұмсалды',
]);

/** A project gives money back: "вернул", "returned", "қайтарды" (not "вернули в программу", savings' own words). */
const GAVE_BACK = compileAll(['вернул', 'вернула', 'вернули в резерв*', 'возвратил*', 'returned', 'gave back', 'handed back', 'қайтарды*', 'қайтарған*']);

function projectGaveBack(r: Reading): boolean {
  return anyPatternIn(r.tokens, GAVE_BACK, false) && r.mentions.some((m) => m.matches[0]?.kind === 'project' && m.matches[0].score >= SURE);
}

/** Destinations named one by one; beyond this many, the smallest are summed in one line. */
const DESTINATIONS = 4;
/** Records or recipients per page: with the title, a phone screen. */
const LIST_PAGE = 6;
const LIST_WORD = /(?:^|\s)(records|destinations)(?=\s|$)/u;

interface SavingsWords {
  period?: Period | undefined;
  list?: 'records' | 'destinations' | undefined;
  page?: number | undefined;
}

/** The words after /savings that ask for these arguments (what the buttons run). */
function savingsWords({ period, list, page }: SavingsWords): string {
  const when = period ? (period.kind === 'asOf' ? period.date : `${period.from} ${period.to}`) : '';
  return [when, list ?? '', page && page > 1 ? `page:${page}` : ''].filter(Boolean).join(' ');
}

/** The period's recognitions (newest first) or every recipient (largest first), a page at a time. */
function listPage(s: SavingsSummary, list: 'records' | 'destinations', period: Period | undefined, asked: number, lang: Lang, nameOf: (account: string) => string): Reply {
  const t = TEXT[lang];
  const money = (n: number) => bold(formatMoneyShort(n, lang));
  const items: Inline[][] =
    list === 'records'
      ? s.latest.map((r) => [`• ${formatDate(r.date, lang)} · `, money(r.amount), `: ${r.description}`])
      : s.destinations.map((d) => [`• ${nameOf(d.account)} — `, money(d.amount)]);
  const pages = Math.max(1, Math.ceil(items.length / LIST_PAGE));
  const page = Math.min(asked, pages);
  const title = list === 'records' ? t.recordsTitle : t.destinationsTitle;
  const when = period ? ` · ${formatPeriod(period, lang)}` : '';
  const blocks: Block[] = [line(bold(title), when, ...(pages > 1 ? [` · ${PAGING[lang].page(page, pages)}`] : []))];
  if (items.length === 0) blocks.push(line(period ? t.noneInPeriod : t.none));
  for (const item of items.slice((page - 1) * LIST_PAGE, page * LIST_PAGE)) blocks.push(line(...item));
  const nav = pageButtons(lang, page, pages, (n) => `/savings ${savingsWords({ period, list, page: n })}`);
  return { blocks, ...(nav.length > 0 ? { buttons: [nav] } : {}), data: { list, page, pages } };
}

/** The period a question names ("во втором полугодии", "қыркүйекте"), if any. */
function periodArgs(r: Reading): { period?: Period; impossibleDate?: string } {
  if (r.impossibleDate) return { impossibleDate: asTyped(r, r.impossibleDate.tokenStart, r.impossibleDate.tokenEnd) };
  const p = r.period;
  if (!p) return {};
  return { period: p.kind === 'asOf' ? { kind: 'asOf', date: p.date } : { kind: 'range', from: p.from, to: p.to, grain: p.grain } };
}
