// What a question about budget figures asks besides its measure: which thing (a project, a source,
// an area, an administrator, a status, or the whole programme), which period, broken down by what,
// and ranked how; and, when it names something the data does not have, that name.
import { compileAll, findPattern, hitsOfList, tokenFitsAny, type CompiledPattern } from './keyword-match.js';
import { PLACE, placeOf, placesInNames } from './places.js';
import { candidatesHolding, matchEntities, type Mention } from './match-entity.js';
import { numberAt } from './parse-number-words.js';
import type { PeriodMatch } from './parse-period.js';
import { candidateOf, ENTITY_KINDS, latinStandsOut, PLACE_NOUN, PROGRAMME_WORD, type EntityKind, type Reading } from './reading.js';
import { conceptsOf, shareConcept } from './concept-glossary.js';
import { normalizeText } from './normalize-text.js';
import { isCompanyForm, isFunctionWord, isStopWord, isStopWordTypo } from './stop-words.js';
import { tokenize } from './tokenize.js';
import { placesOf } from './typed-words.js';
import { statusWords } from './vocabulary.js';
import { wordSimilarity } from './word-similarity.js';

export type Grouping = 'source' | 'area' | 'administrator' | 'project' | 'status' | 'month';
export type ScopeKind = 'programme' | 'source' | 'area' | 'project' | 'administrator' | 'status';

export interface BudgetQuestion {
  scope?: { kind: ScopeKind; id?: string };
  /** Other things the same words may name (tied matches): offered as buttons. */
  alternatives?: string[];
  period?: { kind: 'asOf'; date: string } | { kind: 'range'; from: string; to: string; grain: Extract<PeriodMatch, { kind: 'range' }>['grain'] };
  groupBy?: Grouping;
  rank?: { order: 'top' | 'bottom'; n: number; nonZero?: true } | { zero: true } | { nonZero: true };
  /** A name the data does not have: what was typed, and what kind of thing it seems to be. */
  unknown?: { text: string; kind?: EntityKind };
  /** A date written that does not exist, as typed. */
  impossibleDate?: string;
  /** Words that may be a name but nothing says so (lower case, no marker): the answer says it did not use them. */
  unused?: string;
}

const compile = (words: string[]) => compileAll(words);

/** Nouns naming a kind of thing, singular and plural, in the three languages (on phonetic keys). */
const GROUP_NOUNS: Record<Exclude<Grouping, 'month'>, CompiledPattern[]> = {
  administrator: compile(['администратор*', 'госорган*', 'подвед*', 'компаний', 'компаниям', 'организаций', 'ұйымдар*', 'organisations', 'organizations', 'распорядител*', 'administrator*', 'admin', 'admins', 'әкімші*', 'исполнител*', 'owner*', 'ведомств*', 'министерств*', 'ministr*', 'министрлік*', 'министрлі*', 'agency', 'agencies', 'bodies', 'агентств*',
    // A department is a body running projects ("ештеңе жұмсамаған басқарма бар ма"); "управление" is also "management", so only its plurals.
    'басқарма', 'басқармалар*', 'департамент*', 'department', 'departments', 'dept', 'depts', 'управлений', 'управлениям', 'управлениями']),
  area: compile(['направлени*', 'приоритетн* направлени*', 'area*', 'priority area*', 'direction', 'directions', 'бағыт*', 'басым бағыт*', 'сфер*', 'priorit*', 'приоритет*', 'басымдық*']),
  source: compile(['источник*', 'source*', 'funding line*', 'funder*', 'financier*', 'көз', 'көзі*', 'көзд*', 'көзі', 'көздер*', 'қаржыландырушы*']),
  project: compile(['проект*', 'project*', 'жоба*']),
  status: compile(['статус*', 'status*', 'мәртебе*']),
};
const MONTHS_WORDS = compile(['по месяцам', 'помесячно', 'by month', 'monthly', 'month by month', 'per month', 'айлар бойынша', 'ай бойынша', 'ай сайын']);
/** "по …", "by …", "… бойынша": a breakdown (with a plural noun in Russian and Kazakh). */
const BY_BEFORE = /^(?:по|by|per|each|every|across|разрез\p{L}*|разбивк\p{L}*)$/u;
/** "из каких источников", "which sources", "қай көзден": asking which of them is a breakdown too. */
const WHICH = /^(?:каких|какие|каким|какими|которых|кого|кто|which|what|қай|қандай)$/u;
/** "по каждому источнику", "each area", "әр бағыт": every one of them, a breakdown even in the singular. */
const EACH = /^(?:каждому|каждой|каждого|каждый|каждая|each|every|әр|әрбір)$/u;
const BREAKDOWN_WORDS = compile(['в разрезе', 'разрез*', 'разбивк*', 'разбей', 'разбить', 'разбейте', 'breakdown', 'broken down', 'break down', 'break', 'split', 'бөлінісінде', 'бөлініс*', 'бөліп']);
const BY_AFTER = /^(?:бойынша|бөлінісінде|бөліп|ішінде|ішінен|арасында|арасынан|breakdown|wise|әрқайсы\p{L}*)$/u;
// "направлений" (genitive plural) ends in -ий.
const RU_PLURAL = /(?:ам|ям|ами|ями|ах|ях|ы|и|ов|ев|ий)$/u;
const KK_PLURAL = /(?:лар|лер|дар|дер|тар|тер)\p{L}*$/u;
/** Kazakh verbs that ask for a list ("тізіп бер", "атап шық", "көрсет"). */
const LIST_VERB = /^(?:тізіп|тізімін|тізімі|атап|көрсет\p{L}*)$/u;

const TOP = compile([
  'больше всего', 'наибольш*', 'самы* больш*', 'само* больш*', 'самы* затратн*', 'самы* дорог*', 'самы* высок*', 'само* высок*', 'самы* крупн*', 'само* крупн*', 'самы* крупн*', 'крупнейш*', 'максимальн*', 'больше всех', 'лидер*',
  'most', 'largest', 'biggest', 'highest', 'heaviest', 'top', 'топ', 'greatest', 'first place', 'больше остальных', 'больше других', 'ең көп', 'ең үлкен', 'ең жоғары', 'ең мол', 'үздік', 'бірінші орын*', 'көп', 'көбірек', 'ең ірі', 'ірі', 'көш бастап*', 'көш басында*', 'көшбасшы*', 'алдыңғы*', 'lion s share', 'lion share', 'самы* толст*', 'толще всех', 'лучше всех', 'лучше всего', 'лучш*', 'best', 'ең жақсы*', 'ең үздік*', 'ең озық*', 'fattest', 'leads', 'leading', 'pushed the most',
  'самы* жирн*', 'жирнее всех', 'впереди', 'ең жоғарысы', 'ең көбі', 'furthest ahead', 'ahead', 'алда келе жатқан*', 'алда келе жатыр', 'алда тұрған*', 'алда', 'thickest', 'ranked', 'ranking', 'rank', 'лучше остальных', 'лучше других', 'better than the rest', 'better than others', 'рекордсмен*', 'record holder*', 'көш бастаған*', 'бәрінен көп', 'бәрінен көбірек', 'бәрінен жақсы', 'бәрінен жоғары',
]);
const BOTTOM = compile([
  'ближе всех к нулю', 'ближе к нулю', 'closest to zero', 'nearest to zero', 'снизу', 'с конца', 'меньше всего', 'наименьш*', 'самы* мал*', 'самы* низк*', 'само* низк*', 'самы* слаб*', 'само* слаб*', 'слабее всех', 'минимальн*', 'меньше всех', 'худш*', 'хуже всего', 'аутсайдер*', 'outsider*', 'хуже всех', 'самы* скромн*', 'скромнее всех', 'само* слаб*', 'слабе*', 'weakest', 'weaker', 'бәрінен нашар', 'ең нашар', 'нашар*', 'ең әлсіз*', 'әлсіз*', 'соңғы орын*',
  'least', 'smallest', 'lowest', 'fewest', 'bottom', 'worst', 'laggard*', 'lagging', 'lag', 'lags', 'lag most', 'behind', 'slowest', 'furthest behind', 'scraping the bottom', 'ең аз', 'ең азы', 'ең төмен*', 'ең төменгі*', 'ең баяу', 'артта', 'артта қалып*',
  'медленнее*', 'медленней', 'самы* медленн*', 'медленнее всех',
  'thinnest', 'slimmest', 'тоньше всех', 'самы* тонк*', 'түбіне жақында*', 'бәрінен аз', 'ең кішкентай', 'ең кіші', 'хуже остальных', 'хуже других', 'worse than the rest',
]);
const ZERO = compile([
  'ничего не потрат*', 'ничего не израсход*', 'ничего не заплатил*', 'ничего не оплатил*', 'ничего не выплатил*', 'не заплатил* ничего', 'не оплатил* ничего', 'ни тенге', 'ни копейки', 'ни одной оплат*', 'ни одного платеж*', 'не было оплат*', 'не было платеж*', 'no payments', 'not a single payment', 'not one payment', 'not one tenge', 'zero payments', 'with zero payments', 'no payment yet', 'no payment has', 'ноль расход*', 'нулев* расход*', 'нол* расход*', 'без расход*', 'не потратил*', 'не израсходовал*',
  'nothing spent', 'spent nothing', 'nothing has been paid', 'nothing has been paid out', 'nothing paid', 'nothing paid out', 'nothing was paid', 'nothing has been spent', 'nothing was spent', 'not spent anything', 'haven t spent anything', 'havent spent anything', 'have not spent anything', 'zero spend*', 'no spending', 'not spent',
  'ештеңе жұмсамаған*', 'ештеңе жұмсамады*', 'жұмсамаған*', 'нөл шығын*', 'төлемеген*', 'бір теңге де', 'бір тиын да',
  'бірде бір төлем*', 'ешқандай төлем*', 'төлем болмаған*', 'төлемі болмаған*', 'ешқандай шығын*', 'бірде бір теңге*', 'бірде бір тиын*', 'төлем жасамаған*', 'төлем жасамады*', 'төлем жүргізбеген*', 'төлем өткізбеген*', 'төлем жүргізбеді*', 'төлем жүргізілмеген*', 'haven t paid', 'hasn t paid', 'have not paid', 'has not paid', 'didn t pay', 'did not pay', 'didn t pay anything', 'did not pay anything', 'didn t spend', 'did not spend', 'not paid a single', 'a single tenge', 'not a single tenge', 'paid nothing', 'paid zero', 'нөлге тең', 'төлемі нөл*', 'нулев* оплат*', 'нулев* платеж*', 'бірде бір аударым*', 'аударым жасамаған*', 'аударым жасамады*',
]);
/** "Нулевые не считать": a ranking of those that have some. */
const NON_ZERO = compile([
  'нулевые не счита*', 'нулевых не счита*', 'нулевые не учитыва*', 'нулевых не учитыва*', 'без нулевых', 'без нулей', 'кроме нулевых', 'не считая нулевых', 'ненулев*', 'нули не счита*',
  'убери нулевые', 'убрать нулевые', 'исключи нулевые', 'исключая нулевые', 'не показывай нул*', 'нули не показывай', 'нулевые не показывай', 'скрой нул*', 'скрыть нул*',
  'excluding zero*', 'excluding the zero*', 'exclude zero*', 'exclude the zero*', 'not counting zero*', 'not counting the zero*', 'non zero', 'nonzero', 'ignore zero*', 'ignore the zero*', 'ignoring zero*',
  'ignoring empty*', 'ignore empty*', 'ignore the empty*', 'empty ones', 'пустые не счита*', 'пустых не счита*', 'без пустых', 'ignore the ones at 0', 'ignore those at 0', 'ones at 0', 'ones at zero', 'those at 0', 'those at zero', 'нули выкин*', 'выкин* нул*', 'нули убер*', 'без нолей', 'zeros aside', 'leave out zero*', 'leave out the zero*', 'leave out the ones with zero*', 'leave out those with zero*', 'ones with zero', 'those with zero', 'ones with nothing', 'leave the zero* out', 'skip zero*', 'skip the zero*', 'drop zero*', 'drop the zero*', 'without zero*', 'without the zero*', 'hide zero*', 'hide the zero*', 'only those who*', 'only the ones who*', 'only who paid', 'only those that*', 'don’t show zero*', "don't show zero*", 'dont show zero*', 'no zeros', 'no zeroes',
  'нөлдік қалдықтарды көрсетпе*', 'нөл қалдықты* көрсетпе*', 'нөл қалдықтар* көрсетпе*', 'нөл қалдықтары* көрсетпе*', 'нөлдік қалдықтарды есептеме*', 'нөлдік қалдықтарды қоспа*', 'нөлдіктерді есептеме*', 'нөлдіктерсіз', 'нөлден басқа', 'нөлдерді есептеме*', 'нөлдіктерді қоспа*', 'нөлдерді қоспа*', 'нөлдіктерді алып таста*', 'нөлсіз', 'нөлдерін көрсетпе*', 'нөлдерді көрсетпе*', 'нөлдіктерді көрсетпе*', 'нөлдіктерін көрсетпе*', 'нөлдерін қоспа*', 'нөлдерін алып таста*', 'нөлдерін есептеме*', 'нөлдіктерін есептеме*', 'нөлдерін санама*', 'нөлдерді санама*', 'нөлдіктерді санама*', 'нөлдіктерін санама*',
  'нөлдік емес', 'нөл емес', 'нөлге тең емес', 'нөл* қалдық* көрсетпе*', 'нөл* қалдық* есептеме*', 'нөл* қалдық* қоспа*', 'нөл* қалдық* санама*',
  // Only those that have spent: "only ones that spent something", "хоть что-то потратили", "жұмсай бастағандар".
  'only ones that*', 'only the ones that*', 'spent something', 'spent anything', 'have started spending', 'started spending',
  'хоть что-то потрат*', 'что-то уже потрат*', 'уже что-то потрат*', 'начали тратить', 'начавш* тратить',
  'жұмсай бастаған*', 'жұмсап бастаған*', 'ақша жұмсағандар*',
]);

/** What a source is ("кредит ЕБРР", "the EBRD grant"): a loan or a grant. */
const SOURCE_KINDS = [
  /^(?:кредит\p{L}*|заем\p{L}*|заём\p{L}*|займ\p{L}*|loans?|credit|facility|қарыз\p{L}*|несие\p{L}*)$/u,
  /^(?:грант\p{L}*|grants?)$/u,
];

/**
 * Word `i` says what kind of source the named one is, and its name says no other kind: "кредит
 * ЕБРР" of «EBRD … Facility». "Loan" of a grant's name is another source, one the data lacks.
 */
function sourceKindOf(r: Reading, kind: EntityKind, id: string, i: number): boolean {
  const said = SOURCE_KINDS.findIndex((k) => k.test(r.tokens[i]!.text));
  if (kind !== 'source' || said < 0) return false;
  const names = candidateOf(r, 'source', id).flatMap((c) => c.names);
  const words = names.flatMap((n) => tokenize(normalizeText(n)).map((t) => t.text));
  return !SOURCE_KINDS.some((k, at) => at !== said && words.some((w) => k.test(w)));
}

/** A word that makes a name a state body's: committee, ministry, agency, department. */
const BODY_WORD = /^(?:комитет\p{L}*|министерств\p{L}*|агентств\p{L}*|департамент\p{L}*|управлени\p{L}*|акимат\p{L}*|committee|ministry|agency|department|body|bodies|комитеті\p{L}*|министрлі\p{L}*|агенттігі?\p{L}*|басқарма\p{L}*|әкімдігі?\p{L}*|бюро|бюросы\p{L}*|bureau|служб\p{L}*|service|қызметі\p{L}*|инспекци\p{L}*|inspectorate|инспекциясы\p{L}*)$/u;

/** Words that ask about everything together: the whole programme. */
const PROGRAMME = compile([
  'по программе', 'в целом', 'программ* в целом', 'всей программ*', 'всех источник*', 'всем источник*', 'всех проект*', 'всем проект*', 'все проект*', 'все источник*',
  'whole programme', 'whole program', 'programme wide', 'program wide', 'overall', 'all sources', 'all three sources', 'all four sources', 'all five sources', 'all six sources', 'all projects', 'все вместе', 'вместе',
  'every source', 'each source added up', 'sources added up', 'all sources added up', 'added up', 'sum of all sources', 'всех семи источников', 'всех шести источников', 'одной цифрой', 'одним числом', 'бір санмен', 'one figure', 'one number', 'single figure', 'жеті көздің', 'барлық көздің', 'көздің бәрінен', 'көздердің бәрінен',
  'across all sources', 'across every source', 'every funding source', 'across all the sources', 'across all the funding sources', 'across all funding sources', 'all the funding sources', 'all funding sources', 'across all three sources', 'across all four sources', 'across all five sources', 'across all six sources', 'всех пяти источников', 'всех четырех источников', 'всех трех источников',
  'бағдарлама бойынша', 'жалпы бағдарлама*', 'бүкіл бағдарлама*', 'барлық көздер*', 'барлық жобалар*',
]);
const HOW_MUCH_MONEY = /(?:^|[^\p{L}])(?:сколько(?!\s+проект)|how much|қанша(?!\s+жоба))(?:$|[^\p{L}])/iu;

