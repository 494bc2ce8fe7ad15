import { formatMoneyExact, formatMoneyShort, formatPercent } from '../../src/format/money.js';
import { formatPeriod } from '../../src/format/periods.js';
import type { Lang } from '../../src/i18n/lang.js';
import { displayName } from '../../src/i18n/local-names.js';
import { anyPatternIn, compileAll, findPattern, weighted, type Reading } from '../../src/language/index.js';
import { answerQuery } from '../../src/queries/answer-query.js';
import type { Measure } from '../../src/queries/budget-query.js';
import { loadCatalogue } from '../../src/queries/catalogue.js';
import { bold, italic, line, type Block, type Inline } from '../../src/reply/reply.js';
import { defineQueryCommand } from './query-command.js';
import { MEASURE_NAMES, nameOf } from './query-reply.js';

// "231 млрд ₸ из 620 млрд ₸" / "620 млрд ₸ ішінен 231 млрд ₸" / "₸231 bn of ₸620 bn": the left part in bold.
const LEFT_OF: Record<Lang, (left: string, reserved: string) => Inline[]> = {
  ru: (left, reserved) => [bold(left), ` из ${reserved}`],
  kk: (left, reserved) => [`${reserved} ішінен `, bold(left)],
  en: (left, reserved) => [bold(left), ` of ${reserved}`],
};

const TOTAL: Record<Lang, string> = { ru: 'Всего', kk: 'Жиыны', en: 'Total' };

const RESERVED_PART = compileAll(['ring fenced', 'how much is reserved', 'how much was reserved', 'was reserved', 'were reserved', 'total reserved', 'reserved in total', 'reserved across', 'how much is earmarked', 'total earmarked', 'earmarked across', 'бөлініп қойыл*', 'қойылған резерв*', 'зарезервирован*', 'зарезервировал*', 'резервирован*', 'заложил*', 'заложен*', 'отложил*', 'отложен*', 'earmarked for', 'резервке қойыл*', 'резервке қарастырыл*', 'резервке қанша қарастырыл*', 'предусмотрен* в резерв*', 'в резерв* предусмотрен*', 'қойылған*', 'резервтелг*', 'reserved for', 'set aside', 'earmarked']);
const FUNDING = compileAll(['лимит* источник*', 'лимиты', 'финансировани* источник*', 'объем финансирован*', 'total funding', 'overall funding', 'whole funding', 'funding of', 'толық қаржыландыру*', 'барлық қаржыландыру*', 'қаржыландыру көлемі', 'предусмотрен*', 'combined funding', 'total size', 'full size', 'whole size', 'size of', 'how big', 'how large', 'full funding', 'funding amount', 'funding behind', 'funding envelope', 'envelope', 'қанша ақша тұр']);
/** A whole amount in general words: the funding, unless what was reserved or what is free is asked. */
const WHOLE_AMOUNT = compileAll(['сколько он всего', 'сколько она всего', 'целиком', 'объем средств', 'объем денег', 'весь объем', 'общ* объем', 'полн* объем', 'совокупн* объем', 'funding from every source', 'funding from all sources', 'общ* сумм*', 'полн* сумм*', 'total amount', 'full amount', 'whole amount', 'толық сомасы', 'жалпы сомасы', 'жалпы көлем*', 'толық көлем*', 'всего денег', 'всего средств', 'түгел*', 'all the money', 'how much money in total']);
/** The sources' money as it stands in them ("всего денег заложено во всех источниках"): their whole funding. */
const IN_SOURCES = compileAll(['во всех источник*', 'в источник*', 'in all sources', 'in all the sources', 'барлық көздерде']);
const NOT_JUST = compileAll(['not just', 'not only', 'не только', 'не просто', 'ғана емес']);
/** The reserved part named as such ("how big is the reserved part of …"): not the whole funding. */
const PART_RESERVED = compileAll(['резервке алынған*', 'reserved pot', 'reserved part', 'reserved portion', 'reserved share', 'part reserved', 'зарезервированн* част*', 'резервтелген бөлі*', 'резервке қойылған бөлі*']);
const has = (r: Reading, patterns: ReturnType<typeof compileAll>) => anyPatternIn(r.tokens, patterns);
/** "Общий объём резерва": the reserve's whole volume is what was reserved, unless the reserve is a source's name ("Үкімет резервінің жалпы көлемі"). */
const RESERVE_VOLUME = compileAll(['общ* объем резерв*', 'полн* объем резерв*', 'весь объем резерв*', 'совокупн* объем резерв*', 'резерв* жалпы көлем*', 'резерв* толық көлем*']);
const reserveVolume = (r: Reading) =>
  RESERVE_VOLUME.some((p) => findPattern(r.tokens, p).some((h) => !r.mentions.some((m) => (m.matches[0]?.score ?? 0) >= 0.6 && m.tokenStart < h.tokenEnd && h.tokenStart < m.tokenEnd)));