/** "In total": a whole, but of whatever is asked about ("а всего он сколько получил?" is about him). */
const IN_TOTAL = compile(['funding behind', 'money behind', 'sources behind', 'all sources behind', 'всего', 'итого', 'aggregate', 'in aggregate', 'совокупн*', 'суммарно', 'in total', 'grand total', 'total', 'combined', 'running total', 'bottom line', 'close of play', 'end of play', 'end of day', 'close of day', 'end of the day', 'close of the day', 'lumped together', 'вместе', 'бірге', 'altogether', 'барлығы', 'жалпы', 'жиыны', 'close of business', 'end of business', 'cumulative', 'cumulatively', 'накопленн*', 'накопил*', 'накоплен*', 'нарастающим итогом', 'өспелі қорытынды*', 'өспелі жиынты*', 'жинақталған', 'full list', 'полный список', 'толық тізім',
  // Since the programme began: the whole span, which is what a question without a period covers.
  'since launch', 'since the launch', 'since inception', 'since the start', 'since the beginning', 'since it began', 'since it started', 'с запуска', 'с момента запуска',
  'с начала программы', 'за всё время', 'за все время', 'басынан бері', 'іске қосылғаннан бері', 'бағдарлама басталғаннан бері']);
/** Turning the ranking before round: "переверни", "flip it", "керісінше", "now the opposite end". */
export const FLIP = compile(['opposite end', 'the opposite', 'other end', 'the other end', 'переверни', 'переверните', 'наоборот', 'в обратную сторону', 'flip', 'flip it', 'reverse', 'reverse it', 'the other way round', 'other way around', 'керісінше', 'кері қарай', 'аударып көрсет*']);
/** The ends of a list said as "first" and "last": after a ranking, "а три последних?" is its bottom three. */
const FIRST_END = compile(['первые', 'первых', 'first', 'алғашқы', 'бірінші']);
const LAST_END = compile(['последние', 'последних', 'last', 'соңғы', 'замыкающие', 'замыкающих']);
/** An order, not a cut: "largest first", "по убыванию" sort the whole breakdown. */
const SORTED = compile(['ranked by', 'rank by', 'ranking by', 'sorted by', 'ordered by', 'largest first', 'biggest first', 'highest first', 'most first', 'in descending order', 'descending', 'по убыванию', 'от большего к меньшему', 'от больших к меньшим', 'кему ретімен', 'үлкенінен бастап', 'көбінен бастап']);
/** "Where does its money come from": a breakdown by source. */
const FROM_WHERE = compile([
  'откуда', 'кто дал', 'кто дает', 'кто давал', 'чем финансир*', 'на какие деньги', 'на какие средства', 'из каких денег', 'из каких средств', 'за счет чего', 'за счет каких', 'за чей счет', 'кто финансир*', 'where from', 'what sources', 'pay for', 'pays for',
  'who paid for', 'paid for it', 'get its money from', 'gets its money from', 'get their money from', 'get its funding', 'gets its funding', 'get their funding', 'who funds', 'who is funding', 'who pays for', 'who is financing', 'who finances', 'who financed', 'who funded', 'кімдер берді', 'кім берді', 'кім қаржыландыр*', 'come from', 'comes from', 'coming from',
  'which sources', 'funding sources', 'sources of funding', 'funded by what', 'қайдан', 'қай көздер*', 'қай көзден', 'из каких источников', 'қаржыландыру көздері',
  'кто его финансир*', 'кто её финансир*', 'кто их финансир*', 'чьими деньгами', 'чьи деньги', 'на чьи деньги', 'who is paying for', 'who s paying for', 'funding mix', 'funded from',
  'из какого источник*', 'какой источник', 'источники и сумм*', 'what source*', 'sources and amounts', 'көздерін', 'көздерімен', 'қандай көздер*', 'кім төлейді', 'кімнің ақшасы*', 'кімнің қаражаты*', 'кімнің қаржысы*', 'кімнің есебінен', 'какие источники', 'каких источников', 'какими источниками',
  'источники финансирования', 'источник финансирования', 'источников финансирования', 'қаржы көздері*', 'қаржыландыру көзі*', 'funding source*', 'which source*',
]);

/** Words that announce a name: a name the data lacks is looked for next to them. */
const MARKER_WORDS = [
  'проект*', 'project*', 'жоба*', 'фонд*', 'fund*', 'қор*', 'источник*', 'source*', 'резерв*', 'reserv*', 'направлени*', 'area', 'priority', 'direction', 'бағыт*', 'басымдығ*',
  'администратор*', 'administrator*', 'әкімші*', 'министерств*', 'ministry', 'министрлік*', 'министрлі*', 'банк*', 'bank*', 'грант*', 'grant', 'grants', 'заём', 'займ*', 'loan', 'loans', 'кредит*', 'несие*', 'корпорац*', 'corporation', 'компани*', 'company',
  'управлени*', 'департамент*', 'department', 'басқарма*', 'акимат*', 'әкімдік*', 'office', 'агентств*', 'agency', 'агенттіг*', 'агенттік*', 'комитет*', 'committee',
  'инспекци*', 'inspectorate', 'қоса қаржыланд*',
  'кәсіпорн*', 'предприяти*', 'enterprise', 'университет*', 'university',
];
const NAME_MARKERS = compile(MARKER_WORDS);

/** Name markers that make the programme's own words another thing's name: no reserve word, nor the breakdown's noun. */
const markersWithout = (...words: string[]) => compile(MARKER_WORDS.filter((w) => !words.includes(w) && !/^(?:резерв|reserv)/u.test(w)));
const THEME_MARKERS: Record<Grouping | 'none', CompiledPattern[]> = {
  none: markersWithout(),
  month: markersWithout(),
  project: markersWithout('проект*', 'project*', 'жоба*'),
  source: markersWithout('источник*', 'source*', 'фонд*', 'fund*', 'қор*'),
  area: markersWithout('направлени*', 'area', 'priority', 'бағыт*', 'басымдығ*'),
  administrator: markersWithout('администратор*', 'administrator*', 'әкімші*'),
  status: markersWithout(),
};

const hitsOf = (r: Reading, patterns: CompiledPattern[]) => hitsOfList(r.tokens, patterns);
const has = (r: Reading, patterns: CompiledPattern[]) => hitsOf(r, patterns).length > 0;

/** A noun of `grouping` in the question, and where. */
function groupNounAt(r: Reading, grouping: Exclude<Grouping, 'month'>): number[] {
  return hitsOf(r, GROUP_NOUNS[grouping]).map((h) => h.tokenStart);
}

/** Where the question has a kind noun (of any kind). */
const KIND_NOUNS = new WeakMap<Reading, Set<number>>();
function kindNouns(r: Reading): Set<number> {
  let nouns = KIND_NOUNS.get(r);
  if (!nouns) KIND_NOUNS.set(r, (nouns = new Set(Object.values(GROUP_NOUNS).flatMap((patterns) => hitsOf(r, patterns).map((h) => h.tokenStart)))));
  return nouns;
}

/** A mention made of kind nouns alone ("the two areas"): a breakdown or a ranking's target, not "Aral Sea area". */
function onlyKindNouns(r: Reading, m: Mention): boolean {
  const nouns = kindNouns(r);
  return r.tokens.slice(m.tokenStart, m.tokenEnd).every((t, k) => t.ignorable || nouns.has(m.tokenStart + k));
}

/** A mention made of a breakdown's noun after "by / по" and commands' words ("payments by status"): the question's own words, no name. */
function onlyBreakdownWords(r: Reading, m: Mention): boolean {
  const nouns = kindNouns(r);
  const breakdownNoun = (i: number) => nouns.has(i) && BY_BEFORE.test(r.tokens[i - 1]?.text ?? '');
  const span = r.tokens.slice(m.tokenStart, m.tokenEnd);
  return span.some((_, k) => breakdownNoun(m.tokenStart + k)) && span.every((t, k) => t.ignorable || t.keyword || breakdownNoun(m.tokenStart + k));
}

/** Whether token `at` is part of a name found for sure ("Кадры и грамотность"), not a kind noun on its own. */
const inSureName = (r: Reading, at: number): boolean =>
  r.mentions.some((m) => at >= m.tokenStart && at < m.tokenEnd && (m.matches[0]?.score ?? 0) >= 0.8 && !onlyKindNouns(r, m));

/** A kind noun in the plural: "жобаларға", "проектам", "projects". */
const isPluralNoun = (word: string) => (/[a-z]/.test(word) ? /s$/.test(word) : /[әғқңөұүһі]/u.test(word) ? KK_PLURAL.test(word) : RU_PLURAL.test(word) || KK_PLURAL.test(word));

function findGrouping(r: Reading): Grouping | undefined {
  if (has(r, MONTHS_WORDS)) return 'month';
  // "Where does X's money come from" splits X by source; with nothing named it asks for the sources themselves.
  if (has(r, FROM_WHERE) && r.mentions.some((m) => (m.matches[0]?.score ?? 0) >= FAINT)) return 'source';
  // "Across all five sources" sums them: the whole programme, no breakdown.
  const whole = hitsOf(r, PROGRAMME);
  // A status first: "по статусам проектов" is by status, the projects' ones.
  for (const grouping of ['status', 'administrator', 'source', 'area', 'project'] as const) {
    for (const at of groupNounAt(r, grouping)) {
      if (whole.some((h) => at >= h.tokenStart && at < h.tokenEnd)) continue;
      const word = r.tokens[at]!.text;
      // The two words before it, past an article or a count ("across the six areas").
      const before = r.tokens
        .slice(Math.max(0, at - 4), at)
        .reverse()
        .filter((t) => !t.isNumber && numberAt([t], 0) === null && !/^(?:the|all|its|their)$/u.test(t.text))
        .slice(0, 2)
        .map((t) => t.text);
      const after = r.tokens[at + 1]?.text ?? '';
      // "по администраторам", "в разрезе источников", "by area", "per project", "әкімшілер бойынша"
      // "administrators ranked by what they received": the list of them in order.
      // Money moved "жобалар арасында" (between projects) is a sum, not a breakdown by project.
      const between = /^арасында/u.test(after) && r.tokens.some((t) => /^(?:қайта|ауыстыр|аударыл)/u.test(t.text));
      const marked = before.some((w) => BY_BEFORE.test(w)) || (BY_AFTER.test(after) && !between) || after === 'breakdown' || hitsOf(r, SORTED).some((h) => h.tokenStart === at + 1);
      // A Kazakh word's "-ы" is "its", not a Russian plural: "бағыты бойынша" is about one area.
      // So is one before "бойынша", though spelt without Kazakh letters ("жобасы бойынша" is about one project).
      const kazakh = /[әғқңөұүһі]/u.test(word) || /^(?:бойынша|бөлінісінде|бөліп)$/u.test(after);
      // A status names no one thing: "по статусу", "мәртебесі бойынша" is a breakdown in the singular too.
      const plural = grouping === 'status' || /[a-z]/.test(word) || /^(?:per|each|every)$/.test(before[0] ?? '') ? true : kazakh ? KK_PLURAL.test(word) : RU_PLURAL.test(word) || KK_PLURAL.test(word);
      const asked = before.some((w) => WHICH.test(w) || EACH.test(w));
      // The noun said twice ("бағыт-бағыт бойынша", "бағыт-бағыты бойынша", "проект за проектом"): one by one, a breakdown.
      const again = r.tokens[at + 1]?.text ?? '';
      const twice = again === word || (again.startsWith(word) && /^(?:ы|і|сы|сі)$/u.test(again.slice(word.length))) || (r.tokens[at + 1]?.text === 'за' && (r.tokens[at + 2]?.text ?? '').startsWith(word.slice(0, 5)));
      if (twice && !inSureName(r, at)) return grouping;
      // "әкімшілердің игеру пайыздарын тізіп бер": the plural's own figures, listed one by one.
      const listed = KK_PLURAL.test(word) && /(?:дың|дің|тың|тің|ның|нің)$/u.test(word) && r.tokens.some((t) => LIST_VERB.test(t.text));
      if (listed && !inSureName(r, at)) return grouping;
      // The programme's theme word before the noun names which ones, not a breakdown ("бизнес жобалары
      // бойынша" is "on the business projects", "по спортивным проектам" on the sport ones).
      if (!asked && r.aboutProgramme[at - 1] === true && !kindNouns(r).has(at - 1)) continue;
      // Inside a name ("Кадры и грамотность") the noun is the name's, not a breakdown.
      if (((marked && plural) || asked) && !inSureName(r, at)) return grouping;
    }
  }
  return undefined;
}

/**
 * What a ranking is over: the kind of thing named next to its words ("какой проект", "which
 * administrator"); none named ("ал ең азы қайсы?") keeps what was ranked before, or projects.
 */
function rankingTarget(r: Reading): Exclude<Grouping, 'month'> | undefined {
  for (const grouping of ['administrator', 'source', 'area', 'project'] as const) {
    const at = groupNounAt(r, grouping).filter((i) => !inSureName(r, i));
    if (at.length > 0) return grouping;
  }
  return undefined;
}

const COLLECTIVE: [RegExp, number][] = [
  [/^(?:двойк\p{L}*|двое|двоих)$/u, 2],
  [/^(?:тройк\p{L}*|трое|троих|үштік\p{L}*)$/u, 3],
  [/^(?:четв[её]рк\p{L}*|четверо|четверых|төрттік\p{L}*)$/u, 4],
  [/^(?:пят[её]рк\p{L}*|пятеро|пятерых|бестік\p{L}*)$/u, 5],
  [/^(?:десятка|десятку|десяткой|десятке|десятеро|ондық\p{L}*)$/u, 10],
];

/** Whether the question asks for the most or the least of something ("which source gave the least"). */
export function asksRanking(r: Reading): boolean {
  const rank = findRanking(r);
  return rank !== undefined && 'order' in rank;
}

function findRanking(r: Reading): BudgetQuestion['rank'] | undefined {
  // "Сколько ещё не потрачено?" asks an amount; "кто ничего не потратил?" asks who.
  // As written: "жұмсалмаған" (unspent) is one letter from "жұмсамаған" (who spent nothing).
  if (ZERO.some((p) => findPattern(r.tokens, p, false).length > 0) && !HOW_MUCH_MONEY.test(r.text)) return { zero: true };
  // Words of a date or period are not ranking words ("last month" is no "least").
  // Nor are the words of a set phrase ("bottom line").
  const phrases = [...hitsOf(r, IN_TOTAL), ...hitsOf(r, SORTED)];
  const free = (h: { tokenStart: number }) => !r.used[h.tokenStart] && !phrases.some((p) => h.tokenStart >= p.tokenStart && h.tokenStart < p.tokenEnd);
  const top = hitsOf(r, TOP).filter(free);
  // "отстают" (lag) and "остаются" (remain) share a phonetic key: lagging is read from the letters.
  // "Behind the programme" places money; "behind", "behind on execution" rank.
  const placing = (h: { tokenStart: number; tokenEnd: number }) => r.tokens[h.tokenEnd - 1]?.text === 'behind' && /^(?:the|this|that|its|it|our|a|an|each|every|all|them)$/u.test(r.tokens[h.tokenEnd]?.text ?? '');
  const bottom = [...hitsOf(r, BOTTOM).filter((h) => free(h) && !placing(h)), ...r.tokens.flatMap((t, i) => (/^отста/u.test(t.text) ? [{ tokenStart: i, tokenEnd: i + 1 }] : []))];
  const collective = r.tokens.some((t) => COLLECTIVE.some(([re]) => re.test(t.text)));
  const nonZero = hitsOf(r, NON_ZERO).length > 0;
  // "Leave out the zeros" alone: every one that has some.
  if (top.length === 0 && bottom.length === 0 && !collective) return nonZero ? { nonZero: true } : undefined;
  const order = bottom.length > 0 && (top.length === 0 || bottom[0]!.tokenStart < top[0]!.tokenStart) ? 'bottom' : 'top';
  const n = rankingCount(r);
  // "какие проекты" (plural) asks for a few; "какой проект" for one.
  const plural = r.tokens.some((t) => /^(?:какие|которые|which|қандай|қай|кто)$/u.test(t.text)) && r.tokens.some((t) => RU_PLURAL.test(t.text) && /^(?:проект|администратор|направлен|источник)/u.test(t.text) && /(?:ы|и|ов|ев)$/u.test(t.text));
  return { order, n: n ?? (plural ? 5 : 1), ...(nonZero ? { nonZero: true as const } : {}) };
}