/** Free reserve, unless the words ask what was reserved, or the sources' whole funding. */
function reserveMeasure(r: Reading | null): Measure {
  if (!r) return 'freeReserve';
  // Not "not just the reserved part": that asks for more than it.
  if ((has(r, PART_RESERVED) || reserveVolume(r)) && !has(r, NOT_JUST)) return 'reserved';
  if (has(r, FUNDING) || (has(r, IN_SOURCES) && has(r, WHOLE_AMOUNT))) return 'funding';
  const free = r.tokens.some((t) => FREE_WORD.test(t.text));
  if (has(r, RESERVED_PART) && !free) return 'reserved';
  if (has(r, WHOLE_AMOUNT) && !free) return 'funding';
  return 'freeReserve';
}

/** Words of what is still free in a reserve ("свободно", "осталось", "бос", "left"). */
const FREE_WORD = /^(?:свобод\p{L}*|остал\p{L}*|остат\p{L}*|left|free|remain\p{L}*|бос|қалды\p{L}*|қалдық\p{L}*)$/u;
/** "Total and reserved": the whole amount said in one word before the reserved part. */
const TOTAL_WORD = /^(?:total|всего|итого|барлығы|жалпы)$/u;
const RESERVED_WORD = /^(?:reserved|зарезервирован\p{L}*|резервтелг\p{L}*|резервке)$/u;
const IN_RESERVE = compileAll(['в резерве', 'в резерв', 'его резерв', 'резервте', 'резервінде', 'резерві', 'резервін', 'in reserve', 'in the reserve', 'in reserves', 'its reserve']);

/**
 * A source's whole amount, its reserved part and what is free, each where the question says it
 * ("общий объём и сколько зарезервировано", "total amount and reserved part"): several listed are
 * answered together; one alone is the measure the words ask for.
 */
function reserveMeasuresNamed(r: Reading, own: readonly number[]): { measure: Measure; at: number }[] {
  const at = (patterns: ReturnType<typeof compileAll>) => patterns.flatMap((p) => findPattern(r.tokens, p).map((h) => h.tokenStart));
  const where = (test: RegExp) => r.tokens.flatMap((t, i) => (test.test(t.text) ? [i] : []));
  const wholeAt = [...at(FUNDING), ...at(WHOLE_AMOUNT)];
  // "In the reserve" after the whole amount is the part of it reserved ("общий объём и сколько из него в резерве").
  const inReserve = at(IN_RESERVE).filter((j) => wholeAt.some((i) => i < j));
  const reservedAt = [...at(PART_RESERVED), ...at(RESERVED_PART), ...where(RESERVED_WORD), ...inReserve];
  const totalAt = [...wholeAt, ...where(TOTAL_WORD).filter((i) => reservedAt.some((j) => j > i))];
  const found: { measure: Measure; at: number }[] = [];
  const add = (measure: Measure, places: number[]) => places.length > 0 && found.push({ measure, at: Math.min(...places) });
  add('funding', totalAt);
  add('reserved', reservedAt);
  add('freeReserve', where(FREE_WORD));
  return found.length > 1 ? found : [{ measure: reserveMeasure(r), at: Math.min(...own) }];
}