/**
 * Which end of a list the words name, read only after a ranking: alone, "последние 5" asks for the
 * latest transfers and "first" may start a period, which has taken its words already.
 */
export function listEndNamed(r: Reading): { order: 'top' | 'bottom'; n?: number } | undefined {
  const free = (patterns: CompiledPattern[]) => patterns.some((p) => findPattern(r.tokens, p, false).some((h) => !r.used[h.tokenStart]));
  const first = free(FIRST_END);
  const last = free(LAST_END);
  if (first === last) return undefined;
  const n = rankingCount(r);
  return { order: last ? 'bottom' : 'top', ...(n !== undefined ? { n } : {}) };
}

/** Whether the question says how many to rank ("топ-3", "пятёрка"); "а с наименьшим?" keeps the count asked before. */
export const saysRankingCount = (r: Reading): boolean => rankingCount(r) !== undefined;

/** How many a ranking asks for, when said: a number next to the ranking words or before its noun, or a collective numeral. */
function rankingCount(r: Reading): number | undefined {
  // A number next to the ranking words, or before its noun ("топ-3", "пять проектов", "үш жоба", "top 2 administrators").
  let n: number | undefined;
  const inPeriod = (i: number) => r.period !== null && i >= r.period.tokenStart && i < r.period.tokenEnd;
  for (let i = 0; i < r.tokens.length && n === undefined; i++) {
    // "Q2 … top three": the period's number is no count; nor is "of the six sources", "из шести" (all there are).
    if ((r.used[i] && !r.tokens[i]!.isNumber) || inPeriod(i)) continue;
    const before = r.tokens[i - 1]?.text === 'the' ? r.tokens[i - 2]?.text : r.tokens[i - 1]?.text;
    if (before !== undefined && /^(?:of|among|из|среди)$/u.test(before)) continue;
    const found = numberAt(r.tokens, i);
    if (found && Number.isInteger(found.value) && found.value >= 1 && found.value <= 50 && !r.amounts.some((a) => a.hasScale && i >= a.tokenStart && i < a.tokenEnd)) n = found.value;
  }
  // "пятёрка проектов", "назови троих", "үздік бестік": a collective numeral is a ranking of that many.
  if (n === undefined) for (const t of r.tokens) n ??= COLLECTIVE.find(([re]) => re.test(t.text))?.[1];
  return n;
}

/** Verbs of money moving from one thing to another ("X перекинул на Y", "X shifted to Y"). */
const MOVED = compile(['перекинул*', 'перебросил*', 'передал*', 'отдал*', 'сняли', 'снял*', 'shift*', 'moved', 'passed', 'handed', 'hand over', 'hands over', 'аударды*', 'берді*']);

/**
 * An area named right beside one of its own projects ("BIM training for designers": the BIM area,
 * then its designers' training project): the project, the narrower of the two.
 */
function projectOfArea(r: Reading, chosen: { kind: EntityKind; mention: Mention }): { kind: EntityKind; mention: Mention } {
  if (chosen.kind !== 'priority') return chosen;
  const area = chosen.mention.matches.find((x) => x.kind === 'priority')!.id;
  const own = r.index.projectsByPriority.get(area) ?? [];
  // Words of the area's own name ("по спортивной инфраструктуре") go on naming the area, whatever project has them too.
  const areaWords = (m: Mention) => r.tokens.slice(m.tokenStart, m.tokenEnd).every((t, k) => t.ignorable || wordOfName(r, 'priority', area, m.tokenStart + k));
  const project = r.mentions.find(
    (m) =>
      (m.tokenStart === chosen.mention.tokenEnd || m.tokenEnd === chosen.mention.tokenStart) &&
      m.matches[0]?.kind === 'project' &&
      m.matches[0].score >= NARROWER &&
      own.includes(m.matches[0].id) &&
      !areaWords(m),
  );
  return project ? { kind: 'project', mention: project } : chosen;
}

/** How sure a project beside its own area must be to be the thing asked about. */
const NARROWER = 0.7;

/** Words saying a project was stopped: what it had left went to other projects. */
const STOPPED = compile([
  'тоқтатыл*', 'тоқтады', 'тоқтаған*', 'свернул*', 'свернут*', 'приостановил*', 'приостановлен*', 'остановил*', 'остановлен*', 'закрыли', 'завершил*', 'заморозил*', 'заморожен*', 'мұздатыл*', 'frozen', 'froze',
  // "после заморозки", "после завершения": the stop said as a noun.
  'после заморозк*', 'заморозк*', 'после приостановк*', 'приостановк*', 'после остановки', 'после завершения', 'после закрытия',
  'stopped', 'halted', 'paused', 'suspended', 'wound down', 'wrapped up', 'on hold', 'shut down', 'closed down', 'was closed', 'is closed', 'is finished', 'was finished', 'cancelled', 'canceled', 'аяқталды', 'жабылды',
]);

/**
 * In "how much did X move to Y", the thing asked about is X, the one before the verb, not Y. So in
 * "X stopped — how much went to Y" ("… датчиктері тоқтатылды — QazBilling-ке қанша берілді"): X gave.
 */
function giverOf(r: Reading, chosen: { kind: EntityKind; mention: Mention }): { kind: EntityKind; mention: Mention } {
  const verbs = [...hitsOf(r, MOVED), ...hitsOf(r, STOPPED)];
  const giver = r.mentions.find(
    (m) =>
      m !== chosen.mention &&
      // Not a word of the stop's own phrase ("после приостановки X": "после" sounds like no giver).
      !verbs.some((v) => v.tokenStart < m.tokenEnd && v.tokenEnd > m.tokenStart) &&
      m.tokenEnd <= chosen.mention.tokenStart &&
      m.matches[0]?.kind === chosen.kind &&
      (m.matches[0]?.score ?? 0) >= FAINT &&
      verbs.some((v) => v.tokenStart >= m.tokenEnd && v.tokenEnd <= chosen.mention.tokenStart),
  );
  return giver ? { kind: chosen.kind, mention: giver } : chosen;
}

/** "from / из / от" and "to / into / на / для" before a name, an article between aside. */
const FROM_WORD = /^(?:from|из|изо|от)$/u;
const TO_WORD = /^(?:to|into|towards|в|во|на|для)$/u;
const ARTICLE = /^(?:the|a|an)$/u;
/** Kazakh "from" (ablative) and "to" (dative) endings. */
const FROM_ENDINGS = ['нан', 'нен', 'дан', 'ден', 'тан', 'тен'];
const TO_ENDINGS = ['ға', 'ге', 'қа', 'ке', 'на', 'не'];

/** "from X", "X-тан", "X жобасынан": money said to come from X. */
function saidAsOrigin(r: Reading, m: Mention): boolean {
  return saidWith(r, m, FROM_WORD, FROM_ENDINGS);
}

/** "to X", "into the X", "X-ке", "X жобасына": money said to go to X. */
function saidAsDestination(r: Reading, m: Mention): boolean {
  return saidWith(r, m, TO_WORD, TO_ENDINGS);
}

/** A preposition before the name (an article aside), or a Kazakh ending on its last word, alone after a hyphen, or on the kind noun after it. */
function saidWith(r: Reading, m: Mention, preposition: RegExp, endings: readonly string[]): boolean {
  let i = m.tokenStart - 1;
  while (i >= 0 && ARTICLE.test(r.tokens[i]!.text)) i--;
  if (i >= 0 && preposition.test(r.tokens[i]!.text)) return true;
  const ends = (word: string) => endings.some((e) => word.length > e.length && word.endsWith(e));
  const next = r.tokens[m.tokenEnd];
  return ends(r.tokens[m.tokenEnd - 1]!.text) || (next !== undefined && (endings.includes(next.text) || (tokenFitsAny(next, NAME_MARKERS) && ends(next.text))));
}

/**
 * In "body cams: total received, incl. what came over from the drones", the drones project is where
 * some of the money came from; the thing asked about is the other one named. Not when a
 * verb of moving money says who gave ("what did X hand over from Y"): giverOf reads those.
 */
function notTheOrigin(r: Reading, chosen: { kind: EntityKind; mention: Mention }): { kind: EntityKind; mention: Mention } {
  if (chosen.kind !== 'project' || !saidAsOrigin(r, chosen.mention) || hitsOf(r, MOVED).length > 0 || hitsOf(r, STOPPED).length > 0) return chosen;
  const id = chosen.mention.matches.find((x) => x.kind === chosen.kind)!.id;
  // Not one the money is said to go to ("X-тан Y-ке қанша ауыстырылды"): that asks what X passed on.
  const other = r.mentions.find(
    (m) => m !== chosen.mention && m.matches[0]?.kind === chosen.kind && m.matches[0].id !== id && m.matches[0].score >= FAINT && !saidAsOrigin(r, m) && !saidAsDestination(r, m),
  );
  return other ? { kind: chosen.kind, mention: other } : chosen;
}

/**
 * "X stopped — how much went to Y", "X handed some money to Y", two projects named: money X passed
 * on to other projects.
 */
export function passedBetweenProjects(r: Reading): boolean {
  const stops = [...hitsOf(r, STOPPED), ...hitsOf(r, MOVED)];
  const projects = r.mentions.filter((m) => m.matches[0]?.kind === 'project' && m.matches[0].score >= FAINT);
  return projects.length >= 2 && projects.some((m) => m.matches[0]!.id !== projects[0]!.matches[0]!.id && stops.some((s) => s.tokenStart >= projects[0]!.tokenEnd && s.tokenEnd <= m.tokenStart));
}

/**
 * Words between two namings of one thing, a word or so apart, are that thing's description, whatever
 * else they sound like: "Ұлттық қордың [су тасқынына берген] трансферті" is the National Fund's flood
 * transfer, not the «Su Tasqyny» portal.
 */
function insideOneName(r: Reading, m: Mention): boolean {
  const top = (x: Mention) => (x.matches[0] && x.matches[0].score >= FAINT ? x.matches[0] : undefined);
  const before = r.mentions.filter((a) => a.tokenEnd <= m.tokenStart && top(a));
  return r.mentions.some(
    (b) => b.tokenStart >= m.tokenEnd && b.tokenStart - m.tokenEnd <= 1 && before.some((a) => m.tokenStart - a.tokenEnd <= 1 && top(a)!.id === top(b)?.id && top(a)!.kind === top(b)!.kind && top(a)!.id !== m.matches[0]?.id),
  );
}

/**
 * One lower-case word beside others, all of them words of the programme's own name, is its theme, not
 * the one thing that word sounds like ("по фитосанитарному контролю" in a phytosanitary-control
 * programme, not the body «Фитосанитария»).
 */
function inProgrammeTheme(r: Reading, m: Mention): boolean {
  if (m.tokenEnd - m.tokenStart !== 1 || !r.aboutProgramme[m.tokenStart] || looksLikeName(r, m.tokenStart) || isAcronymTyped(r, m.tokenStart)) return false;
  const themeBeside = (i: number) => r.aboutProgramme[i] === true && !r.mentions.some((o) => o !== m && i >= o.tokenStart && i < o.tokenEnd);
  return themeBeside(m.tokenStart - 1) || themeBeside(m.tokenEnd);
}

const NAMING = new WeakMap<Reading, Mention[]>();

/** The mentions that may name something, found once per question. */
function namingMentions(r: Reading): Mention[] {
  let naming = NAMING.get(r);
  if (naming) return naming;
  // Words of a set phrase ("grand total", "close of business", "самый толстый", "programme-wide") name nothing, whatever they sound like.
  // Nor does a ranking's or a breakdown's own word alone ("bottom 3 projects", "в разрезе статусов"), unless written as a name.
  const phrases = [
    ...[IN_TOTAL, TOP, BOTTOM, PROGRAMME, ZERO, NON_ZERO, BREAKDOWN_WORDS].flatMap((patterns) => hitsOf(r, patterns).filter((h) => h.tokenEnd - h.tokenStart >= 2)),
    ...[TOP, BOTTOM, BREAKDOWN_WORDS].flatMap((patterns) => hitsOf(r, patterns).filter((h) => h.tokenEnd - h.tokenStart === 1 && !looksLikeName(r, h.tokenStart))),
  ];
  const inPhrase = (m: Mention) => phrases.some((h) => m.tokenStart >= h.tokenStart && m.tokenEnd <= h.tokenEnd);
  naming = r.mentions.filter((m) => !inPhrase(m) && !onlyKindNouns(r, m) && !onlyBreakdownWords(r, m) && !insideOneName(r, m) && !inProgrammeTheme(r, m));
  NAMING.set(r, naming);
  return naming;
}

/** The best mention of each kind, by score. */
function bestOfKind(r: Reading, kind: EntityKind): Mention | undefined {
  const score = (m: Mention) => m.matches.find((x) => x.kind === kind)?.score ?? 0;
  return namingMentions(r).filter((m) => m.matches.some((x) => x.kind === kind)).sort((a, b) => score(b) - score(a))[0];
}

/** A mention sure enough to answer about, whatever is beside it. */
export const SURE = 0.8;
/** Below this a mention that is the only candidate is still asked about ("did you mean …?"). */
const FAINT = 0.6;
/** A name matched this well was said in full. */
const SAID_IN_FULL = 0.95;
/** How surely a project beside a source named for sure must be named to be where the source's money went. */
const BESIDE_SOURCE = 0.7;

/**
 * Content words nobody accounted for: not a keyword, filler, date, number, period, breakdown or
 * ranking word, and not part of a name that was found. A name the data lacks shows up here.
 */
function leftoverWords(r: Reading, period: PeriodMatch | null, groupBy: Grouping | undefined): number[] {
  const taken = new Array<boolean>(r.tokens.length).fill(false);
  const take = (a: number, b: number) => {
    for (let i = a; i < b; i++) taken[i] = true;
  };
  for (const h of r.allHits) take(h.tokenStart, h.tokenEnd);
  for (const m of r.mentions) if ((m.matches[0]?.score ?? 0) >= SURE) take(m.tokenStart, m.tokenEnd);
  if (period) take(period.tokenStart, period.tokenEnd);
  for (const patterns of [TOP, BOTTOM, ZERO, NON_ZERO, PROGRAMME, IN_TOTAL, SORTED, FLIP, FROM_WHERE, MONTHS_WORDS, BREAKDOWN_WORDS, STOPPED, ...Object.values(GROUP_NOUNS)]) for (const h of hitsOf(r, patterns)) take(h.tokenStart, h.tokenEnd);
  r.tokens.forEach((t, i) => (/^отста/u.test(t.text) || COLLECTIVE.some(([re]) => re.test(t.text))) && take(i, i + 1));
  if (r.status) take(r.status.tokenStart, r.status.tokenEnd);
  // By status, the statuses listed are its groups ("по статусам (действующие, завершённые)").
  if (groupBy === 'status') for (const w of statusWords(r.tokens)) take(w.tokenStart, w.tokenEnd);
  if (r.programme) take(r.programme.tokenStart, r.programme.tokenEnd);
  // The programme's theme after "на / под / для / for" is what the money is for ("в резерв под жилищную цифровизацию").
  r.tokens.forEach((_, i) => r.aboutProgramme[i] && forPurpose(r, i) && take(i, i + 1));
  return r.tokens.map((t, i) => i).filter((i) => {
    const t = r.tokens[i]!;
    // "WHO" in capitals is an organisation, not the question word.
    const word = isAcronymTyped(r, i) || (!isStopWord(t.text) && !isFunctionWord(t.text) && !isStopWordTypo(t.text));
    return !taken[i] && !r.used[i] && !t.isNumber && numberAt(r.tokens, i) === null && !t.ignorable && word && t.text.length >= 3;
  });
}

/** "of/у/по/для/на …" before a thing's name: a preposition that takes one. */
const TAKES_A_THING = /^(?:of|for|at|у|по|для|на|о|об|про)$/u;

/** An unaccounted word after a preposition that takes a thing ("остаток у минфина", "balance of the national supercomputer"). */
function afterPreposition(r: Reading, i: number, left: ReadonlySet<number>): boolean {
  let j = i - 1;
  while (j >= 0 && left.has(j)) j--;
  while (j >= 0 && /^(?:the|a|an)$/.test(r.tokens[j]!.text)) j--;
  return j >= 0 && TAKES_A_THING.test(r.tokens[j]!.text);
}

/**
 * Word `i` in unaccounted words right after "программа" or right before "programme" / "бағдарламасы"
 * ("программа цифровизации здравоохранения", "the healthcare programme" in a justice programme):
 * another programme's name.
 */
function besideProgrammeWord(r: Reading, i: number, left: ReadonlySet<number>): boolean {
  const [start, end] = leftoverRun(i, left);
  // Russian names what a programme is of after it; English and Kazakh before it.
  const before = /^программ\p{L}*$/u.test(r.tokens[start - 1]?.text ?? '');
  const after = /^(?:programmes?|programs?|бағдарлама\p{L}*)$/u.test(r.tokens[end]?.text ?? '');
  // Written next to it, not after a dash or comma ("по программе — итоговая цифра").
  const joined = (a: number) => !/[—–:;,.!?-]/u.test(typedBetween(r, a));
  return (before && joined(start - 1)) || (after && joined(end - 1));
}

/**
 * Word `i` and the unaccounted words beside it are all words of the programme's own name or of its
 * administrator's, with no kind noun beside them: the programme called by its theme ("по недрам",
 * "платежи по геологии" in a geology programme), not a name the data lacks. "Space research area"
 * still is one: "area" names a kind.
 */
function programmeTheme(r: Reading, i: number, left: ReadonlySet<number>, groupBy?: Grouping): boolean {
  const [start, end] = leftoverRun(i, left);
  // Where the money came from ("резервтен спорт жобаларына") names no thing the words could be; nor
  // does the noun of the breakdown asked for ("for each sport priority").
  const markers = THEME_MARKERS[groupBy ?? 'none'];
  for (let j = start; j < end; j++) if (!r.aboutProgramme[j] || markerBeside(r, j, markers)) return false;
  return true;
}

/** The unaccounted words in a row around word `i`: [first, after the last). */
function leftoverRun(i: number, left: ReadonlySet<number>): [number, number] {
  let start = i;
  while (left.has(start - 1)) start--;
  let end = i + 1;
  while (left.has(end)) end++;
  return [start, end];
}

/** What was typed between word `a` and the word after it (spaces, punctuation). */
function typedBetween(r: Reading, a: number): string {
  const pair = asTyped(r, a, a + 2);
  return pair.slice(asTyped(r, a, a + 1).length, pair.length - asTyped(r, a + 1, a + 2).length);
}

/** Word `i` in two or more unaccounted words after "the" ("the private bailiffs' chamber"): a name. */
function afterThe(r: Reading, i: number, left: ReadonlySet<number>): boolean {
  const [start, end] = leftoverRun(i, left);
  // Words that only faintly resemble some name ("assets", "registry") are no name of the data's either.
  const unmatched = (k: number) => !r.mentions.some((m) => k >= m.tokenStart && k < m.tokenEnd && (m.matches[0]?.score ?? 0) >= FAINT);
  // Filler adjectives between "the" and the words ("the big court-infrastructure modernisation").
  let before = start - 1;
  while (before > start - 3 && before >= 0 && isStopWord(r.tokens[before]!.text) && r.tokens[before]!.text !== 'the') before--;
  if (end - start < 2 || r.tokens[before]?.text !== 'the') return false;
  for (let k = start; k < end; k++) if (!unmatched(k)) return false;
  return true;
}

/** A singular kind noun near word `i` ("проект X", "X жобасы", "фонд X"); a plural one ("на проектах") names no one thing. */
function markerBeside(r: Reading, i: number, markers: readonly CompiledPattern[] = NAME_MARKERS): boolean {
  const from = Math.max(0, i - 2);
  return markers.some((p) =>
    findPattern(r.tokens.slice(from, i + 4), p).some((h) => !pluralNoun(r.tokens[from + h.tokenStart]!.text) && !englishAdjunct(r, from + h.tokenStart)),
  );
}

/**
 * An English kind noun used of many ("the sports project accounts", "any sports project"): before
 * a plural noun, or after "any", "every", "each", "no".
 */
function englishAdjunct(r: Reading, at: number): boolean {
  if (!/^[a-z]+$/.test(r.tokens[at]!.text)) return false;
  const next = r.tokens[at + 1]?.text ?? '';
  const quantified = r.tokens.slice(Math.max(0, at - 3), at).some((t) => /^(?:any|every|each|no|all)$/.test(t.text));
  // Written next to it: "tracking project — payments" ends the name at the dash.
  const joined = !/[—–:;,.!?-]/u.test(typedBetween(r, at));
  return quantified || (joined && /^[a-z]{3,}s$/.test(next) && !/^(?:is|was|has|does|gets)$/.test(next));
}

/** A kind noun in the plural ("проектам", "жобаларына", "projects"): it names a group, not one thing. */
function pluralNoun(word: string): boolean {
  // Loanwords take Kazakh endings too: "резервтерден" (from the reserves) is a plural.
  const kazakh = /[әғқңөұүһі]/u.test(word) || /^(?:жоба|қор|көз|бағыт|басқарма|министрлік|әкімдік)/u.test(word) || /^(?:резерв|проект|фонд|департамент|комитет)\p{L}*(?:тер|тар|лер|лар|дер|дар)\p{L}*$/u.test(word);
  return /[a-z]/.test(word) ? /s$/.test(word) : kazakh ? KK_PLURAL.test(word) : /(?:ам|ям|ами|ями|ах|ях|ов|ев|ы|ий)$/u.test(word);
}

/** "How much" words after which the words before them are who or what is asked about. */
const HOW_MUCH_AFTER_TOPIC = /^(?:сколько|how|қанша|канша)$/u;

/**
 * Words no part of the question accounts for, opening it before a dash, a colon or "how much"
 * ("courtroom metal detectors — payments so far", "Конституционный суд сколько потратил"): the
 * thing asked about, by a name the data lacks. One such word counts only capitalised right before
 * "how much" ("Казатомпром сколько израсходовал"): a first word in lower case may be anything.
 * Two or more before a measure's own word are its topic as well.
 */
function topicAtStart(r: Reading, left: ReadonlySet<number>): Set<number> {
  const end = left.has(0) ? leftoverRun(0, left)[1] : 0;
  if (end < 1 || end >= r.tokens.length) return new Set();
  const beforeHowMuch = HOW_MUCH_AFTER_TOPIC.test(r.tokens[end]!.text);
  // One word opens a topic when it is capitalised: "Kazakhtelecom — what has it spent", "Astana Hub how much".
  // Two words or more, right before a measure's word, name its topic too ("drone registry spending so far").
  const opensTopic = end >= 2 ? /[—–:-]/u.test(typedBetween(r, end - 1)) || beforeHowMuch || r.tokens[end]!.intentWord : (beforeHowMuch || /[—–:-]/u.test(typedBetween(r, 0))) && /^\p{Lu}/u.test(asTyped(r, 0, 1));
  return opensTopic ? new Set(Array.from({ length: end }, (_, i) => i)) : new Set();
}

/** Kazakh ablative and dative endings: "from X", "to X". */
const FROM_OR_TO_CASE = /\p{L}(?:нан|нен|дан|ден|тан|тен|ға|ге|қа|ке)$/u;
const TO_CASE = /\p{L}(?:ға|ге|қа|ке)$/u;

/** How much a kind noun beside a name adds to that kind's match. */
const KIND_NOUN_WEIGHT = 0.25;
/** How much another mention of the same thing adds. */
const NAMED_AGAIN_WEIGHT = 0.05;
/** How much an area called by the first word of its title adds. */
const AREA_HEAD_WEIGHT = 0.3;

/** Each area's first title words (of five letters or more), per catalogue. */
const AREA_HEADS = new WeakMap<Reading['index'], Map<string, string[]>>();

/** An area called by the first word of its title ("по инклюзии", "по спорту"): how people name areas. */
function areaByHeadWord(r: Reading, m: Mention, id: string): boolean {
  if (m.tokenEnd - m.tokenStart !== 1) return false;
  let heads = AREA_HEADS.get(r.index);
  if (!heads) {
    heads = new Map();
    for (const c of r.index.candidates) {
      if (c.kind !== 'priority') continue;
      const keys = c.names.map((name) => tokenize(normalizeText(name))[0]).filter((t) => t !== undefined && t.text.length >= 5).map((t) => t!.key);
      heads.set(c.id, keys);
    }
    AREA_HEADS.set(r.index, heads);
  }
  const typed = r.tokens[m.tokenStart]!.key;
  // The head word inflected, not a longer word starting with it ("SmartHeat" is no "Smart …" area).
  return (heads.get(id) ?? []).some((key) => typed.length <= key.length + 3 && wordSimilarity(typed, key) >= 0.9);
}

/** Whether a noun of `kind` stands right before or after the mention ("проект X", "X жобасы", "the X area"), `gap` words apart at most. */
function namedKind(r: Reading, m: Mention, kind: EntityKind, gap = 1): boolean {
  const grouping = kind === 'priority' ? 'area' : kind;
  // "спорт жобаларына" (to the sport projects) names no one project.
  return groupNounAt(r, grouping).some((at) => ((at >= m.tokenStart - 1 - gap && at < m.tokenStart) || (at >= m.tokenEnd && at <= m.tokenEnd + gap)) && !pluralNoun(r.tokens[at]!.text) && !englishAdjunct(r, at));
}

/** A plural noun of `kind` right after the mention ("спорт жобаларына", "sport projects"). */
function pluralKindAfter(r: Reading, m: Mention, kind: EntityKind): boolean {
  return groupNounAt(r, kind === 'priority' ? 'area' : kind).some((at) => at >= m.tokenEnd && at <= m.tokenEnd + 1 && pluralNoun(r.tokens[at]!.text));
}

/**
 * A noun of a kind other than `kind` right after the mention ("agriculture area"), or written as a
 * name before it ("Ministry of Health"); a company's legal form beside it ("Oskemen Zhylu LLP") is an organisation.
 */
function otherKindNoun(r: Reading, m: Mention, kind: EntityKind): { kind: EntityKind; at: number } | null {
  if (kind !== 'administrator') {
    const form = [m.tokenStart - 1, m.tokenEnd].find((i) => r.tokens[i] !== undefined && isCompanyForm(r.tokens[i]!.text));
    if (form !== undefined) return { kind: 'administrator', at: form };
  }
  for (const other of ENTITY_KINDS) {
    if (other === kind) continue;
    // Before it, written as a name ("Ministry of Health") or with the name in quotes after it ("по направлению «…»").
    const quotedAfter = (i: number) => i === m.tokenStart - 1 && /[«"“„']/u.test(typedBetween(r, i));
    // After it, in the singular ("Cell Broadcast жобасы"): "Ұлттық қор жобаларға" is the fund's money to projects.
    const at = groupNounAt(r, other === 'priority' ? 'area' : other).find((i) => (i >= m.tokenStart - 2 && i < m.tokenStart && (looksLikeName(r, i) || quotedAfter(i))) || (i === m.tokenEnd && !isPluralNoun(r.tokens[i]!.text)));
    if (at !== undefined) return { kind: other, at };
  }
  return null;
}

/**
 * A kind noun in the singular right before one ordinary word that sounds like another kind's name
 * ("по направлению защиты от селей": no area has it, the civil protection committee only sounds like it),
 * or right after it ("satellite communications priority").
 */
function kindSaidBeside(r: Reading, m: Mention, kind: EntityKind): { kind: EntityKind; at: number } | null {
  const at = m.tokenStart - 1;
  // Or a name of any length in quotes after it ("по направлению «Дошкольное питание»").
  const quoted = at >= 0 && /[«"“„]/u.test(typedBetween(r, at));
  const ordinaryWord = m.tokenEnd - m.tokenStart === 1 && !looksLikeName(r, m.tokenStart) && !isAcronymTyped(r, m.tokenStart);
  if (quoted || ordinaryWord) {
    const before = kindNounAt(r, m, kind, at);
    if (before !== undefined) return before;
  }
  // Or right after it, as English and Kazakh put it ("satellite communications priority").
  return ordinaryWord ? (kindNounAt(r, m, kind, m.tokenEnd) ?? null) : null;
}

/** The other kind whose singular noun stands at `at` beside mention `m`, unless the words fit that kind too; undefined for no noun there. */
function kindNounAt(r: Reading, m: Mention, kind: EntityKind, at: number): { kind: EntityKind; at: number } | null | undefined {
  if (at < 0 || at >= r.tokens.length || isPluralNoun(r.tokens[at]!.text)) return undefined;
  for (const other of ENTITY_KINDS) {
    if (other === kind || !groupNounAt(r, other === 'priority' ? 'area' : other).includes(at)) continue;
    return m.matches.some((x) => x.kind === other && x.score >= FAINT) ? null : { kind: other, at };
  }
  return undefined;
}

/**
 * Where the phrase goes on to when the words found end in a Russian adjective whose noun comes right
 * after them, and the whole phrase names no thing; null otherwise.
 */
function adjectiveCut(r: Reading, m: Mention, kind: EntityKind, id: string): number | null {
  const last = r.tokens[m.tokenEnd - 1]!;
  const next = r.tokens[m.tokenEnd];
  // Not a name said for sure, nor one a verb follows ("… в Туркестанской | приостановили").
  if ((m.matches[0]?.score ?? 0) >= 0.9 || !next || !RU_ADJECTIVE.test(last.text) || !/^[а-яё]{4,}$/u.test(next.text) || RU_ADJECTIVE.test(next.text) || RU_VERB.test(next.text)) return null;
  if (next.ignorable || next.intentWord || isStopWord(next.text) || isFunctionWord(next.text) || !/^\s+$/u.test(typedBetween(r, m.tokenEnd - 1))) return null;
  if (wordOfName(r, kind, id, m.tokenEnd)) return null;
  const together = matchEntities(r.tokens.slice(m.tokenStart, m.tokenEnd + 1), candidateOf(r, kind, id))[0]?.score ?? 0;
  return together < SURE ? m.tokenEnd + 1 : null;
}

/** Russian verb endings: past, infinitive, reflexive, present. */
const RU_VERB = /(?:ли|ла|ло|ть|ти|ся|сь|ет|ут|ют|ит|ат|ят)$/u;

/** Russian adjective endings (a noun's genitive plural "-ий" aside: "лицензий"). */
const RU_ADJECTIVE = /^[а-яё]{3,}(?:ых|их|ого|его|ому|ему|ой|ым|ый|ая|яя|ое|ую)$/u;

/**
 * The things of `kind` with these ids, each as its own one-element list: looked up, not found by
 * walking ten thousand names, and the same lists each time, so the matcher indexes each once.
 */
const onesOf = (r: Reading, kind: EntityKind, ids: readonly string[]) => ids.map((id) => candidateOf(r, kind, id)).filter((one) => one.length > 0);

/** Content words inside the mention that none of the things `ids` has in its names. */
function wordsNoneHas(r: Reading, m: Mention, kind: EntityKind, ids: readonly string[]): number[] {
  const ones = onesOf(r, kind, ids);
  const found: number[] = [];
  // A word written as a name right before it is part of the name typed ("Қарағанды облысы бойынша
  // филиалы" among the Almaty and East Kazakhstan branches), though it is a word of something else too.
  // So is one right after it ("Қаржы орталығының Ақтөбе облысы бойынша филиалы").
  const from = m.tokenStart > 0 && looksLikeName(r, m.tokenStart - 1) ? m.tokenStart - 1 : m.tokenStart;
  const to = m.tokenEnd < r.tokens.length && looksLikeName(r, m.tokenEnd) ? m.tokenEnd + 1 : m.tokenEnd;
  for (let i = from; i < to; i++) {
    const t = r.tokens[i]!;
    if (t.ignorable || t.isNumber || ((isStopWord(t.text) || t.text.length < 4) && !isAcronymTyped(r, i))) continue;
    if (!ones.some((one) => (matchEntities([t], one)[0]?.score ?? 0) >= 0.5)) found.push(i);
  }
  return found;
}

/**
 * Words typed as one glued brand ("KazPension", "SmartData") that no name of these things has as a
 * word, or as neighbouring words written together: a product's name is its own, not pieces of
 * another name's words ("Kaz…" of "Казахстан" and "…pension" of "пенсионное").
 */
function brandsNoneHas(r: Reading, m: Mention, kind: EntityKind, ids: readonly string[]): number[] {
  // Latin words of two capitalised parts; not initials in mixed case ("IsDB", "MoH").
  const glued = Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k).filter((i) => /^[A-Z][a-z]+[A-Z][a-z]{2,}[A-Za-z]*$/.test(asTyped(r, i, i + 1)));
  if (glued.length === 0) return [];
  const nameWords = onesOf(r, kind, ids).flatMap((one) => one[0]!.names.map((name) => tokenize(normalizeText(name)).map((t) => t.text)));
  const written = new Set<string>();
  for (const words of nameWords) {
    for (let i = 0; i < words.length; i++) for (let n = 1; n <= 3 && i + n <= words.length; n++) written.add(words.slice(i, i + n).join(''));
  }
  // Or its parts start name words in a row: "NatFund" of "National Fund …".
  const abbreviates = (parts: string[]) =>
    nameWords.some((words) => words.some((_, at) => parts.every((part, k) => part.length >= 3 && (words[at + k] ?? '').startsWith(part))));
  return glued.filter((i) => {
    const typed = r.tokens[i]!.text;
    const parts = (asTyped(r, i, i + 1).match(/[A-Z][a-z]*/g) ?? []).map((part) => part.toLowerCase());
    return ![...written].some((w) => w === typed || (typed.length >= 5 && wordSimilarity(typed, w) >= 0.85)) && !abbreviates(parts);
  });
}

/**
 * Words written as a name's (capitalised, not first in the question) inside the name typed, or
 * going on after it across joining words ("Kazakh Society of the Deaf"), that no name of these
 * things has. Words of another thing named, or of the programme, are that thing's.
 */
function nameWordsNoneHas(r: Reading, m: Mention, kind: EntityKind, ids: readonly string[]): number[] {
  const ones = onesOf(r, kind, ids);
  const elsewhere = (i: number) => r.used[i] || r.aboutProgramme[i] || r.programmeNameWords.has(r.tokens[i]!.text) || r.mentions.some((o) => o !== m && i >= o.tokenStart && i < o.tokenEnd);
  const places: number[] = [];
  for (let i = m.tokenStart; i < m.tokenEnd; i++) places.push(i);
  let after = m.tokenEnd;
  while (after < r.tokens.length && isFunctionWord(r.tokens[after]!.text)) after++;
  if (after > m.tokenEnd && after < r.tokens.length) places.push(after);
  // The place's own name before "station", "city", "district" … that starts the name typed ("Шу
  // станциясындағы … депо"), however short.
  const placeName = PLACE_NOUN.test(r.tokens[m.tokenStart]!.text) ? m.tokenStart - 1 : -1;
  if (placeName >= 0) places.push(placeName);
  return places.filter((i) => {
    const t = r.tokens[i]!;
    // A title-case word (first in the question only before a place noun): initials and brands are read by their own rules.
    if ((i === 0 && i !== placeName) || t.ignorable || t.isNumber || t.text.length < (i === placeName ? 2 : 4) || isStopWord(t.text) || elsewhere(i) || !/^\p{Lu}\p{Ll}+$/u.test(asTyped(r, i, i + 1))) return false;
    return !ones.some((one) => one[0]!.names.some((n) => nameHasWord(n, t)) || (matchEntities([t], one)[0]?.score ?? 0) >= 0.5);
  });
}

/** A word of the name, inflected, misspelt a little or translated (its glossary concept). */
function nameHasWord(name: string, t: { key: string; text: string }): boolean {
  const concepts = new Set(conceptsOf(t.key));
  return tokenize(normalizeText(name)).some(
    (w) => w.key === t.key || wordSimilarity(w.key, t.key) >= 0.8 || (w.text.length >= 5 && t.text.length >= 5 && (w.text.startsWith(t.text.slice(0, 5)) || t.text.startsWith(w.text.slice(0, 5)))) || conceptsOf(w.key).some((k) => concepts.has(k)),
  );
}

/** Whether the name still fits its thing when word `i` is read as part of it. */
function fitsWith(r: Reading, kind: EntityKind, id: string, m: Mention, i: number): boolean {
  const one = candidateOf(r, kind, id);
  const candidate = one[0];
  if (!candidate) return false;
  // A name word cut short ("prep" of "preparation"), as people abbreviate a name they know.
  let nameWords: string[] | undefined;
  const cutShort = (k: number) => {
    const typed = r.tokens[k]!.text;
    if (typed.length < 4 || isStopWord(typed)) return false;
    nameWords ??= candidate.names.flatMap((n) => tokenize(normalizeText(n)).map((w) => w.text));
    return nameWords.some((w) => w.length > typed.length && w.startsWith(typed));
  };
  if (cutShort(i)) return true;
  // An acronym in capitals ("ВОЗ", "WHO") names something: it fits only a thing it names itself.
  if (isAcronymTyped(r, i) && (matchEntities([r.tokens[i]!], one)[0]?.score ?? 0) < 0.5) return false;
  // A word cut short between them is left out ("туркестанской терр. инспекции"), and so is a letter alone ("ДЧС г. Алматы").
  const from = Math.min(i, m.tokenStart);
  const outside = (k: number) => k < m.tokenStart || k >= m.tokenEnd;
  const letter = (k: number) => r.tokens[k]!.text.length === 1 && !r.tokens[k]!.isNumber;
  const span = r.tokens.slice(from, Math.max(i + 1, m.tokenEnd)).filter((_, k) => from + k === i || !outside(from + k) || !(cutShort(from + k) || letter(from + k)));
  const together = matchEntities(span, one)[0]?.score ?? 0;
  // A word of the name itself beside it ("Astana water metering" of «… учёт водопотребления … в
  // Астане») goes on naming it, though a long name said in three words is not sure.
  return together >= SURE || (together >= FITS_NAMED && wordOfName(r, kind, id, i));
}

/** How well a stretch must still fit when its extra word is a word of the name. */
const FITS_NAMED = 0.7;

/** Whether the words are one of the thing's names from its first word on, one by one ("документирование населения …"). */
function saysHeadOf(r: Reading, typed: readonly { key: string }[], kind: EntityKind, id: string): boolean {
  const candidate = candidateOf(r, kind, id)[0];
  if (!candidate) return false;
  return candidate.names.some((name) => {
    const words = tokenize(normalizeText(name)).filter((t) => !isFunctionWord(t.text));
    return typed.every((t, k) => words[k] !== undefined && wordSimilarity(t.key, words[k]!.key) >= 0.8);
  });
}

/** Whether a Kazakh name ends in the word, its head noun ("субсидиялау" of "Жол жүруді атаулы субсидиялау"). */
function endsKazakhName(names: readonly string[], typed: { key: string }): boolean {
  return names.some((name) => {
    if (!/[әғқңөұүһі]/u.test(name)) return false;
    const last = tokenize(normalizeText(name)).filter((t) => !isFunctionWord(t.text)).at(-1);
    return last !== undefined && wordSimilarity(typed.key, last.key) >= 0.85;
  });
}

/**
 * Every word of mention `m` is a word of the thing's name: "state assets administration" after
 * "Almaty city" is part of «Управление государственных активов города Алматы», though a loan's
 * English name holds those words too.
 */
export function wordsOfNamed(r: Reading, m: Mention, kind: EntityKind, id: string): boolean {
  const words = Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k).filter((i) => !r.tokens[i]!.ignorable);
  return words.length > 0 && words.every((i) => wordOfName(r, kind, id, i));
}