export const reservedCommand = defineQueryCommand({
  name: 'reserved',
  topic: 'money',
  summary: { ru: 'Остаток зарезервированных средств', kk: 'Резервтегі қалған қаражат', en: 'Reserved money left' },
  examples: { ru: ['/reserved', '/reserved national-fund', '/reserved на 1 марта'], kk: ['/reserved', '/reserved national-fund', '/reserved 1 наурыз'], en: ['/reserved', '/reserved national-fund', '/reserved as of 1 March'] },
  lexicon: {
    ru: [
      ...weighted(3, 'резерв*', 'зарезервир*'),
      ...weighted(2, 'заложил*', 'заложен*', 'отложил*', 'отложен*'),
      ...weighted(1.5, 'остат*', 'осталось', 'остался', 'остались', 'запас*'),
      ...weighted(2.5, 'нераспредел*', 'не распредел*', 'не выделен*', 'не распределили', 'можно распределить', 'незадействован*', 'не задействован*', 'неразмещ*', 'не размещ*', 'не раздал*', 'не роздан*', 'не отдан*', 'не отдал*', 'не передан*'),
      ...weighted(1, 'свободн*', 'доступн*'),
      ...weighted(5, 'свободн* остат* резерв*', 'свободн* резерв*', 'свободно в резерв*'),
      // Not yet gone to any project: still in the reserve.
      ...weighted(4, 'никому не отдан*', 'ни в один проект', 'не ушл* на проект*', 'не ушл* в проект*', 'не пошл* на проект*'),
      ...weighted(3.5, 'общ* объем финансирован*', 'объем финансирован*', 'финансировани* источник*', 'полн* сумм*', 'предусмотрен*', 'общ* объем*'),
      // "Общий объём всех семи источников": the sources' whole funding, one figure.
      ...weighted(4, 'общ* объем* всех', 'совокупн* объем* всех', 'полн* объем* всех', 'всех источник* вместе', 'все источники вместе', 'всех источник* финансирован*'),
      // "Одной цифрой": one figure, not a list of sources.
      ...weighted(1.5, 'одной цифрой', 'одним числом'),
      ...weighted(1.5, 'общ* сумм*', 'целиком', 'объем средств'),
      ...weighted(3, 'лимит* источник*', 'лимиты'),
      ...weighted(0.5, 'под программу'),
    ],
    kk: [
      // Not 'қалды*': that is also 'қалдық', what a project has left.
      ...weighted(3, 'резерв*'), ...weighted(1.5, 'қалды', 'қалдыма', 'қалған*'), ...weighted(2.5, 'бөлінбеген*', 'бөлінбе*', 'берілмей*', 'берілмеген*', 'таратылмаған*', 'таратылмай*'), ...weighted(1, 'бос'), ...weighted(5, 'бос резерв*', 'бос қалдық*', 'бос қалдығ*', 'бос ақша*'), ...weighted(4, 'көздерінің жалпы көлемі', 'барлық қаржы көздерінің', 'барлық көздердің'),
      ...weighted(3.5, 'толық қаржыландыру*', 'барлық қаржыландыру*', 'қаржыландыру көлемі', 'толық сомасы', 'толық көлем*'), ...weighted(1.5, 'жалпы сомасы', 'жалпы көлем*'), ...weighted(0.5, 'резервке қойыл*', 'қойылған*'), ...weighted(4, 'бөлініп қойыл*', 'қойылған резерв*', 'резервке алынған*'),
    ],
    en: [
      ...weighted(3, 'reserv*'), ...weighted(4.5, 'how much is reserved', 'total reserved', 'reserved in total', 'reserved across', 'how much is earmarked', 'total earmarked', 'earmarked across'), ...weighted(1.5, 'remaining', 'remain*', 'left'), ...weighted(2.5, 'unallocated', 'unassigned', 'not allocated', 'not yet allocated', 'not assigned', 'not yet committed', 'uncommitted'), ...weighted(1, 'available', 'spare', 'free'), ...weighted(2.5, 'headroom'), ...weighted(5, 'free reserve*', 'uncommitted reserve*', 'unallocated reserve*', 'free to hand out', 'free to allocate', 'free to give out'), ...weighted(4, 'free money', 'free cash'), ...weighted(4, 'not yet handed', 'not handed', 'not yet given', 'not given', 'not given out', 'not yet passed', 'not passed', 'left to allocate', 'yet to allocate', 'still to allocate', 'yet to be allocated', 'left to hand out', 'left to give out'),
      ...weighted(3.5, 'total funding', 'overall funding', 'whole funding', 'funding of', 'total amount', 'full amount', 'whole amount', 'combined funding', 'total size', 'full size', 'whole size', 'size of', 'how big', 'full funding', 'funding amount', 'funding behind', 'funding envelope', 'envelope'), ...weighted(0.5, 'set aside', 'earmarked'), ...weighted(3.5, 'ring fenced', 'all funding sources', 'every funding source', 'funding from every source', 'funding from all sources'), ...weighted(3, 'reserved share', 'reserved pot', 'how large'), ...weighted(2.5, 'dry powder'),
    ],
  },
  preferred: ['source'],
  // A source named is a question about its reserve; so is a lender's money the data lacks ("азия даму банкінің қаражаты").
  score: (r, keywords) => keywords + (r.mentions.some((m) => m.matches[0]?.kind === 'source' && m.matches[0].score >= 0.8) || r.foreignLenders.length > 0 ? 1.5 : 0),
  measure: reserveMeasure,
  measuresNamed: reserveMeasuresNamed,
  answer(args, context) {
    // The free reserve of each source: what is left of what was reserved, and its share.
    if (args.measure !== 'freeReserve' || args.rank || (args.groupBy && args.groupBy !== 'source')) return null;
    const { services, lang, today } = context;
    const scope = args.scope?.kind === 'source' ? args.scope : { kind: 'programme' as const };
    const answer = answerQuery(services.db, { measure: 'freeReserve', scope, groupBy: 'source', ...(args.period ? { period: args.period } : {}) }, today);
    const catalogue = loadCatalogue(services.db);
    const money = (n: number) => formatMoneyShort(n, lang);
    const share = (left: number, reserved: number) => (reserved > 0 ? ` (${formatPercent((left / reserved) * 100, lang, 1)})` : '');
    const understood = [MEASURE_NAMES[lang].freeReserve, formatPeriod(answer.query.period, lang), nameOf(services.db, scope.kind, 'id' in scope ? scope.id : undefined, lang)].join(' · ');
    const blocks: Block[] = [line(italic(understood))];
    let reservedTotal = 0;
    const order = [...catalogue.sources.keys()];
    for (const row of [...answer.rows].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))) {
      const source = catalogue.sources.get(row.key)!;
      reservedTotal += source.reserved;
      blocks.push(line(`• ${displayName(source, lang)}: `, ...LEFT_OF[lang](money(row.value), money(source.reserved)), share(row.value, source.reserved)));
    }
    if (answer.rows.length > 1) blocks.push(line(`${TOTAL[lang]}: `, ...LEFT_OF[lang](money(answer.total), money(reservedTotal)), share(answer.total, reservedTotal)));
    else blocks.push(line(formatMoneyExact(answer.total, lang)));
    return { reply: { blocks, data: { query: answer.query, total: answer.total, rows: answer.rows }, ...(scope.kind === 'source' ? { subject: { kind: 'source' as const, id: scope.id! } } : {}) }, breakdown: answer };
  },
});