/** Word `i` alone is a word of the thing's name, in any of its languages. */
function wordOfName(r: Reading, kind: EntityKind, id: string, i: number): boolean {
  const one = candidateOf(r, kind, id);
  return one.length > 0 && !r.tokens[i]!.ignorable && matchEntities([r.tokens[i]!], one).length > 0;
}

/** Word `i` lies in or before another naming of the same thing ("ReSport tele-rehab", "мал басын салыстыру"): a word of that naming. */
function betweenNamings(r: Reading, m: Mention, id: string, i: number): boolean {
  // A kind word alone ("займу … банка") names no one thing: "Всемирного" between them is another bank.
  const names = (o: Mention) => r.tokens.slice(o.tokenStart, o.tokenEnd).some((t) => !t.ignorable && !tokenFitsAny(t, NAME_MARKERS) && !SOURCE_KINDS.some((k) => k.test(t.text)));
  const inOrBetween = r.mentions.some((o) => o !== m && o.matches.some((x) => x.id === id && x.score >= FAINT) && names(o) && ((i >= m.tokenEnd && i < o.tokenEnd) || (i >= o.tokenStart && i < m.tokenStart)));
  // A known word the thing's names lack is typed in place of one of its words ("Asian Development
  // Bank loan" between two namings of the Asian Infrastructure Investment Bank's): another thing.
  const kind = m.matches.find((x) => x.id === id)?.kind as EntityKind | undefined;
  return inOrBetween && !(conceptsOf(r.tokens[i]!.key).length > 0 && kind !== undefined && !wordOfName(r, kind, id, i));
}

/**
 * Whether word `i` is in a language none of the thing's names is written in: an English word beside
 * a name that has no English form, a Kazakh one beside a name with no Kazakh form ("AirKaz sensors").
 * Such a word describes the thing; it cannot be expected to fit its name. Only beside a brand-like
 * name matched for sure ("AirKaz", "TUMO", scored 0.85 or more): an ordinary word matched is too weak to lean on.
 */
function otherLanguage(r: Reading, m: Mention, kind: EntityKind, id: string, i: number): boolean {
  const candidate = candidateOf(r, kind, id)[0];
  if (!candidate || looksLikeName(r, i)) return false;
  const exact = (m.matches.find((x) => x.kind === kind && x.id === id)?.score ?? 0) >= 0.85;
  // A brand among the mention's words ("SCADA", "AirKaz"), typed as one.
  // A capitalised Latin word in a Cyrillic question is a brand too («Face Boarding» биометриялық …).
  const cyrillic = /[а-яәғқңөұүһі]/iu.test(r.text);
  const brand = r.tokens.slice(m.tokenStart, m.tokenEnd).some((_, k) => /\p{Ll}\p{Lu}|^\p{Lu}{2,}/u.test(asTyped(r, m.tokenStart + k, m.tokenStart + k + 1)) || (cyrillic && /^[A-Z][a-z]+$/u.test(asTyped(r, m.tokenStart + k, m.tokenStart + k + 1))));
  const word = r.tokens[i]!.text;
  const latin = (name: string) => (name.match(/[a-z]/giu)?.length ?? 0) > name.length / 2;
  if (!exact || !brand) return translatedBeside(r, m, kind, id, i) && /^[a-z]+$/.test(word) && !candidate.names.some(latin);
  if (/^[a-z]+$/.test(word)) return !candidate.names.some(latin);
  if (/[әғқңөұүһі]/u.test(word)) return !candidate.names.some((n) => /[әғқңөұүһі]/iu.test(n));
  return false;
}

/**
 * Word `i` is an ordinary word of the glossary ("bus"), beside a name said in translation: two or
 * more words, each a translation of a word of the thing's name, that fit it well ("lane fines" of
 * «Штрафы за проезд по выделенным полосам»). Someone translating a name describes it in their own
 * words; a word written as a name ("Almaty") is not one of those.
 */
function translatedBeside(r: Reading, m: Mention, kind: EntityKind, id: string, i: number): boolean {
  const candidate = candidateOf(r, kind, id)[0];
  if (!candidate || conceptsOf(r.tokens[i]!.key).length === 0 || (m.matches.find((x) => x.kind === kind && x.id === id)?.score ?? 0) < TRANSLATED) return false;
  const words = r.tokens.slice(m.tokenStart, m.tokenEnd).filter((t) => !t.ignorable);
  const nameWords = candidate.names.flatMap((n) => tokenize(normalizeText(n)));
  return words.length >= 2 && words.every((t) => conceptsOf(t.key).length > 0 && nameWords.some((w) => w.key !== t.key && shareConcept(w.key, t.key)));
}

/** How well a name said in translation must fit for a describing word beside it to be let pass. */
const TRANSLATED = 0.7;

/** Word `i` ends a run of the programme's theme words that a "на / под / для / for" opens ("под язык и религию"). */
function forPurpose(r: Reading, i: number): boolean {
  let j = i;
  while (j > 0 && (r.aboutProgramme[j - 1] === true || isFunctionWord(r.tokens[j - 1]!.text)) && !/^(?:на|под|для|for)$/u.test(r.tokens[j - 1]!.text)) j--;
  return /^(?:на|под|для|for)$/u.test(r.tokens[j - 1]?.text ?? '');
}

/** Unaccounted words running on from a mention on either side, a filler word between them allowed ("ЦОД в Карагандинской области"). */
function wordsBeside(r: Reading, m: Mention, leftover: ReadonlySet<number>): number[] {
  const found: number[] = [];
  // A single letter ("e" of "e-queue") joins the words around it.
  const filler = (i: number) => r.tokens[i] !== undefined && (r.tokens[i]!.ignorable || isFunctionWord(r.tokens[i]!.text) || (r.tokens[i]!.text.length === 1 && !r.tokens[i]!.isNumber));
  for (const step of [1, -1]) {
    let i = step > 0 ? m.tokenEnd : m.tokenStart - 1;
    while (i >= 0 && i < r.tokens.length) {
      if (leftover.has(i)) found.push(i);
      else if (!(filler(i) && leftover.has(i + step))) break;
      i += step;
    }
  }
  return found;
}

const EDITION = /^(?:pro|plus|lite|light|max|mini|premium|next|neo|ultra|про|плюс|лайт|макс)$/u;

/**
 * A number typed in or right beside the mention that the thing's names, which do carry numbers,
 * do not have ("ESF 3.0" for "ESF 2.0", "Сервис 1415" for "Сервис 1414"): its position, else null.
 */
function otherNumber(r: Reading, m: Mention, kind: EntityKind, id: string, faint: boolean): number | null {
  const candidate = candidateOf(r, kind, id)[0];
  if (!candidate) return null;
  // "2,0" and "2.0" are one number.
  const numberText = (text: string) => text.replace(',', '.');
  const nameWords = candidate.names.flatMap((n) => tokenize(normalizeText(n)));
  const numbers = new Set(nameWords.filter((t) => t.isNumber).map((t) => numberText(t.text)));
  // An edition word right after the name ("Ustaz AI Pro") that its names do not have: another edition.
  const next = r.tokens[m.tokenEnd];
  if (next && EDITION.test(next.text) && !nameWords.some((t) => t.text === next.text)) return m.tokenEnd;
  const { start, end } = piecesOf(r, m, kind, id);
  for (let i = Math.max(0, start - 1); i <= Math.min(r.tokens.length - 1, end); i++) {
    const t = r.tokens[i]!;
    const taken = r.used[i] || r.percents.some((p) => i >= p.tokenStart && i < p.tokenEnd) || r.amounts.some((a) => (a.hasScale || a.hasCurrency) && i >= a.tokenStart && i < a.tokenEnd);
    if (!t.isNumber || taken || numbers.has(numberText(t.text))) continue;
    // A name without numbers: a version right after it or inside it ("SmartHeat 2.0", "Keme Health 3.0
    // sensors"), a number hyphened to one of its words ("Arlan-2"), or any number after a name that
    // only faintly fits ("проект по ТЭЦ-3" beside «Усть-Каменогорская ТЭЦ»), makes it another thing.
    const decimal = /^\d+[.,]\d+$/.test(t.text);
    const hyphened = i > start && i <= end && typedBetween(r, i - 1).trim() === '-' && /^\p{L}/u.test(r.tokens[i - 1]!.text);
    if (numbers.size > 0 || (i === end && (faint || decimal)) || (i > start && i < end && decimal) || hyphened) return i;
  }
  return null;
}

/** Where a name is said, also in pieces around a number ("Keme Health 3.0 sensors"): every piece naming the same thing. */
function piecesOf(r: Reading, m: Mention, kind: EntityKind, id: string): { start: number; end: number } {
  const pieces = r.mentions.filter((o) => o.matches[0]?.id === id && o.matches[0]?.kind === kind);
  return { start: Math.min(m.tokenStart, ...pieces.map((o) => o.tokenStart)), end: Math.max(m.tokenEnd, ...pieces.map((o) => o.tokenEnd)) };
}

/** The text of a name the question gives in quotes («Умный город», "Smart City"). */
function quotedName(original: string): string | null {
  // An apostrophe inside a word ("what's the AFM's") quotes nothing.
  const match = /[«"“„]([^»"”]{2,80})[»"”]|(?<![\p{L}\p{Nd}])'([^']{2,80})'(?![\p{L}\p{Nd}])/u.exec(original);
  if (match?.[2] !== undefined) return match[2].trim();
  return match ? match[1]!.trim() : null;
}

/**
 * Reads scope, period, breakdown and ranking. `original` is the question as typed (quotes and
 * capitals tell names apart); `preferred` is the kinds of thing the command is about, best first.
 */
export function readBudgetQuestion(r: Reading, preferred: readonly EntityKind[] = ['project', 'administrator', 'priority', 'source']): BudgetQuestion {
  // Ranking commands and building the answer's arguments both read the same question: read it once.
  let read = READ.get(r);
  if (!read) READ.set(r, (read = new Map()));
  const key = preferred.join(',');
  let question = read.get(key);
  if (!question) read.set(key, (question = readQuestionOnce(r, preferred)));
  return question;
}

/** A question's reading for each order of preferred kinds asked (callers only read it). */
const READ = new WeakMap<Reading, Map<string, BudgetQuestion>>();

function readQuestionOnce(r: Reading, preferred: readonly EntityKind[]): BudgetQuestion {
  const original = r.text;
  const question: BudgetQuestion = {};
  if (r.impossibleDate) {
    question.impossibleDate = asTyped(r, r.impossibleDate.tokenStart, r.impossibleDate.tokenEnd);
    return question;
  }
  const period = r.period;
  if (period) question.period = period.kind === 'asOf' ? { kind: 'asOf', date: period.date } : { kind: 'range', from: period.from, to: period.to, grain: period.grain };
  const groupBy = findGrouping(r);
  const rank = findRanking(r);
  if (rank) question.rank = rank;
  if (groupBy) question.groupBy = groupBy;
  else if (rank) {
    const target = rankingTarget(r);
    if (target) question.groupBy = target;
  }

  // The thing asked about: the surest mention, preferring the command's own kinds on a near tie.
  // A kind noun beside a name ("проект AgroSky", "the smart agriculture area") says what it names.
  // Named twice apart ("pump station telemetry": "pump" and "telemetry") is surer than either alone.
  const namedAgain = (c: { kind: EntityKind; mention: Mention }, id: string) =>
    r.mentions.some((m) => m !== c.mention && m.matches[0]?.kind === c.kind && m.matches[0].id === id && m.matches[0].score >= SURE);
  const scoreOf = (c: { kind: EntityKind; mention: Mention }) => {
    const own = c.mention.matches.find((x) => x.kind === c.kind)!;
    const head = c.kind === 'priority' && areaByHeadWord(r, c.mention, own.id) ? AREA_HEAD_WEIGHT : 0;
    return Math.min(1, own.score + (namedKind(r, c.mention, c.kind) ? KIND_NOUN_WEIGHT : 0) + (namedAgain(c, own.id) ? NAMED_AGAIN_WEIGHT : 0) + head);
  };
  // One word that faintly resembles one name, with nothing saying it is a name, is an ordinary word
  // ("процентах", "health"); a word several names share ("интернет") is asked about.
  // Unless it is a word of the programme's own name ("emergency money" in an emergencies programme).
  const shared = (c: { kind: EntityKind; mention: Mention }) => {
    const own = c.mention.matches.filter((x) => x.kind === c.kind);
    const programmes = r.aboutProgramme.slice(c.mention.tokenStart, c.mention.tokenEnd).every(Boolean);
    return own.length > 1 && own[1]!.score >= own[0]!.score - 0.05 && !programmes;
  };
  // A word of two or three letters names something only when written as a name ("ЦОД", not "аз"),
  // or when it is three Cyrillic letters that are one body's initials and no one else's ("скок потратил нит?").
  const short = (c: { kind: EntityKind; mention: Mention }) =>
    c.mention.tokenEnd - c.mention.tokenStart === 1 && r.tokens[c.mention.tokenStart]!.text.length <= 3 && !looksLikeName(r, c.mention.tokenStart) && !bodyInitialsInLowerCase(r, c.mention.tokenStart, c.kind);
  // A state body's noun alone ("department") names no area or project, though one's name says "departmental".
  const bodyNounOnly = (c: { kind: EntityKind; mention: Mention }) =>
    c.kind !== 'administrator' && r.tokens.slice(c.mention.tokenStart, c.mention.tokenEnd).every((t) => t.ignorable || t.intentWord || isStopWord(t.text) || BODY_WORD.test(t.text));
  const supported = (c: { kind: EntityKind; mention: Mention }) =>
    !short(c) &&
    !bodyNounOnly(c) && (c.mention.tokenEnd - c.mention.tokenStart > 1 || scoreOf(c) >= SURE || looksLikeName(r, c.mention.tokenStart) || shared(c));
  // The programme's own words are the programme, not the one name that happens to hold them: before
  // a plural kind noun ("спорт жобаларына", "sport projects"), one such word alone ("по спорту"), or
  // several that only nearly make a name ("пошта мен байланыс"), unless written as a name or a
  // kind noun says which thing they are. Filler and the question's own words in the stretch
  // ("is still unspent on the sports") do not count.
  const themeGroup = (c: { kind: EntityKind; mention: Mention }) => {
    const { tokenStart } = c.mention;
    const stretch = r.tokens.slice(tokenStart, c.mention.tokenEnd).map((t, k) => ({ t, at: tokenStart + k, theme: r.aboutProgramme[tokenStart + k] === true }));
    // A single letter ("e" of "e-health") goes with the word it is joined to, unless that is written as a brand ("e-Qurylys").
    const letter = (t: Reading['tokens'][number], at: number) => t.text.length === 1 && !t.isNumber && !/^\p{Lu}/u.test(asTyped(r, at + 1, at + 2));
    const asking = ({ t, at }: (typeof stretch)[number]) => t.ignorable || isStopWord(t.text) || letter(t, at) || r.hits.some((h) => at >= h.tokenStart && at < h.tokenEnd);
    if (!stretch.some((w) => w.theme) || !stretch.every((w) => w.theme || asking(w))) return false;
    // The programme's own administrator called by its name ("Комитет гражданской авиации") is that body.
    if (c.kind === 'administrator' && stretch.some((w) => BODY_WORD.test(w.t.text))) return false;
    // Before a plural noun of any kind ("молодёжных проектов": the programme's projects, not the «Молодёжь» centre).
    if (ENTITY_KINDS.some((kind) => pluralKindAfter(r, c.mention, kind))) return true;
    const own = c.mention.matches.find((x) => x.kind === c.kind)!.score;
    const words = stretch.filter((w) => !w.t.ignorable);
    // An area's title said from its start ("документирование населения" of «Документирование населения
    // и биометрия») is that area, though the programme's name holds the same words (a body needs its
    // body word: "civil aviation" is the theme, not the Civil Aviation Committee).
    // Not when the programme's words go on past them with one the title lacks ("сот актілерін орындау
    // цифрландыруына": the programme's digitalisation, not «Сот актілерін орындау … департаменттерді жаңғырту»).
    const areaId = c.mention.matches.find((x) => x.kind === c.kind)!.id;
    const goesOn = () => {
      for (let j = c.mention.tokenEnd; j < r.tokens.length && r.aboutProgramme[j]; j++) if (!wordOfName(r, c.kind, areaId, j)) return true;
      return false;
    };
    if (c.kind === 'priority' && words.length >= 2 && saysHeadOf(r, words.map((w) => w.t), c.kind, areaId) && !goesOn()) return false;
    // An acronym of the programme's own name ("стройка и ЖКХ" in "Цифровое строительство и ЖКХ") is still the theme.
    const nameLike = (w: (typeof words)[number]) => looksLikeName(r, w.at) && !r.programmeNameWords.has(w.t.text);
    return own < (words.length === 1 ? SURE : 0.9) && !words.some(nameLike) && !namedKind(r, c.mention, c.kind);
  };
  // Another kind's faint fit to words that name something else clearly better is no candidate, unless a kind noun says that kind.
  const secondFaint = (c: { kind: EntityKind; mention: Mention }) => {
    const own = c.mention.matches.find((x) => x.kind === c.kind)!.score;
    return c.mention.matches[0]?.kind !== c.kind && own < FAINT && c.mention.matches[0]!.score - own > 0.05 && !namedKind(r, c.mention, c.kind);
  };
  const candidates = (preferred.map((kind) => ({ kind, mention: bestOfKind(r, kind) })).filter((c) => c.mention !== undefined) as { kind: EntityKind; mention: Mention }[]).filter(
    (c) => supported(c) && !themeGroup(c) && !secondFaint(c),
  );
  // A source named beside a project, area or administrator is where that one's money came from (`via`), not the scope.
  // A project said to be stopped ("backup data centre wrapped up: … returned to the republican budget reserve") is the one asked about.
  // So is a project named a little less surely beside a source named for sure ("сколько Нацфонд дал на
  // оцифровку архива МИД"): the source says whose money, the project where it went.
  // Not two letters that only happen to be a project's initials ("ЕО-ның … гранты": the EU's grant).
  const stopped = hitsOf(r, STOPPED).length > 0;
  const sourceSure = candidates.some((c) => c.kind === 'source' && scoreOf(c) >= SURE && c.mention.matches[0]?.kind === 'source');
  const namesWhere = (c: { kind: EntityKind; mention: Mention }) => {
    const score = scoreOf(c);
    return score >= SURE || (stopped && score >= FAINT) || (sourceSure && score >= BESIDE_SOURCE && c.mention.tokenEnd - c.mention.tokenStart >= 2);
  };
  const sureOther = candidates.some((c) => c.kind !== 'source' && c.mention.matches[0]?.kind === c.kind && namesWhere(c));
  // A singular kind noun beside the words says which kind they name ("Cell Broadcast жобасы"), though
  // another kind's name fits them better.
  const saidKind = candidates.filter((c) => namedKind(r, c.mention, c.kind) && scoreOf(c) >= SURE);
  // Not over a name said in full ("Семей инжиниринг неше жобаға": how many projects the company has).
  const otherKindOfSaid = (c: { kind: EntityKind; mention: Mention }) =>
    saidKind.some((s) => s.kind !== c.kind && s.mention === c.mention) && !namedKind(r, c.mention, c.kind) && c.mention.matches.find((x) => x.kind === c.kind)!.score < SAID_IN_FULL;
  // A Latin brand typed as one name writes it in quotes («Bos Oryn») is that thing's, though another
  // kind's title holds the same words in Kazakh ("бос орындар порталы").
  const typedBrand = (c: { kind: EntityKind; mention: Mention }) => {
    const id = c.mention.matches.find((x) => x.kind === c.kind)!.id;
    return (candidateOf(r, c.kind, id)[0]?.names ?? []).some((name) => [...name.matchAll(/«([^«»]*[A-Za-z][^«»]*)»/g)].some((q) => q[1]!.length >= 3 && r.text.includes(q[1]!)));
  };
  const branded = candidates.filter(typedBrand);
  const besideBrand = (c: { kind: EntityKind; mention: Mention }) => branded.some((b) => b !== c && b.mention === c.mention) && !typedBrand(c);
  // A body's initials typed alone ("освоение у НЦЭЛС") are the body, not a project whose name mentions them.
  const bodyInitials = (c: { kind: EntityKind; mention: Mention }) =>
    c.kind === 'project' && c.mention.tokenEnd - c.mention.tokenStart === 1 && isAcronymTyped(r, c.mention.tokenStart) && c.mention.matches.some((x) => x.kind === 'administrator' && x.score >= SURE);
  // One ordinary word in lower case is less than a thing named surely in three words or more elsewhere
  // ("spent on digitising the kazakh radio sound archive": the archive, not the area «Digitising …»);
  // a source so named is where the money came from, not what it went to.
  const contentWords = (m: Mention) => r.tokens.slice(m.tokenStart, m.tokenEnd).filter((t) => !t.ignorable).length;
  const outnamed = (c: { kind: EntityKind; mention: Mention }) =>
    contentWords(c.mention) === 1 && !looksLikeName(r, c.mention.tokenStart) && !namedKind(r, c.mention, c.kind) &&
    candidates.some((o) => o.mention !== c.mention && o.kind !== 'source' && contentWords(o.mention) >= 3 && scoreOf(o) >= SURE);
  const surest = candidates
    .filter((c) => !(sureOther && c.kind === 'source') && !otherKindOfSaid(c) && !besideBrand(c) && !bodyInitials(c) && !outnamed(c))
    // On a tie, the kind a noun right beside the words says ("по приоритету «цифровой кинофонд»": the area,
    // though a project's short name is the same words), then the command's own kinds.
    .sort((a, b) => scoreOf(b) - scoreOf(a) + 0.001 * (Number(namedKind(r, b.mention, b.kind, 0)) - Number(namedKind(r, a.mention, a.kind, 0))) + 0.0001 * (preferred.indexOf(a.kind) - preferred.indexOf(b.kind)))[0];
  const best = surest ? giverOf(r, notTheOrigin(r, projectOfArea(r, surest))) : undefined;
  const leftovers = leftoverWords(r, period, question.groupBy);
  const left = new Set(leftovers);
  // Quotes around a word the question accounts for («рекордсменов» is a ranking word) hold no name.
  const quotedText = quotedName(original);
  const quotedWords = quotedText ? new Set(tokenize(normalizeText(quotedText)).map((t) => t.text)) : null;
  // Nor quotes around another thing named for sure (the project money went to, in "X stopped — how much went to «Y»").
  const quotesAnother = (text: string) => r.mentions.some((m) => m !== best?.mention && (m.matches[0]?.score ?? 0) >= SURE && coversQuote(r, m, text, m.matches[0]!.kind as EntityKind, m.matches[0]!.id));
  const quoted = quotedWords && (leftovers.some((i) => quotedWords.has(r.tokens[i]!.text)) || r.mentions.some((m) => r.tokens.slice(m.tokenStart, m.tokenEnd).some((t) => quotedWords.has(t.text)))) && !quotesAnother(quotedText!) ? quotedText : null;
  // A named thing whose words are not all accounted for is someone else's name ("ЦОД в Карагандинской области").
  // Words beside the name that make it another thing's: they look like a name ("ЦОД в Карагандинской
  // области"), or the name read with them no longer fits ("умный город", "Шымкенттегі ЦОД").
  const bestId = best?.mention.matches.find((x) => x.kind === best.kind)!.id;
  // "The forensic digitalisation programme", "сот сараптамасы бағдарламасында": an area's or a source's
  // words with "programme" right after them are the programme called by its theme.
  if (best && themeOfProgramme(r, best.mention, best.kind, bestId!)) {
    question.scope = { kind: 'programme' };
    return question;
  }
  // An acronym in capitals that nothing in the data holds, giving money ("how much did JICA give to
  // the CORS network", "сколько ЮНИСЕФ выделил на …"): a funder the data lacks.
  const funder = unknownFunder(r);
  if (funder !== null) {
    question.unknown = { text: asTyped(r, funder, funder + 1), kind: 'source' };
    return question;
  }
  // A lender named that the data lacks ("сколько ЕБРР выделил на реестр", "Азиатский банк развития
  // дал на скоринг"): its money is not in the data, whatever it went to.
  const lender = r.foreignLenders.find((l) => !r.mentions.some((m) => m.tokenStart <= l.tokenStart && m.tokenEnd >= l.tokenEnd && (m.matches[0]?.score ?? 0) >= SURE));
  if (lender) {
    question.unknown = { text: asTyped(r, lender.tokenStart, lender.tokenEnd), kind: 'source' };
    return question;
  }
  // A city or region said right before words naming things of other places only: that thing of the place said.
  const placed = placeBeforeOthers(r);
  if (placed) {
    question.unknown = placed;
    return question;
  }
  // "the grant" alone calls the data's one grant; beside a name it does not hold ("OSCE grant",
  // "USAID … остаток гранта", "Еуропалық Одақ (ЕО) гранты") it is another body's grant.
  const bareKind = r.mentions.find((m) => m.matches[0]?.kind === 'source' && r.tokens.slice(m.tokenStart, m.tokenEnd).every((t) => t.ignorable || SOURCE_KINDS.some((k) => k.test(t.text))));
  // A word that only faintly sounds like some name is no name of the data's ("OSCE grant" beside the EU's).
  const foreignName = bareKind
    ? leftovers.find((i) => (isAcronymTyped(r, i) || looksLikeName(r, i)) && !r.mentions.some((m) => i >= m.tokenStart && i < m.tokenEnd && (m.matches[0]?.score ?? 0) >= SURE))
    : undefined;
  if (bareKind && foreignName !== undefined) {
    const [start, end] = leftoverRun(foreignName, left);
    const near = end <= bareKind.tokenStart && bareKind.tokenStart - end <= 2;
    question.unknown = { text: asTyped(r, start, near ? bareKind.tokenEnd : end), kind: 'source' };
    return question;
  }
  // A body's initials that no source's name has, with a source named by what it is for ("USAID дал
  // грант на инвестклимат"): that body's money, which the data does not have.
  const donor =
    best?.kind === 'source'
      ? leftovers.find((i) => isAcronymTyped(r, i) && !r.mentions.some((m) => i >= m.tokenStart && i < m.tokenEnd) && conceptsOf(r.tokens[i]!.key).length === 0 && !r.programmeNameWords.has(r.tokens[i]!.text) && !wordOfName(r, 'source', bestId!, i))
      : undefined;
  if (best && donor !== undefined) {
    question.unknown = { text: asTyped(r, donor, donor + 1), kind: 'source' };
    return question;
  }
  // Words of another thing's name beside it (the source a project's money came from) are that thing's.
  // So is a word right beside that thing's words that is a word of its name ("… платформасына
  // аэронавигациялық алымдардан": "аэронавигациялық" is of the charges, not of the platform).
  // A word written as a name ("Aksu City Hospital") is part of the name typed, not of the neighbour.
  // Not an ordinary word that alone sounds like another thing, right after the name and before words
  // that name nothing ("защиты прав потребителей | финансовых услуг"): it qualifies the name typed.
  const qualifier = (m: Mention) =>
    m.tokenEnd - m.tokenStart === 1 &&
    m.tokenStart === best!.mention.tokenEnd &&
    /^\s+$/u.test(typedBetween(r, m.tokenStart - 1)) &&
    !looksLikeName(r, m.tokenStart) &&
    !isAcronymTyped(r, m.tokenStart) &&
    left.has(m.tokenEnd) &&
    !r.tokens[m.tokenEnd]!.ignorable &&
    !isStopWord(r.tokens[m.tokenEnd]!.text) &&
    !r.mentions.some((o) => o.tokenStart <= m.tokenEnd && m.tokenEnd < o.tokenEnd && (o.matches[0]?.score ?? 0) >= FAINT) &&
    // Words of the name found go on naming it ("Bartogay | dam | sensors").
    ![m.tokenStart, m.tokenEnd].some((i) => wordOfName(r, best!.kind, bestId!, i)) &&
    // And the word after it is no more of the other thing's name ("local budgets | anti | counterfeit").
    !wordOfName(r, m.matches[0]!.kind as EntityKind, m.matches[0]!.id, m.tokenEnd);
  const otherThing = (i: number) =>
    r.mentions.some(
      (m) =>
        m !== best!.mention &&
        !qualifier(m) &&
        m.matches[0]!.kind !== best!.kind &&
        m.matches[0]!.score >= FAINT &&
        ((i >= m.tokenStart && i < m.tokenEnd) || ((i === m.tokenStart - 1 || i === m.tokenEnd) && !looksLikeName(r, i) && wordOfName(r, m.matches[0]!.kind as EntityKind, m.matches[0]!.id, i))),
    );
  // Two names of one kind written as one, with nothing between ("North Kazakhstan Health Department"
  // is neither the Ministry of Health of Kazakhstan nor the Pavlodar department): a name the data lacks.
  // A Kazakh "from" or "to" ending on the first one parts them ("Көктөбе датчиктерінен Wi-Fi-ға").
  const parted = (first: Mention) => FROM_OR_TO_CASE.test(r.tokens[first.tokenEnd - 1]!.text);
  // Not when the same thing is named again on its other side ("long sports facilities ecosystem project":
  // "long" and "ecosystem" both name one project, "sports facilities" only sounds like another).
  const namedAround = (m: Mention) =>
    r.mentions.some((o) => o !== best!.mention && o.matches.some((x) => x.id === bestId && x.score >= FAINT) && (o.tokenStart >= m.tokenEnd ? best!.mention.tokenEnd <= m.tokenStart : o.tokenEnd <= m.tokenStart && best!.mention.tokenStart >= m.tokenEnd));
  // Nor when the two read together still name the first for sure ("Almaty police | migration service":
  // the Almaty police's migration service office, not the national migration committee glued on).
  const oneName = (m: Mention) => {
    const candidate = candidateOf(r, best!.kind, bestId!);
    const span = r.tokens.slice(Math.min(m.tokenStart, best!.mention.tokenStart), Math.max(m.tokenEnd, best!.mention.tokenEnd));
    return (matchEntities(span, candidate)[0]?.score ?? 0) >= SURE;
  };
  // Or two words, each written as a name and each another kind's, typed as one ("and Air Astana?":
  // not the air-quality area beside a project in Astana).
  const oneWordName = (m: Mention) => m.tokenEnd - m.tokenStart === 1 && looksLikeName(r, m.tokenStart);
  const sameOrNamed = (m: Mention) => m.matches[0]?.kind === best!.kind || (oneWordName(m) && oneWordName(best!.mention));
  const glued = best
    ? r.mentions.find(
        (m) =>
          m !== best.mention &&
          sameOrNamed(m) &&
          m.matches[0]?.id !== bestId &&
          !namedAround(m) &&
          !oneName(m) &&
          ((m.tokenEnd === best.mention.tokenStart && !parted(m)) || (m.tokenStart === best.mention.tokenEnd && !parted(best.mention))),
      )
    : undefined;
  if (best && glued) {
    const [start, end] = [Math.min(glued.tokenStart, best.mention.tokenStart), Math.max(glued.tokenEnd, best.mention.tokenEnd)];
    const typed = asTyped(r, start, end);
    if (!/[,;/&+→>]/u.test(typed)) {
      question.unknown = { text: typed, ...(glued.matches[0]?.kind === best.kind ? { kind: best.kind } : {}) };
      return question;
    }
  }
  // A Russian adjective closing the words found, its noun right after them and no word of that name
  // ("реестр игровых | автоматов"): the phrase goes on; if the whole of it fits no thing, the data lacks it.
  const cutAt = best ? adjectiveCut(r, best.mention, best.kind, bestId!) : null;
  if (best && cutAt !== null) {
    question.unknown = { text: asTyped(r, best.mention.tokenStart, cutAt), kind: best.kind };
    return question;
  }
  // Around every naming of it: "the loan for geodesy from the Asian Development Bank" names a
  // loan and a bank, and "Asian Development" stands beside the second.
  const namings = best ? r.mentions.filter((m) => m === best.mention || (m.matches[0]?.id === bestId && m.matches[0]?.kind === best.kind && m.matches[0].score >= SURE)) : [];
  // A common word across a preposition from a name said in full ("Казгидромет в паводок") says when or
  // what for; a name's own words there are written as one ("ЦОД в Карагандинской области").
  const fullName = best !== undefined && calledByWholeName(r, best.mention, best.kind, [bestId!]) !== undefined;
  const acrossPreposition = (m: Mention, i: number) => {
    const [from, to] = i >= m.tokenEnd ? [m.tokenEnd, i] : [i + 1, m.tokenStart];
    for (let k = from; k < to; k++) if (isFunctionWord(r.tokens[k]!.text)) return true;
    return false;
  };
  // Words in the dative after a source said in the ablative ("Ұлттық қордан сиреналарға"): where its money went.
  const toAfterOrigin = (m: Mention, i: number) => best!.kind === 'source' && i >= m.tokenEnd && saidAsOrigin(r, m) && TO_CASE.test(r.tokens[leftoverRun(i, left)[1] - 1]!.text);
  const besideLeft = best ? new Set([...left, ...r.mentions.filter((m) => m !== best.mention && qualifier(m)).map((m) => m.tokenStart)]) : left;
  const nextToBest = namings.flatMap((m) =>
    wordsBeside(r, m, besideLeft).filter(
      (i) =>
        !(fullName && !looksLikeName(r, i) && acrossPreposition(m, i)) &&
        !toAfterOrigin(m, i) &&
        // A letter alone ("г." of "город") names nothing.
        (r.tokens[i]!.text.length > 1 || r.tokens[i]!.isNumber) &&
        // Beside another naming, only words written as a name ("Asian Development"): the rest describes it.
        (m === best!.mention || looksLikeName(r, i)) &&
        !otherThing(i) &&
        !betweenNamings(r, m, bestId!, i) &&
        !fitsWith(r, best!.kind, bestId!, m, i) &&
        !sourceKindOf(r, best!.kind, bestId!, i) &&
        // The programme's theme after a source and "на / под / for" is what the money is for ("из нацфонда на космос",
        // "Нацфонд под язык и религию").
        !(best!.kind === 'source' && r.aboutProgramme[i] === true && forPurpose(r, i)) &&
        (looksLikeName(r, i) || !otherLanguage(r, m, best!.kind, bestId!, i)),
    ),
  );
  // A faint name beside a noun of another kind is that kind's name the data lacks ("Ministry of Health" is no health area).
  // So is a name several of one kind fit alike ("gender balance in the civil service area": two civil-service bodies, no such area).
  const tiedWithBest = best ? best.mention.matches.filter((x) => x.kind === best.kind && x.score >= best.mention.matches.find((y) => y.kind === best.kind)!.score - 0.05).length : 0;
  const otherKind = best && (scoreOf(best) < SURE || tiedWithBest > 1) ? otherKindNoun(r, best.mention, best.kind) : best ? kindSaidBeside(r, best.mention, best.kind) : null;
  if (best && otherKind) {
    // The words are the start of an area's or a source's title, and the noun says which kind
    // ("электронные архивы как направление" of «Электронные архивы и документационное обеспечение»):
    // that one. (Areas and sources are few; projects may be ten thousand.)
    const words = r.tokens.slice(best.mention.tokenStart, best.mention.tokenEnd).filter((t) => !t.ignorable && !t.intentWord && !isStopWord(t.text) && !tokenFitsAny(t, NAME_MARKERS));
    const few = otherKind.kind === 'priority' || otherKind.kind === 'source';
    const headed = few && words.length >= 2 ? r.index.candidates.filter((c) => c.kind === otherKind.kind && saysHeadOf(r, words, c.kind, c.id)) : [];
    if (headed.length === 1) {
      question.scope = { kind: otherKind.kind === 'priority' ? 'area' : otherKind.kind, id: headed[0]!.id };
      return question;
    }
    question.unknown = { text: quoted ?? spanText(r, best.mention, [otherKind.at]), kind: otherKind.kind };
    return question;
  }
  // "ESF 3.0" beside the name "ESF 2.0": another version, another thing.
  const version = best ? otherNumber(r, best.mention, best.kind, bestId!, scoreOf(best) < FAINT) : null;
  if (best && version !== null) {
    const { start, end } = piecesOf(r, best.mention, best.kind, bestId!);
    question.unknown = { text: asTyped(r, Math.min(version, start), Math.max(version + 1, end)), kind: best.kind };
    return question;
  }
  // A name the data lacks, written as one beside its kind noun away from the thing found ("сколько
  // Всемирный банк выделил на КЭПГ"): the question is about that one.
  const touching = (m: Mention) => {
    const run: number[] = [];
    for (let i = m.tokenEnd; left.has(i); i++) run.push(i);
    for (let i = m.tokenStart - 1; left.has(i); i--) run.push(i);
    return run;
  };
  const inside = (m: Mention) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k);
  // Not a word of the thing found, nor one right beside another thing found: that is part of its name
  // as typed ("the National Fund transfer"). A word across "на" is not ("банка развития на модернизацию").
  // A kind noun alone that sounds like some name's word ("банк" of "self-ban") names nothing: the words
  // before it are that bank's name ("Азиатский банк развития").
  const markerOnly = (m: Mention) => r.tokens.slice(m.tokenStart, m.tokenEnd).every((t) => t.ignorable || tokenFitsAny(t, NAME_MARKERS));
  const besideNamed = new Set([
    ...namings.flatMap((m) => [...wordsBeside(r, m, left), ...inside(m)]),
    ...r.mentions.filter((m) => (m.matches[0]?.score ?? 0) >= FAINT && !(m !== best?.mention && (m.matches[0]?.score ?? 0) < SURE && markerOnly(m))).flatMap((m) => [...touching(m), ...inside(m)]),
  ]);
  const elsewhere = best ? leftovers.filter((i) => i > 0 && !besideNamed.has(i) && looksLikeName(r, i) && markerBeside(r, i)) : [];
  if (best && elsewhere.length > 0) {
    const [start, end] = leftoverRun(elsewhere[0]!, left);
    const kind = kindFromMarkers(r, start - 2, end + 2);
    question.unknown = { text: asTyped(r, start, end), ...(kind ? { kind } : {}) };
    return question;
  }
  if (best && nextToBest.length === 0 && !(quoted && !coversQuote(r, best.mention, quoted, best.kind, bestId!))) {
    const score = scoreOf(best);
    const own = best.mention.matches.find((x) => x.kind === best.kind)!.score;
    const ids = best.mention.matches.filter((x) => x.kind === best.kind && x.score >= own - (score >= SURE ? 0.05 : 0.1)).map((x) => x.id);
    // Two bodies of one kind side by side, the place said being the other's ("Астана қаласы ПД
    // әкімшілік полиция басқармасы": the words are the Kazakh name of Almaty's division, the city is
    // Astana's): the one of the place said.
    const placedBeside = bodyOfPlaceSaid(r, best.mention, best.kind, ids);
    if (placedBeside) {
      question.scope = { kind: best.kind === 'priority' ? 'area' : best.kind, id: placedBeside };
      return question;
    }
    // Several things (or one, faintly) fit the words around one that none of them has ("Управление
    // культуры …" among "Управление здравоохранения …"): that is another one's name.
    // Otherwise a word written as a name that none of its names has ("Kazakh Society of the Deaf" of
    // the Society of the Blind), or a glued brand none has, is another thing's name.
    const foreign = best.mention.byInitials
      ? []
      : ids.length > 1 || score < FAINT
        ? wordsNoneHas(r, best.mention, best.kind, ids)
        : [...new Set([...brandsNoneHas(r, best.mention, best.kind, ids), ...nameWordsNoneHas(r, best.mention, best.kind, ids)])];
    if (foreign.length > 0) {
      question.unknown = { text: asTyped(r, Math.min(best.mention.tokenStart, ...foreign), Math.max(best.mention.tokenEnd, ...foreign.map((i) => i + 1))), kind: best.kind };
      return question;
    }
    // A place said that is not its place, outside every other thing named.
    const place = otherPlace(r, best.kind, ids, (i) => !r.mentions.some((m) => m !== best.mention && (m.matches[0]?.score ?? 0) >= FAINT && i >= m.tokenStart && i < m.tokenEnd));
    if (place !== null) {
      question.unknown = { text: asTyped(r, Math.min(best.mention.tokenStart, place), Math.max(best.mention.tokenEnd, place + 1)), kind: best.kind };
      return question;
    }
    const whole = ids.length > 1 ? calledByWholeName(r, best.mention, best.kind, ids) : undefined;
    question.scope = { kind: best.kind === 'priority' ? 'area' : best.kind, id: whole ?? ids[0]! };
    // Words that fit several things, or fit one only faintly, are asked about, not guessed.
    if (!whole && (ids.length > 1 || score < FAINT)) question.alternatives = ids;
    // Words elsewhere that sound like another thing's name but were too faint to take ("ADB loan money
    // given to the variable message signs"): the answer says it left them out.
    const faint = r.mentions.filter((m) => m !== best.mention && m.matches[0] !== undefined && m.matches[0].id !== bestId && m.matches[0].score >= FAINT && !saidAsOrigin(r, m) && inside(m).every((i) => left.has(i)));
    // So are words a source's money is said to have gone to, when they name nothing ("the IsDB loan put
    // into translating interstate standards"): the answer is the source's, and says so.
    const content = (i: number) => !r.tokens[i]!.ignorable && !isStopWord(r.tokens[i]!.text) && r.tokens[i]!.text.length >= 4 && !r.aboutProgramme[i];
    const whereTo = best.kind === 'source' ? leftovers.filter((i) => content(i) && (TO_WORD.test(r.tokens[leftoverRun(i, left)[0] - 1]?.text ?? '') || namings.some((m) => toAfterOrigin(m, i)))) : [];
    // A run of words left over starts after the naming it follows.
    const runOf = (i: number): [number, number] => {
      const [a, b] = leftoverRun(i, left);
      return [Math.max(a, ...namings.filter((m) => m.tokenEnd <= i).map((m) => m.tokenEnd)), b];
    };
    const runs = new Set([...faint.map((m) => m.tokenStart), ...whereTo].map((i) => asTyped(r, ...runOf(i))));
    if (runs.size > 0) question.unused = [...runs].join(', ');
    return question;
  }
  // A name the data lacks is announced by a kind noun beside it, capitals or quotes; words that
  // only stand where a name could ("сидит на самом большом") are answered around and shown as unused.
  const topic = topicAtStart(r, left);
  // The programme's own words are placed already: they name the programme.
  const notTheme = leftovers.filter((i) => !programmeTheme(r, i, left, question.groupBy));
  const marked = notTheme.filter((i) => markerBeside(r, i) || looksLikeName(r, i) || afterPreposition(r, i, left) || topic.has(i) || afterThe(r, i, left) || besideProgrammeWord(r, i, left));
  const unplaced = notTheme.filter((i) => !marked.includes(i));
  if (unplaced.length > 0 && marked.length === 0 && !best && !quoted) question.unused = unplaced.map((i) => asTyped(r, i, i + 1)).join(', ');
  // One word beside an area's or a source's kind noun that starts exactly one of their titles ("по
  // направлению аквакультура" of «Аквакультура и товарное рыбоводство»), or ends a Kazakh one
  // ("субсидиялау бағытына"): that one. Areas and sources are few.
  if (!best && !quoted && marked.length === 1 && r.tokens[marked[0]!]!.text.length >= 5) {
    const kind = kindFromMarkers(r, marked[0]! - 2, marked[0]! + 3);
    const word = r.tokens[marked[0]!]!;
    const headed = kind === 'priority' || kind === 'source' ? r.index.candidates.filter((c) => c.kind === kind && (saysHeadOf(r, [word], kind, c.id) || endsKazakhName(c.names, word))) : [];
    if (headed.length === 1) {
      question.scope = { kind: kind === 'priority' ? 'area' : 'source', id: headed[0]!.id };
      return question;
    }
  }
  const unknownText = quoted ?? (best ? spanText(r, best.mention, nextToBest) : marked.length > 0 ? wordsAround(r, marked) : null);
  if (unknownText) {
    // The kind noun nearest the words not placed, when there are any; else anywhere in the question.
    const kind = best?.kind ?? (marked.length > 0 ? kindFromMarkers(r, Math.min(...marked) - 2, Math.max(...marked) + 3) ?? kindFromMarkers(r) : kindFromMarkers(r));
    question.unknown = { text: unknownText, ...(kind ? { kind } : {}) };
    return question;
  }
  if (r.status && question.groupBy !== 'status') question.scope = { kind: 'status', id: r.status.status };
  else if (has(r, PROGRAMME) || r.programme) question.scope = { kind: 'programme' };
  return question;
}

/**
 * The one of several things that fit alike whose whole name, in some language, is what was said:
 * "Казгидромет" is the body called "Kazhydromet" in English, not its branches, whose names hold the word.
 */
function calledByWholeName(r: Reading, m: Mention, kind: EntityKind, ids: readonly string[]): string | undefined {
  const said = r.tokens.slice(m.tokenStart, m.tokenEnd).filter((t) => !t.ignorable);
  const whole = ids.filter((id) =>
    (candidateOf(r, kind, id)[0]?.names ?? []).some((name) => {
      const words = tokenize(normalizeText(name)).filter((w) => !isFunctionWord(w.text));
      // Spelt alike across alphabets, loosely: it only picks among things that already fit alike.
      return words.length === said.length && words.every((w, k) => wordSimilarity(w.key, said[k]!.key) >= 0.7);
    }),
  );
  return whole.length === 1 ? whole[0] : undefined;
}

/** A word typed in capitals, two to five letters ("ВОЗ", "WHO", "ЕАБР"): an acronym. */
/** Three Cyrillic letters in lower case, no command's or filler word, that one body (an administrator or a source) alone has for initials. */
function bodyInitialsInLowerCase(r: Reading, i: number, kind: EntityKind): boolean {
  const t = r.tokens[i]!;
  if ((kind !== 'administrator' && kind !== 'source') || !/^[а-яёәғқңөұүһі]{3}$/u.test(t.text) || t.keyword || t.intentWord || isStopWord(t.text)) return false;
  const holders = candidatesHolding(r.index.candidates, [t.text], () => true);
  return holders.length === 1 && holders[0]!.kind === kind;
}

/** Words of giving money: "give", "gave", "funded", "дал", "выделил", "берді", "бөлді". */
const GAVE = /^(?:give|gave|given|gives|giving|fund|funded|funds|contributed|put|дал\p{L}*|выделил\p{L}*|профинансировал\p{L}*|перечислил\p{L}*|берді\p{L}*|бөлді\p{L}*|қаржыландырды\p{L}*|аударды\p{L}*)$/u;

/** Where an acronym in capitals stands that no thing in the data holds, right before a word of giving (a few words apart) or after "from". */
function unknownFunder(r: Reading): number | null {
  for (let i = 0; i < r.tokens.length; i++) {
    const t = r.tokens[i]!;
    if (t.intentWord || !/^\p{Lu}{3,7}$/u.test(asTyped(r, i, i + 1))) continue;
    if (r.mentions.some((m) => i >= m.tokenStart && i < m.tokenEnd && (m.matches[0]?.score ?? 0) >= FAINT)) continue;
    const gives = r.tokens.slice(i + 1, i + 3).some((next) => GAVE.test(next.text)) || FROM_WORD.test(r.tokens[i - 1]?.text ?? '');
    if (gives && candidatesHolding(r.index.candidates, [t.text], () => true).length === 0) return i;
  }
  return null;
}

function isAcronymTyped(r: Reading, i: number): boolean {
  return /^\p{Lu}{2,5}$/u.test(asTyped(r, i, i + 1));
}

/** The cities and regions a thing's names hold. */
const placesNamed = (one: ReturnType<typeof candidateOf>) => placesInNames(one[0]!.names);

/**
 * Another thing of the same kind named right beside `m` (a word or two apart) for a place said there
 * that none of `ids` has, and that one's names have: the thing of the place said.
 */
function bodyOfPlaceSaid(r: Reading, m: Mention, kind: EntityKind, ids: readonly string[]): string | undefined {
  const at = otherPlace(r, kind, ids, () => true);
  if (at === null) return undefined;
  const beside = r.mentions.find((o) => o !== m && at >= o.tokenStart && at < o.tokenEnd && o.tokenEnd >= m.tokenStart - 2 && o.tokenStart <= m.tokenEnd + 2);
  const top = beside?.matches[0];
  if (!top || top.kind !== kind || top.score < FAINT) return undefined;
  const one = candidateOf(r, kind, top.id);
  return one.length > 0 && placesNamed(one).has(placeOf(r.tokens[at]!.text)) ? top.id : undefined;
}

/**
 * A city or region said in the question (at a place `free` allows) that none of these things' names
 * has, when every one of their names is of another place ("Қарағанды облысының … паспорттары" of
 * «… Жамбылской области»): the same thing somewhere else, which the data does not have.
 */
function otherPlace(r: Reading, kind: EntityKind, ids: readonly string[], free: (i: number) => boolean): number | null {
  const named = onesOf(r, kind, ids).map(placesNamed);
  if (named.length === 0 || named.some((places) => places.size === 0)) return null;
  const at = r.tokens.findIndex((t, i) => free(i) && placeOf(t.text) >= 0 && named.every((places) => !places.has(placeOf(t.text))));
  return at >= 0 ? at : null;
}

/** "Бағдарламаға", "бағдарламасына": to the programme. */
const TO_PROGRAMME = /^бағдарлама(?:ға|сына)$/u;

/** Whether "programme" follows the words naming an area or a source (or faintly a project) none of whose names is a programme's: the programme by its theme. */
function themeOfProgramme(r: Reading, m: Mention, kind: EntityKind, id: string): boolean {
  // Not "to" or "for the programme" ("Ұлттық қордан бағдарламаға резервке қойылғаны", "бюджеттің
  // бағдарлама үшін резервтелген бөлігі": the fund's reserve for it).
  const word = r.tokens[m.tokenEnd]?.text ?? '';
  const forIt = r.tokens[m.tokenEnd + 1]?.text === 'үшін';
  // A project only when its name fits faintly and a word of the programme's own is among the words
  // ("the pharma regulation programme" of a pharmaceutical-regulation programme).
  const faintProject = kind === 'project' && (m.matches.find((x) => x.kind === kind)?.score ?? 0) < SURE && r.aboutProgramme.slice(m.tokenStart, m.tokenEnd).some(Boolean);
  if ((kind !== 'priority' && kind !== 'source' && !faintProject) || !PROGRAMME_WORD.test(word) || TO_PROGRAMME.test(word) || forIt || FROM_OR_TO_CASE.test(r.tokens[m.tokenEnd - 1]!.text)) return false;
  const names = candidateOf(r, kind, id)[0]?.names ?? [];
  return !names.some((name) => tokenize(normalizeText(name)).some((t) => PROGRAMME_WORD.test(t.text)));
}

/**
 * A city or region said just before words that name things of other places only ("Almaty | region
 * passenger transport and airports department" among Turkestan's and Kostanay's; "Ақтөбе | облысы
 * бойынша сот сараптамалары институты" of Karaganda's; "the Aktau | youth resource centres project"
 * beside Astana's): that thing of the place said, which the data lacks. The place alone fitting
 * something else (a project of three cities' airports) does not name that.
 */
function placeBeforeOthers(r: Reading): { text: string; kind: EntityKind } | null {
  for (let at = 0; at < r.tokens.length; at++) {
    const place = placeOf(r.tokens[at]!.text);
    if (place < 0) continue;
    // The place's own word, alone or as all a mention holds.
    const own = r.mentions.find((m) => at >= m.tokenStart && at < m.tokenEnd);
    if (own && r.tokens.slice(own.tokenStart, own.tokenEnd).some((t, k) => own.tokenStart + k !== at && !t.ignorable)) continue;
    const next = r.mentions.find((m) => m !== own && m.tokenStart === at + 1);
    const top = next?.matches[0];
    if (!next || !top || top.score < FAINT) continue;
    // The kind its noun right after says ("… centres project"), else the kind its words fit best.
    const said = KIND_OF_MARKER.find(([pattern]) => pattern.test(r.tokens[next.tokenEnd - 1]?.text ?? '') || pattern.test(r.tokens[next.tokenEnd]?.text ?? ''))?.[1];
    const kind = said && next.matches.some((x) => x.kind === said && x.score >= FAINT) ? said : (top.kind as EntityKind);
    const best = next.matches.find((x) => x.kind === kind)!.score;
    const ids = next.matches.filter((x) => x.kind === kind && x.score >= Math.max(FAINT, best - 0.1)).map((x) => x.id);
    const named = onesOf(r, kind, ids).map(placesNamed);
    if (named.length === 0 || named.some((places) => places.size === 0 || places.has(place))) continue;
    return { text: asTyped(r, at, next.tokenEnd), kind };
  }
  return null;
}

/**
 * A word written as a name: capitalised inside the sentence ("сколько потратил Минфин"), in capitals
 * or mixed case anywhere ("KazGPT", "ЦОД"), a place, or Latin among Cyrillic words.
 */
/**
 * A national company's glued name ("Казахтелеком", "Казпочта", "KazMunayGas"): the country's prefix,
 * then a consonant-led stem. Not the country's own forms ("Казахстан", "казахский"), the treasury
 * ("Казначейство") or words that only start alike ("қазір", "қазан", "казалось" go on with a vowel).
 */
const NATIONAL_BRAND = /^(?!(?:Қазақ|Казах|Kazakh|Qazaq)(?:стан|stan|ск|ша|тың|тар|тер|s\b))(?!Казн|Kazn)(?:Қазақ|Казах|Kazakh|Qazaq|Қаз|Каз|Kaz|Qaz)[^\P{L}аәеёиоөуұүыіэюяaeiouy]\p{L}{3,}$/iu;

function looksLikeName(r: Reading, i: number): boolean {
  const typed = asTyped(r, i, i + 1);
  if (/^\p{Lu}{2,}|\p{Ll}\p{Lu}/u.test(typed)) return true;
  if (i > 0 && /^\p{Lu}/u.test(typed)) return true;
  // A city or region first in the question is a place's name though every first word is capitalised.
  if (i === 0 && PLACE.test(r.tokens[0]!.text)) return true;
  if (i === 0 && NATIONAL_BRAND.test(typed)) return true;
  // The first word, capitalised as every sentence's is, is a name's when the name goes on in
  // capitals ("Save the Children money", "Ministry of Health: …").
  if (i === 0 && /^\p{Lu}\p{Ll}/u.test(typed)) {
    const next = [1, 2].find((k) => r.tokens[k] !== undefined && !isFunctionWord(r.tokens[k]!.text));
    if (next !== undefined && /^\p{Lu}\p{Ll}/u.test(asTyped(r, next, next + 1))) return true;
  }
  return /^[a-z]/.test(r.tokens[i]!.text) && latinStandsOut(r);
}

/** The words of tokens [a, b) as the person typed them (capitals kept), or as read when not found. */
const TYPED = new WeakMap<Reading, Map<number, string>>();

export function asTyped(r: Reading, a: number, b: number): string {
  let typed = TYPED.get(r);
  if (!typed) TYPED.set(r, (typed = new Map()));
  const key = a * 4096 + b;
  let text = typed.get(key);
  if (text === undefined) typed.set(key, (text = sliceTyped(r, a, b) ?? findTyped(r, a, b)));
  return text;
}

/** Words [a, b) cut from the text as typed, when each was found and only spaces and marks lie between them. */
function sliceTyped(r: Reading, a: number, b: number): string | null {
  if (b <= a) return null;
  const places = placesOf(r.text, r.tokens);
  for (let k = a; k < b; k++) {
    if (!places[k]) return null;
    if (k > a && !BETWEEN_WORDS.test(r.text.slice(places[k - 1]!.end, places[k]!.start))) return null;
  }
  return r.text.slice(places[a]!.start, places[b - 1]!.end);
}

const BETWEEN_WORDS = /^(?:['’]s)?[^\p{L}\p{Nd}]+$/u;

/** The words searched for in the text as typed ("е" stands for "ё" too), where normalising changed one. */
function findTyped(r: Reading, a: number, b: number): string {
  const words = r.tokens.slice(a, b).map((t) => t.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/е/g, '[её]'));
  const found = new RegExp(words.join("(?:['’]s)?[^\\p{L}\\p{Nd}]+"), 'iu').exec(r.text);
  return found ? found[0] : r.tokens.slice(a, b).map((t) => t.text).join(' ');
}

/**
 * Whether every word in quotes is the found thing's: in the words matched, or in one of its names
 * («Digital Oilman 2027»). Words matched only faintly (one word translated: «Өскемен Жылу» and a
 * heating loan) must be in its names.
 */
function coversQuote(r: Reading, m: Mention, quoted: string, kind: EntityKind, id: string): boolean {
  // Read as the question's words are («партнёров» is "партнеров"; inner quotes and dots are no letters).
  const words = tokenize(normalizeText(quoted)).map((t) => t.text).filter((w) => w.length >= 3);
  const names = candidateOf(r, kind, id)[0]?.names ?? [];
  const matched = (m.matches.find((x) => x.id === id)?.score ?? 0) >= FAINT ? r.tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text) : [];
  const own = [...matched, ...names.flatMap((n) => tokenize(normalizeText(n)).map((t) => t.text))];
  if (!words.every((w) => own.some((s) => s.startsWith(w.slice(0, Math.max(3, w.length - 3)))))) return false;
  // A brand of two capitalised words or more («Радар-Стационар», «Эфир-Мониторинг») is one of the
  // thing's names only when a name holds those words in a row, in some alphabet.
  const brand = quoted.trim().split(/[\s-]+/u).filter(Boolean);
  if (brand.length < 2 || !brand.every((w) => /^\p{Lu}/u.test(w))) return true;
  const keys = tokenize(normalizeText(quoted)).map((t) => t.key);
  return names.some((n) => {
    const nameKeys = tokenize(normalizeText(n)).map((t) => t.key);
    return nameKeys.some((_, at) => keys.every((k, j) => nameKeys[at + j] !== undefined && wordSimilarity(k, nameKeys[at + j]!) >= 0.8));
  });
}

/** The words of a weak mention and the leftovers beside it, as typed. */
function spanText(r: Reading, m: Mention, extra: number[]): string {
  const start = Math.min(m.tokenStart, ...extra);
  const end = Math.max(m.tokenEnd, ...extra.map((i) => i + 1));
  return asTyped(r, start, end);
}

function wordsAround(r: Reading, at: number[]): string {
  return asTyped(r, Math.min(...at), Math.max(...at) + 1);
}

/** The kind of thing a name marker says ("фонд" → a source, "проект" → a project). */
function kindFromMarkers(r: Reading, from = 0, to = r.tokens.length): EntityKind | undefined {
  // The kind noun nearest the words wins ("Росатомның қоса қаржыландыруынан жобаларға": a co-financing, a source, not the projects it went to).
  const first = Math.max(0, from);
  const last = Math.min(r.tokens.length, to) - 1;
  const middle = (first + last) / 2;
  const order = Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k).sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b);
  for (const i of order) {
    const kind = KIND_OF_MARKER.find(([pattern]) => pattern.test(r.tokens[i]!.text))?.[1];
    if (kind) return kind;
  }
  return undefined;
}

const KIND_OF_MARKER: [RegExp, EntityKind][] = [
  [/(?:проект|project|жоба)/u, 'project'],
  [/(?:фонд|fund|қор|резерв|reserv|источник|source|банк|bank|грант|grant|заём|займ|loan|кредит|несие|софинансир|financing|қаржыланд)/u, 'source'],
  [/(?:направлени|area|бағыт|priorit|приоритет|басымд)/u, 'priority'],
  [/(?:администратор|administrator|әкімші|министерств|ministry|министрлік|агентств|agency|агенттіг|агенттік|комитет|committee|департамент|department|управлени|басқарма|акимат|әкімдік|инспекци|inspectorate)/u, 'administrator'],
];
