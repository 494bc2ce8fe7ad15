// Periods in ru/kk/en: a month ("в марте", "наурызда", "in June", "март 2026"), a quarter ("второй
// квартал", "3-тоқсан", "Q3"), a half-year ("первое полугодие", "H1"), a year ("в 2026 году",
// "биыл", "this year"), the year to date ("с начала года", "ytd"), "last month", two dates ("с 1
// марта по 30 апреля", "between 1 June and 31 August", "1 наурыздан 30 маусымға дейін"), and a
// moment ("на 1 июля", "as of 15 June", "на конец первого квартала", "1 шілдедегі жағдай бойынша").
import { findDateInTokens, monthOf } from './parse-date.js';
import { numberAt } from './parse-number-words.js';
import type { Token } from './tokenize.js';

export type PeriodGrain = 'all' | 'day' | 'month' | 'quarter' | 'half' | 'year' | 'toDate' | 'days';

export type PeriodMatch = ({ kind: 'range'; from: string; to: string; grain: PeriodGrain } | { kind: 'asOf'; date: string }) & {
  tokenStart: number;
  tokenEnd: number;
};

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthRange = (y: number, m: number) => ({ from: iso(y, m, 1), to: iso(y, m, lastDay(y, m)) });
const monthsRange = (y: number, first: number, last: number) => ({ from: iso(y, first, 1), to: iso(y, last, lastDay(y, last)) });

// Roman numerals in Latin or in the Kazakh letter "І", as Kazakh officials type them ("ІІ тоқсан").
const ORDINALS: [RegExp, number][] = [
  [/^(?:1|перв\p{L}*|бірінші|алғашқы|first|1st|i|і)$/u, 1],
  [/^(?:2|втор\p{L}*|екінші|second|2nd|ii|іі)$/u, 2],
  [/^(?:3|трет\p{L}*|үшінші|third|3rd|iii|ііі)$/u, 3],
  [/^(?:4|четверт\p{L}*|четвёрт\p{L}*|төртінші|fourth|4th|iv|іv|іу)$/u, 4],
];
/** An ordinal ending typed after a digit and split off by the tokenizer ("2-й", "3-ші", "2nd"). */
const ORDINAL_ENDING = /^(?:й|ый|ой|ий|е|ое|ее|я|ая|го|ого|му|м|ом|ші|шы|nd|st|rd|th)$/u;
const ordinalOf = (word: string | undefined): number | null => (word === undefined ? null : (ORDINALS.find(([re]) => re.test(word))?.[1] ?? null));

/** Whether the days run exactly over one calendar quarter ("Jan-Mar", "с 1 апреля по 30 июня"). */
export function spansOneQuarter(period: { from: string; to: string }): boolean {
  const [y, m, d] = period.from.split('-').map(Number) as [number, number, number];
  return d === 1 && (m - 1) % 3 === 0 && period.to === iso(y, m + 2, lastDay(y, m + 2));
}

/**
 * "And the second?" after a quarter: the quarter an ordinal word alone names ("второй", "екіншісі"),
 * in the year of the quarter asked before. Digits are left alone: "2" may be anything.
 */
export function quarterByOrdinal(tokens: readonly Token[], previous: { from: string }): { kind: 'range'; from: string; to: string; grain: 'quarter' } | null {
  const year = Number(previous.from.slice(0, 4));
  for (const [i, t] of tokens.entries()) {
    if (t.isNumber) continue;
    // Alone at the end ("а второй?", "and the third one"), not before another noun ("второй источник").
    if (tokens[i + 1] !== undefined && !/^(?:one|ше|же|then|тогда)$/u.test(tokens[i + 1]!.text)) continue;
    const n = ordinalOf(t.text) ?? ordinalOf(t.text.replace(/(?:сі|сы|ні|ы|і)$/u, ''));
    if (n !== null) return { kind: 'range', ...monthsRange(year, n * 3 - 2, n * 3), grain: 'quarter' };
  }
  return null;
}

// Kazakh letters typed on a Russian keyboard ("токсан") and clipped English ("mnth") are the same words.
const QUARTER = /^(?:квартал\p{L}*|кв|тоқсан\p{L}*|токсан\p{L}*|quarter\p{L}*|qtr)$/u;
const HALF = /^(?:полугоди\p{L}*|жартыжылдық\p{L}*|жартыжылдык\p{L}*|жартысы\p{L}*|half)$/u;
const YEAR = /^(?:год\p{L}*|г|гг|жыл\p{L}*|year\p{L}*)$/u;
const MONTH_WORD = /^(?:месяц\p{L}*|мес|ай\p{L}*|month\p{L}*|mnths?|mths?|mo)$/u;
/** "The first" of a count of months ("первые пять месяцев", "алғашқы бес ай", "first five months"). */
const FIRST_OF = /^(?:первые|первых|алғашқы|first)$/u;
const THIS = /^(?:этот|этом|этого|текущ\p{L}*|нынешн\p{L}*|осы|ағымдағы|биыл\p{L}*|this|current)$/u;
const LAST = /^(?:прошл\p{L}*|прошедш\p{L}*|предыдущ\p{L}*|минувш\p{L}*|өткен|откен|last|previous)$/u;
/** "previous calendar month": a word that changes nothing between "last" and the period's noun. */
const CALENDAR = /^(?:calendar|календарн\p{L}*|күнтізбелік)$/u;
/** "по сегодняшний день", "to date", "бүгінге дейін": up to today. */
const TODAY_WORDS = /^(?:сегодня\p{L}*|сегодняшн\p{L}*|сей|бүгін\p{L}*|today|now|date|қазір\p{L}*)$/u;
// "по итогам мая", "мамыр қорытындысы бойынша": the period's result, as of its end.
const END = /^(?:конец|конца|концу|концом|итогам|итогу|итогах|қорытынды\p{L}*|соң\p{L}*|аяғы\p{L}*|аягы\p{L}*|end|close|закрытие|закрытию)$/u;
const START = /^(?:начала|начало|басынан|басы|start|beginning)$/u;
/** The Kazakh "from" ending ("наурыздан", or split off a date: "20.03-тен"). */
const KK_FROM = /(?:дан|ден|тан|тен|нан|нен)$/u;
/** The word that opens a span ("с 1 марта по …", "from … to", "between … and"). */
const SPAN_FROM = /^(?:с|со|from|between)$/u;
const TILL = /^(?:дейін|шейін|по|до|к|to|till|until|and|plus|плюс|through|и|мен|бен|пен|аралығында|аралығы)$/u;
const AS_OF = /^(?:на|as|on|at|by|per|of)$/u;
const SINCE = /^(?:since|с|со|from)$/u;
const AFTER = /^(?:after|после)$/u;
/** Kazakh "since" after the period: "қаңтардан бері", "жыл басынан бергі" (the one since), "бастап"; "бери" typed on a Russian keyboard. */
const SINCE_KK = /^(?:бері|бери|бергі|бастап|beri|onwards|onward)$/u;
const dayAfter = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Seasons and the month each begins with. */
const SEASONS: [RegExp, number][] = [
  [/^(?:весна|весну|весны|весной|весенн\p{L}*|spring|көктем\p{L}*)$/u, 3],
  [/^(?:лето|лета|летом|летн\p{L}*|summer\p{L}*|жаз|жазда|жаздың|жаздын|жазында|жазғы\p{L}*|жазгы\p{L}*)$/u, 6],
  [/^(?:осень|осени|осенью|осенн\p{L}*|autumn\p{L}*|күзде|күздің|күзінде|күзгі\p{L}*)$/u, 9],
  [/^(?:зима|зиму|зимы|зимой|зимн\p{L}*|winter\p{L}*|қыста|қыстың|қысында|қысқы\p{L}*)$/u, 12],
];

/** "сомасын да жаз", "атауын жаз": "жаз" last, after what is to be written, is "write", not the summer. */
const writeAsked = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]!.text === 'жаз' && i === tokens.length - 1 && /^(?:да|де|та|те|\p{L}{2,}(?:ын|ін|ны|ні|ды|ді|ты|ті))$/u.test(tokens[i - 1]?.text ?? '');

/** How many words say "over the year" at `i` without naming one ("за год", "over the whole year", "жыл бойы"), or 0. */
function yearSaidBare(tokens: readonly Token[], i: number): number {
  const at = (k: number) => tokens[k]?.text ?? '';
  if (at(i) === 'жыл' && at(i + 1) === 'бойы') return 2;
  if (!/^(?:за|over|throughout)$/u.test(at(i))) return 0;
  let k = i + 1;
  while (k < i + 3 && /^(?:весь|целый|the|whole|entire)$/u.test(at(k))) k++;
  // Not a year named after it ("за год 2025"), nor a count ("за год и два месяца" stays unread).
  return /^(?:год|year)$/u.test(at(k)) && !/^(?:19|20|21)\d\d$/u.test(at(k + 1)) && !/^(?:и|and)$/u.test(at(k + 1)) ? k - i + 1 : 0;
}

/** The quarter of today, for "this quarter". */
const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

/** A year given in the question right after `i` ("2026", "2026 года"), or null. */
function yearAfter(tokens: readonly Token[], i: number, thisYear: number): { year: number; length: number } | null {
  const t = tokens[i];
  if (!t || !/^(?:19|20|21)\d\d$/.test(t.text)) return null;
  const year = Number(t.text);
  const marked = YEAR.test(tokens[i + 1]?.text ?? '');
  // A bare number far from this budget's years is a name's number ("Центр … №1932"), not a year.
  if (!marked && (year < thisYear - 10 || year > thisYear + 1)) return null;
  return { year, length: marked ? 2 : 1 };
}

/** A period that is one named stretch of time starting at token i (a month, a quarter, a half, a year…). */
function namedPeriodAt(tokens: readonly Token[], i: number, today: { y: number; m: number; d: number }): { from: string; to: string; grain: PeriodGrain; length: number; season?: true } | null {
  // Past the last word ("… to" at the very end): nothing.
  const word = tokens[i]?.text;
  if (word === undefined) return null;
  const next = tokens[i + 1]?.text;
  // Q3, Q3 2026, H1 (the tokenizer splits letters from digits: "q", "3")
  if ((word === 'q' && /^[1-4]$/.test(next ?? '')) || (word === 'h' && /^[12]$/.test(next ?? ''))) {
    const n = Number(next);
    const y = yearAfter(tokens, i + 2, today.y);
    const [first, last] = word === 'q' ? [n * 3 - 2, n * 3] : [n * 6 - 5, n * 6];
    return { ...monthsRange(y?.year ?? today.y, first, last), grain: word === 'q' ? 'quarter' : 'half', length: 2 + (y?.length ?? 0) };
  }
  // "второй квартал", "3 тоқсан", "third quarter", "first half", "первое полугодие"; "this/last quarter";
  // a number with its ordinal ending split off: "2-й квартал", "3-ші тоқсан", "2nd quarter".
  const ordinal = ordinalOf(word);
  const suffixed = ordinal !== null && /^\d$/.test(word) && ORDINAL_ENDING.test(next ?? '');
  const after = suffixed ? tokens[i + 2]?.text : next;
  if (ordinal !== null && after !== undefined && QUARTER.test(after)) {
    const at = suffixed ? i + 3 : i + 2;
    const y = yearAfter(tokens, at, today.y);
    return { ...monthsRange(y?.year ?? today.y, ordinal * 3 - 2, ordinal * 3), grain: 'quarter', length: at - i + (y?.length ?? 0) };
  }
  // The half's word right after its ordinal ("2-е полугодие": after the ending split off).
  const h = suffixed ? i + 2 : i + 1;
  if (ordinal !== null && ordinal <= 2 && after !== undefined && (HALF.test(after) || (/^жарты$/.test(after) && /^жыл/.test(tokens[h + 1]?.text ?? '')))) {
    // "first half of the year", "первое полугодие года"
    const ofYear = tokens[h + 1]?.text === 'of' ? (tokens[h + 2]?.text === 'the' && YEAR.test(tokens[h + 3]?.text ?? '') ? 3 : YEAR.test(tokens[h + 2]?.text ?? '') ? 2 : 0) : 0;
    const size = h - i + (HALF.test(after) ? 1 + ofYear : 2);
    const y = yearAfter(tokens, i + size, today.y);
    return { ...monthsRange(y?.year ?? today.y, ordinal * 6 - 5, ordinal * 6), grain: 'half', length: size + (y?.length ?? 0) };
  }
  // "за полугодие" with no ordinal: the year's first half, the one a report covers by late in the year.
  if (word === 'за' && next !== undefined && /^полугоди/u.test(next)) {
    const y = yearAfter(tokens, i + 2, today.y);
    const last = Math.min(6, today.m);
    return { ...monthsRange(y?.year ?? today.y, 1, y && y.year < today.y ? 6 : last), grain: 'half', length: 2 + (y?.length ?? 0) };
  }
  // "первые пять месяцев (года)", "жылдың алғашқы бес айы", "the first 5 months": from January on.
  if (FIRST_OF.test(word)) {
    const n = numberAt(tokens, i + 1);
    if (n && Number.isInteger(n.value) && n.value >= 1 && n.value <= 12 && MONTH_WORD.test(tokens[i + 1 + n.length]?.text ?? '')) {
      const size = 2 + n.length;
      const y = yearAfter(tokens, i + size, today.y);
      return { ...monthsRange(y?.year ?? today.y, 1, n.value), grain: 'days', length: size + (y?.length ?? 0) };
    }
  }
  if ((THIS.test(word) || LAST.test(word)) && next !== undefined && CALENDAR.test(next) && tokens[i + 2]) {
    const found = namedPeriodAt([tokens[i]!, ...tokens.slice(i + 2)], 0, today);
    return found ? { ...found, length: found.length + 1 } : null;
  }
  if ((THIS.test(word) || LAST.test(word)) && next !== undefined) {
    const back = LAST.test(word) ? 1 : 0;
    if (QUARTER.test(next)) {
      let q = quarterOf(today.m) - back;
      let y = today.y;
      if (q < 1) (q = 4), (y -= 1);
      return { ...monthsRange(y, q * 3 - 2, q * 3), grain: 'quarter', length: 2 };
    }
    if (MONTH_WORD.test(next)) {
      let mm = today.m - back;
      let y = today.y;
      if (mm < 1) (mm = 12), (y -= 1);
      return { ...monthRange(y, mm), grain: 'month', length: 2 };
    }
    if (YEAR.test(next)) return { ...monthsRange(today.y - back, 1, 12), grain: 'year', length: 2 };
  }
  // "за год", "за весь год", "over the whole year", "жыл бойы": this year, "this" unsaid.
  const overYear = yearSaidBare(tokens, i);
  if (overYear > 0) return { ...monthsRange(today.y, 1, 12), grain: 'year', length: overYear };
  // "биылғы жаз", "биылғы наурыз": this year's season or month, read from that word on.
  if (/^биыл\p{L}*$/u.test(word)) {
    const named = next !== undefined && (SEASONS.some(([re]) => re.test(next)) || monthOf(next) !== null);
    const then = named ? namedPeriodAt(tokens, i + 1, today) : null;
    if (then) return { ...then, length: then.length + 1 };
    if (!named) return { ...monthsRange(today.y, 1, 12), grain: 'year', length: 1 };
  }
  // A season ("летом", "летние месяцы", "in autumn", "жазғы айларда"): its three months, the latest begun.
  const season = writeAsked(tokens, i) ? undefined : SEASONS.find(([re]) => re.test(word));
  if (season) {
    const [, first] = season;
    const y = yearAfter(tokens, i + 1, today.y);
    const start = first === 12 ? (y ? y.year - 1 : today.m === 12 ? today.y : today.y - 1) : (y?.year ?? (first > today.m ? today.y - 1 : today.y));
    const from = iso(start, first, 1);
    const lastMonth = first === 12 ? 2 : first + 2;
    const endYear = first === 12 ? start + 1 : start;
    const withMonths = MONTH_WORD.test(tokens[i + 1 + (y?.length ?? 0)]?.text ?? '') ? 1 : 0;
    return { from, to: iso(endYear, lastMonth, lastDay(endYear, lastMonth)), grain: 'days', length: 1 + (y?.length ?? 0) + withMonths, season: true };
  }
  // "с начала года", "жыл басынан", "year to date", "ytd"
  if (word === 'ytd') return { from: iso(today.y, 1, 1), to: iso(today.y, today.m, today.d), grain: 'toDate', length: 1 };
  if (START.test(word) && next !== undefined && YEAR.test(next)) return { from: iso(today.y, 1, 1), to: iso(today.y, today.m, today.d), grain: 'toDate', length: 2 };
  // "since the start of the year", "from the beginning of this year"
  if (START.test(word) && next === 'of') {
    const skip = /^(?:the|this)$/.test(tokens[i + 2]?.text ?? '') ? 1 : 0;
    if (YEAR.test(tokens[i + 2 + skip]?.text ?? '')) return { from: iso(today.y, 1, 1), to: iso(today.y, today.m, today.d), grain: 'toDate', length: 3 + skip };
  }
  if (YEAR.test(word) && next !== undefined && START.test(next)) return { from: iso(today.y, 1, 1), to: iso(today.y, today.m, today.d), grain: 'toDate', length: SINCE_KK.test(tokens[i + 2]?.text ?? '') ? 3 : 2 };
  if (word === 'year' && next === 'to' && tokens[i + 2]?.text === 'date') return { from: iso(today.y, 1, 1), to: iso(today.y, today.m, today.d), grain: 'toDate', length: 3 };
  // A month named alone ("в марте", "наурызда", "in June", "март 2026"), not a day of it ("1 марта").
  const month = /^\d/.test(word) ? null : monthOf(word);
  if (month !== null && !/^\d{1,2}$/.test(tokens[i - 1]?.text ?? '') && !/^\d{1,2}$/.test(next ?? '')) {
    const y = yearAfter(tokens, i + 1, today.y);
    // A month later in the year than today, with no year said, is last year's.
    const year = y?.year ?? (month > today.m ? today.y - 1 : today.y);
    return { ...monthRange(year, month), grain: 'month', length: 1 + (y?.length ?? 0) };
  }
  // A year alone: "в 2026 году", "2026", "for 2026"
  const y = yearAfter(tokens, i, today.y);
  return y ? { ...monthsRange(y.year, 1, 12), grain: 'year', length: y.length } : null;
}

/** "за 9 месяцев", "first nine months", "алғашқы 9 айда": the year's first N months; "последние 3 месяца": the last N, this one included. */
const FIRST_N = /^(?:за|first|первые|первых|алғашқы|the)$/u;
const LAST_N = /^(?:последние|последних|last|past|соңғы)$/u;
const MONTHS_PLURAL = /^(?:месяц|месяца|месяцев|мес|months|mos|ай|айда|айдың|айында|айдағы|айлық)$/u;

function monthsCountAt(tokens: readonly Token[], i: number, today: { y: number; m: number; d: number }): PeriodMatch | null {
  const n = numberAt(tokens, i);
  if (!n || !Number.isInteger(n.value) || n.value < 1 || n.value > 12 || !MONTHS_PLURAL.test(tokens[i + n.length]?.text ?? '')) return null;
  const before = tokens[i - 1]?.text ?? '';
  const todayIso = iso(today.y, today.m, today.d);
  let end = i + n.length + 1;
  if (LAST_N.test(before)) {
    const first = today.m - n.value + 1;
    const from = first >= 1 ? iso(today.y, first, 1) : iso(today.y - 1, first + 12, 1);
    return { kind: 'range', from, to: todayIso, grain: 'days', tokenStart: i - 1 - (tokens[i - 2]?.text === 'за' ? 1 : 0), tokenEnd: end };
  }
  if (!FIRST_N.test(before)) return null;
  const start = i - 1 - (/^(?:за|the)$/u.test(tokens[i - 2]?.text ?? '') ? 1 : 0);
  // "of the year", "года", "2026 года"
  if (tokens[end]?.text === 'of') end += tokens[end + 1]?.text === 'the' ? 2 : 1;
  if (YEAR.test(tokens[end]?.text ?? '') && !/^\d/.test(tokens[end]!.text)) end += 1;
  // "за 9 мес. с начала года": the same months, said twice.
  if (/^(?:с|since|from)$/u.test(tokens[end]?.text ?? '') && START.test(tokens[end + 1]?.text ?? '') && YEAR.test(tokens[end + 2]?.text ?? '')) end += 3;
  const y = yearAfter(tokens, end, today.y);
  const year = y?.year ?? today.y;
  const range = monthsRange(year, 1, n.value);
  return { kind: 'range', from: range.from, to: range.to > todayIso ? todayIso : range.to, grain: 'days', tokenStart: start, tokenEnd: end + (y?.length ?? 0) };
}

/**
 * From the start of a month up to a day or a period: "с начала февраля по 15 апреля", "from the start
 * of February to April 15", "ақпан басынан сәуірдің 15-іне дейін".
 */
function fromMonthStartUpTo(tokens: readonly Token[], i: number, todayIso: string): PeriodMatch | null {
  let month: number | null = null;
  let k = i;
  if (START.test(tokens[i]!.text)) {
    k = i + 1 + (tokens[i + 1]?.text === 'of' ? 1 : 0);
    const word = tokens[k]?.text ?? '';
    month = /^\d/.test(word) ? null : monthOf(word);
    k += 1;
  } else {
    const word = tokens[i]!.text;
    month = /^\d/.test(word) ? null : monthOf(word);
    if (month === null || !/^(?:басынан|басы)$/u.test(tokens[i + 1]?.text ?? '')) return null;
    k = i + 2;
  }
  if (month === null) return null;
  const russianOrEnglish = UP_TO.test(tokens[k]?.text ?? '');
  if (russianOrEnglish) k += 1;
  const end = findPeriod(tokens.slice(k), todayIso);
  if (!end || end.tokenStart !== 0) return null;
  let tokenEnd = k + end.tokenEnd;
  const kazakhTill = /^(?:дейін|шейін)$/u.test(tokens[tokenEnd]?.text ?? '');
  if (!russianOrEnglish && !kazakhTill) return null;
  if (kazakhTill) tokenEnd += 1;
  const span = monthUpTo(month, end, todayIso);
  if (!span) return null;
  const article = tokens[i - 1]?.text === 'the' ? 1 : 0;
  const since = /^(?:с|со|from|since)$/u.test(tokens[i - 1 - article]?.text ?? '') ? 1 + article : 0;
  return { kind: 'range', ...span, grain: 'days', tokenStart: i - since, tokenEnd };
}

/** From the first day of `month` (the last such before the end) up to where `end` ends, today at the latest. */
function monthUpTo(month: number, end: PeriodMatch, todayIso: string): { from: string; to: string } | null {
  const to = end.kind === 'asOf' ? end.date : end.to;
  const year = Number(to.slice(0, 4));
  const from = iso(month > Number(to.slice(5, 7)) ? year - 1 : year, month, 1);
  return from > to ? null : { from, to: to > todayIso ? todayIso : to };
}

/** Two months joined ("с июля по декабрь", "сәуір-маусым", "April to June"): the first day of one to the last of the other. */
function monthSpanAt(tokens: readonly Token[], i: number, today: { y: number; m: number; d: number }): PeriodMatch | null {
  const from = /^\d/.test(tokens[i]!.text) ? null : monthOf(tokens[i]!.text);
  if (from === null || /^\d{1,2}$/.test(tokens[i - 1]?.text ?? '')) return null;
  const gap = TILL.test(tokens[i + 1]?.text ?? '') ? 2 : 1;
  const word = tokens[i + gap]?.text ?? '';
  let to = /^\d/.test(word) ? null : monthOf(word);
  if (to === null || to < from || /^\d{1,2}$/.test(tokens[i + gap + 1]?.text ?? '')) return null;
  // A third month and more, each the next ("март, апрель, май", "сәуір-мамыр-маусым"): one span.
  let last = i + gap;
  for (;;) {
    const step = TILL.test(tokens[last + 1]?.text ?? '') ? 2 : 1;
    const next = tokens[last + step]?.text ?? '';
    const month = /^\d/.test(next) ? null : monthOf(next);
    if (month === null || month !== to + 1 || /^\d{1,2}$/.test(tokens[last + step + 1]?.text ?? '')) break;
    to = month;
    last += step;
  }
  const y = yearAfter(tokens, last + 1, today.y);
  const year = y?.year ?? (from > today.m ? today.y - 1 : today.y);
  const range = monthsRange(year, from, to);
  const todayIso = iso(today.y, today.m, today.d);
  const start = Math.max(0, i - (SPAN_FROM.test(tokens[i - 1]?.text ?? '') ? 1 : 0));
  let end = last + 1 + (y?.length ?? 0);
  // "наурыз-сәуір айларында", "март–апрель месяцы": the word "months" is the span's.
  if (MONTH_WORD.test(tokens[end]?.text ?? '')) end += 1;
  if (/^(?:дейін|шейін|включительно|inclusive|аралығында\p{L}*|аралығы\p{L}*)$/u.test(tokens[end]?.text ?? '') || QUARTER.test(tokens[end]?.text ?? '')) end += 1;
  return { kind: 'range', from: range.from, to: range.to > todayIso ? todayIso : range.to, grain: 'days', tokenStart: start, tokenEnd: end };
}

/** "по", "до", "up to": where a span ends (not "и" / "and", which join two periods). */
const UP_TO = /^(?:по|до|к|to|till|until|through|up|thru)$/u;
/** "New Year" ("с Нового года", "from New Year"): the first of January. */
const NEW = /^(?:new|нового)$/u;

/**
 * From a month's first day (or New Year's) up to a day or a period's end named after it: "с января
 * по 30 июня включительно", "from New Year up to end-October", "с марта до конца мая". Only after
 * "с", "from", "since": "в мае по первому кварталу" is May.
 */
function fromMonthUpTo(tokens: readonly Token[], i: number, todayIso: string): PeriodMatch | null {
  // "Jan through 31 Aug" needs no "from": "through" says it is a span.
  if (!/^(?:с|со|from|since)$/u.test(tokens[i - 1]?.text ?? '') && !/^(?:through|thru|until|till)$/u.test(tokens[i + 1]?.text ?? '')) return null;
  const word = tokens[i]!.text;
  const newYear = NEW.test(word) && YEAR.test(tokens[i + 1]?.text ?? '');
  const month = newYear ? 1 : /^\d/.test(word) ? null : monthOf(word);
  if (month === null || /^\d{1,2}$/.test(tokens[i - 1]?.text ?? '')) return null;
  let k = i + (newYear ? 2 : 1);
  if (!UP_TO.test(tokens[k]?.text ?? '')) return null;
  k += tokens[k]!.text === 'up' && /^(?:to|till|until)$/u.test(tokens[k + 1]?.text ?? '') ? 2 : 1;
  const end = findPeriod(tokens.slice(k), todayIso);
  if (!end || end.tokenStart !== 0) return null;
  const span = monthUpTo(month, end, todayIso);
  if (!span) return null;
  let tokenEnd = k + end.tokenEnd;
  if (/^(?:включительно|inclusive|inclusively)$/u.test(tokens[tokenEnd]?.text ?? '')) tokenEnd += 1;
  return { kind: 'range', ...span, grain: 'days', tokenStart: /^(?:с|со|from|since)$/u.test(tokens[i - 1]?.text ?? '') ? i - 1 : i, tokenEnd };
}

/**
 * The period a question names, or null. A moment ("на 1 июля", "as of", "на конец марта") is an
 * as-of date; a day with nothing around it is that day; two days are the span between them.
 */
/**
 * Season words around a closer period that lies inside that season ("жаздың екі айында — шілде,
 * тамыз", "летом, в июле"): they say the same period loosely and are no name.
 */
export function seasonWordsOf(tokens: readonly Token[], period: PeriodMatch, todayIso: string): number[] {
  if (period.kind !== 'range') return [];
  const today = { y: Number(todayIso.slice(0, 4)), m: Number(todayIso.slice(5, 7)), d: Number(todayIso.slice(8, 10)) };
  const found: number[] = [];
  tokens.forEach((t, i) => {
    if (i >= period.tokenStart && i < period.tokenEnd) return;
    if (!SEASONS.some(([re]) => re.test(t.text))) return;
    const season = namedPeriodAt(tokens, i, today);
    if (season?.season && season.from <= period.from && period.to <= season.to) found.push(i);
  });
  return found;
}

export function findPeriod(tokens: readonly Token[], todayIso: string): PeriodMatch | null {
  const found = periodIn(tokens, todayIso);
  return found ? asOfBeside(tokens, untilLater(tokens, found, todayIso), todayIso) : null;
}

/**
 * A span to today said with the moment it is taken at ("по состоянию на 31 августа с начала года",
 * "year to date as of 31 August", "31 тамыздағы жағдай бойынша жыл басынан"): it runs to that day.
 * The moment's words join the span when they touch it.
 */
function asOfBeside(tokens: readonly Token[], found: PeriodMatch, todayIso: string): PeriodMatch {
  if (found.kind !== 'range' || found.to !== todayIso) return found;
  const fits = (moment: PeriodMatch | null): moment is PeriodMatch & { kind: 'asOf' } => moment?.kind === 'asOf' && moment.date >= found.from && moment.date < todayIso;
  const before = found.tokenStart > 0 ? periodIn(tokens.slice(0, found.tokenStart), todayIso) : null;
  if (fits(before)) return { ...found, to: before.date, grain: 'days', tokenStart: before.tokenEnd === found.tokenStart ? before.tokenStart : found.tokenStart };
  const after = periodIn(tokens.slice(found.tokenEnd), todayIso);
  if (fits(after)) return { ...found, to: after.date, grain: 'days', tokenEnd: after.tokenStart === 0 ? found.tokenEnd + after.tokenEnd : found.tokenEnd };
  return found;
}

/**
 * A period that would run to today, followed by where it stops instead ("с начала года до конца
 * июня", "since January up to 31 October"): it runs to that month's end or that day.
 */
function untilLater(tokens: readonly Token[], found: PeriodMatch, todayIso: string): PeriodMatch {
  if (found.kind !== 'range') return found;
  // "from January up to …": a month said as where a span starts.
  const fromMonth = found.grain === 'month' && SINCE.test(tokens[found.tokenStart - 1]?.text ?? '');
  // Kazakh puts "until" after the end: "жыл басынан 30 сәуірге дейін".
  if (found.to === todayIso) {
    const day = findDateInTokens(tokens.slice(found.tokenEnd), todayIso);
    const end = day ? found.tokenEnd + day.tokenEnd : -1;
    if (day && day.tokenStart === 0 && /^(?:дейін|шейін|дейінгі)$/u.test(tokens[end]?.text ?? '') && day.date >= found.from && day.date <= todayIso) {
      return { ...found, to: day.date, grain: 'days', tokenEnd: end + 1 };
    }
    // "жыл басынан 30 маусымды қоса алғанда": up to and including that day.
    if (day && day.tokenStart === 0 && tokens[end]?.text === 'қоса' && /^алған/u.test(tokens[end + 1]?.text ?? '') && day.date >= found.from && day.date <= todayIso) {
      return { ...found, to: day.date, grain: 'days', tokenEnd: end + 2 };
    }
    // "жыл басынан маусымның соңына дейін": to that month's end.
    const today = { y: Number(todayIso.slice(0, 4)), m: Number(todayIso.slice(5, 7)), d: Number(todayIso.slice(8, 10)) };
    const month = found.tokenEnd < tokens.length ? namedPeriodAt(tokens, found.tokenEnd, today) : null;
    if (month && month.grain === 'month') {
      const after = found.tokenEnd + month.length + (END.test(tokens[found.tokenEnd + month.length]?.text ?? '') ? 1 : 0);
      if (/^(?:дейін|шейін|дейінгі)$/u.test(tokens[after]?.text ?? '') && month.to >= found.from && month.to < todayIso) return { ...found, to: month.to, grain: 'days', tokenEnd: after + 1 };
    }
  }
  const tillAt = found.tokenEnd + (tokens[found.tokenEnd]?.text === 'up' ? 1 : 0);
  if ((found.to !== todayIso && !fromMonth) || !TILL.test(tokens[tillAt]?.text ?? '')) return found;
  let at = tillAt + 1;
  if (tokens[at]?.text === 'the') at++;
  if (END.test(tokens[at]?.text ?? '')) at++;
  while (/^(?:of|the|day)$/u.test(tokens[at]?.text ?? '')) at++;
  const today = { y: Number(todayIso.slice(0, 4)), m: Number(todayIso.slice(5, 7)), d: Number(todayIso.slice(8, 10)) };
  const month = namedPeriodAt(tokens, at, today);
  const start = fromMonth ? found.tokenStart - 1 : found.tokenStart;
  if (month && month.grain === 'month' && month.to >= found.from && month.to < todayIso) return { ...found, to: month.to, grain: 'days', tokenStart: start, tokenEnd: at + month.length };
  const day = findDateInTokens(tokens.slice(at), todayIso);
  if (day && day.tokenStart === 0 && day.date >= found.from && day.date <= todayIso) return { ...found, to: day.date, grain: 'days', tokenStart: start, tokenEnd: at + day.tokenEnd };
  return found;
}

/**
 * "с 1 по 15 мая", "from the 1st to 15 May", "between 3 and 9 June": a bare day before a date, joined
 * to it, is a day of the same month, and the two are a span.
 */
function dayOfSameMonthBefore(tokens: readonly Token[], date: { date: string; tokenStart: number; tokenEnd: number }): PeriodMatch | null {
  let k = date.tokenStart - 1;
  if (!TILL.test(tokens[k]?.text ?? '')) return null;
  k -= 1;
  if (ORDINAL_ENDING.test(tokens[k]?.text ?? '')) k -= 1;
  const day = /^\d{1,2}$/.test(tokens[k]?.text ?? '') ? Number(tokens[k]!.text) : 0;
  const start = k - 1 - (tokens[k - 1]?.text === 'the' ? 1 : 0);
  if (day < 1 || !SPAN_FROM.test(tokens[start]?.text ?? '')) return null;
  const from = `${date.date.slice(0, 8)}${String(day).padStart(2, '0')}`;
  if (from > date.date) return null;
  return { kind: 'range', from, to: date.date, grain: 'days', tokenStart: start, tokenEnd: date.tokenEnd };
}

function periodIn(tokens: readonly Token[], todayIso: string): PeriodMatch | null {
  const today = { y: Number(todayIso.slice(0, 4)), m: Number(todayIso.slice(5, 7)), d: Number(todayIso.slice(8, 10)) };
  // Two days and months typed as one span ("16.02–20.03").
  for (const [i, t] of tokens.entries()) {
    const m = /^(\d{1,2})\.(\d{2})-(\d{1,2})\.(\d{2})$/.exec(t.text);
    if (!m) continue;
    const [d1, m1, d2, m2] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || d1 < 1 || d2 < 1 || d1 > lastDay(today.y, m1) || d2 > lastDay(today.y, m2)) continue;
    const from = iso(today.y, m1, d1);
    const to = iso(today.y, m2, d2);
    if (to >= from) return { kind: 'range', from, to, grain: 'days', tokenStart: i, tokenEnd: i + 1 };
  }
  // Two dates: "с 1 марта по 30 апреля", "from 1 June to 31 August", "1 наурыздан 30 маусымға дейін".
  const first = findDateInTokens(tokens, todayIso);
  const sameMonth = first ? dayOfSameMonthBefore(tokens, first) : null;
  if (sameMonth) return sameMonth;
  if (first) {
    const rest = tokens.slice(first.tokenEnd);
    const second = findDateInTokens(rest, todayIso);
    if (second && second.tokenStart <= 2 && second.date >= first.date) {
      const between = rest.slice(0, second.tokenStart).map((t) => t.text);
      // The Kazakh "from" ending on the first date, or split off it ("20.03-тен 15.05-ке дейін").
      const kazakh = KK_FROM.test(tokens[first.tokenEnd - 1]!.text) || (between[0]?.length === 3 && KK_FROM.test(between[0]));
      if (between.some((w) => TILL.test(w)) || kazakh || between.length === 0) {
        let end = first.tokenEnd + second.tokenEnd;
        if (/^(?:ке|ге|қа|ға)$/u.test(tokens[end]?.text ?? '') && TILL.test(tokens[end + 1]?.text ?? '')) end += 1;
        if (TILL.test(tokens[end]?.text ?? '')) end += 1;
        return { kind: 'range', from: first.date, to: second.date, grain: 'days', tokenStart: Math.max(0, first.tokenStart - (SPAN_FROM.test(tokens[first.tokenStart - 1]?.text ?? '') ? 1 : 0)), tokenEnd: end };
      }
    }
  }
  // Words of a date belong to the date, not to a month or a year of their own.
  const inDate = (i: number) => first !== null && i >= first.tokenStart && i < first.tokenEnd;
  let seasonFound: PeriodMatch | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (inDate(i)) continue;
    const upTo = fromMonthStartUpTo(tokens, i, todayIso) ?? monthsCountAt(tokens, i, today);
    if (upTo) return upTo;
    // "на конец первого квартала", "at end of july", "шілденің соңында": the moment a period ends.
    if (END.test(tokens[i]!.text) || (tokens[i]!.text === 'the' && END.test(tokens[i + 1]?.text ?? ''))) {
      const skip = tokens[i]!.text === 'the' ? 2 : 1;
      const after = tokens[i + skip]?.text === 'of' ? i + skip + 1 : i + skip;
      const named = after < tokens.length ? namedPeriodAt(tokens, after, today) : null;
      // "after the end of August", "после конца августа": from the next day to today.
      if (named && AFTER.test(tokens[i - 1]?.text ?? '') && named.to < todayIso) {
        return { kind: 'range', from: dayAfter(named.to), to: todayIso, grain: 'days', tokenStart: i - 1, tokenEnd: after + named.length };
      }
      if (named) return { kind: 'asOf', date: named.to, tokenStart: Math.max(0, i - (AS_OF.test(tokens[i - 1]?.text ?? '') ? 1 : 0)), tokenEnd: after + named.length };
    }
    // "с начала квартала", "since the start of the month": this one, from its first day to today.
    if (START.test(tokens[i]!.text)) {
      const at = tokens[i + 1]?.text === 'of' || tokens[i + 1]?.text === 'the' ? (tokens[i + 2]?.text === 'the' ? i + 3 : i + 2) : i + 1;
      const word = tokens[at]?.text ?? '';
      const first = QUARTER.test(word) ? (quarterOf(today.m) - 1) * 3 + 1 : MONTH_WORD.test(word) ? today.m : null;
      if (first !== null) return { kind: 'range', from: iso(today.y, first, 1), to: todayIso, grain: 'toDate', tokenStart: i, tokenEnd: at + 1 };
      // "на начало августа", "as of the start of August": the moment a named month began.
      const month = monthOf(word);
      // "с начала октября", "since the start of October": from that day to today.
      const sinceAt = tokens[i - 1]?.text === 'the' ? i - 2 : i - 1;
      if (month !== null && !/^\d/.test(word) && /^(?:с|со|since|from)$/u.test(tokens[sinceAt]?.text ?? '') && !UP_TO.test(tokens[at + 1]?.text ?? '')) {
        const year = month > today.m ? today.y - 1 : today.y;
        return { kind: 'range', from: iso(year, month, 1), to: todayIso, grain: 'days', tokenStart: sinceAt, tokenEnd: at + 1 };
      }
      // "rewind that to the start of March": "to" after a question before is the moment too.
      const before = tokens[i - 1]?.text === 'the' ? i - 2 : i - 1;
      if (month !== null && !/^\d/.test(word) && (AS_OF.test(tokens[before]?.text ?? '') || tokens[before]?.text === 'to')) {
        const year = month > today.m ? today.y - 1 : today.y;
        return { kind: 'asOf', date: iso(year, month, 1), tokenStart: before, tokenEnd: at + 1 };
      }
    }
    // "с января по сегодняшний день", "from March to date": a month's first day to today.
    const month = /^\d/.test(tokens[i]!.text) ? null : monthOf(tokens[i]!.text);
    if (month !== null && TILL.test(tokens[i + 1]?.text ?? '')) {
      const todayAt = [i + 2, i + 3].find((k) => TODAY_WORDS.test(tokens[k]?.text ?? ''));
      if (todayAt !== undefined) {
        const start = Math.max(0, i - (/^(?:с|со|from|since)$/u.test(tokens[i - 1]?.text ?? '') ? 1 : 0));
        const year = month > today.m ? today.y - 1 : today.y;
        const end = todayAt + (/^(?:день|дня|дейін)$/u.test(tokens[todayAt + 1]?.text ?? '') ? 2 : 1);
        return { kind: 'range', from: iso(year, month, 1), to: todayIso, grain: 'days', tokenStart: start, tokenEnd: end };
      }
    }
    const span = monthSpanAt(tokens, i, today) ?? fromMonthUpTo(tokens, i, todayIso);
    if (span) return span;
    const found = namedPeriodAt(tokens, i, today);
    // A season is the loosest of periods: a closer one said beside it wins ("autumn savings since the start of October").
    if (found?.season) {
      seasonFound ??= { kind: 'range', from: found.from, to: found.to > todayIso && found.from <= todayIso ? todayIso : found.to, grain: 'days', tokenStart: i, tokenEnd: i + found.length };
      continue;
    }
    // "қазан айында", "в октябре месяце": the word "month" after a month's name is part of it.
    const named = found && found.grain === 'month' && MONTH_WORD.test(tokens[i + found.length]?.text ?? '') && !THIS.test(tokens[i]!.text) && !LAST.test(tokens[i]!.text) ? { ...found, length: found.length + 1 } : found;
    // "осы тоқсанның басынан бері", "квартала с начала": from the period's first day to today.
    if (named && START.test(tokens[i + named.length]?.text ?? '') && named.from <= todayIso) {
      const end = i + named.length + 1 + (SINCE_KK.test(tokens[i + named.length + 1]?.text ?? '') ? 1 : 0);
      return { kind: 'range', from: named.from, to: todayIso, grain: 'toDate', tokenStart: i, tokenEnd: end };
    }
    if (named) {
      // "шілденің соңында" (the end comes after the month in Kazakh)
      if (END.test(tokens[i + named.length]?.text ?? '')) return { kind: 'asOf', date: named.to, tokenStart: i, tokenEnd: i + named.length + 1 };
      // "when June ended", "when September closed", "маусым айы біткенде": the moment it ended.
      if (/^(?:when|once|after)$/u.test(tokens[i - 1]?.text ?? '') && /^(?:ended|closed|finished)$/u.test(tokens[i + named.length]?.text ?? '')) {
        return { kind: 'asOf', date: named.to, tokenStart: i - 1, tokenEnd: i + named.length + 1 };
      }
      if (/^(?:біткенде|біткендегі|аяқталғанда|аяқталғандағы)$/u.test(tokens[i + named.length]?.text ?? '')) return { kind: 'asOf', date: named.to, tokenStart: i, tokenEnd: i + named.length + 1 };
      // "since January", "қаңтардан бері": from its first day to today.
      // "from July on", "с июля", "начиная с июля" too: a month after "с" with no end begins a span to today.
      const since = tokens[i - 1]?.text === 'since' || (tokens[i - 1]?.text === 'from' && tokens[i + named.length]?.text === 'on') || (/^(?:с|со)$/u.test(tokens[i - 1]?.text ?? '') && named.grain === 'month');
      const sinceKk = SINCE_KK.test(tokens[i + named.length]?.text ?? '');
      const on = since && tokens[i + named.length]?.text === 'on';
      if ((since || sinceKk) && named.from <= todayIso) return { kind: 'range', from: named.from, to: todayIso, grain: 'days', tokenStart: i - (since ? 1 : 0), tokenEnd: i + named.length + (sinceKk || on ? 1 : 0) };
      const to = named.to > todayIso && named.from <= todayIso ? todayIso : named.to;
      // "жылдың бірінші жартысы" (the year's first half): "the year's" is the period's word too.
      // "over the month of March": "month of" is the month's words too.
      const before = tokens[i - 1]?.text === 'жылдың' ? 1 : named.grain === 'month' && tokens[i - 1]?.text === 'of' && MONTH_WORD.test(tokens[i - 2]?.text ?? '') ? 2 : 0;
      return { kind: 'range', from: named.from, to, grain: named.grain, tokenStart: i - before, tokenEnd: i + named.length };
    }
  }
  if (seasonFound && !first) return seasonFound;
  if (first) {
    const before = tokens[first.tokenStart - 1]?.text ?? '';
    // "since 1 July", "с 1 июля", "начиная с 1 июля", "1 шілдеден бері": from that day to today.
    const sinceKk = SINCE_KK.test(tokens[first.tokenEnd]?.text ?? '');
    if ((SINCE.test(before) || sinceKk) && first.date <= todayIso) {
      return { kind: 'range', from: first.date, to: todayIso, grain: 'days', tokenStart: first.tokenStart - (SINCE.test(before) ? 1 : 0), tokenEnd: first.tokenEnd + (sinceKk ? 1 : 0) };
    }
    const after = tokens.slice(first.tokenEnd, first.tokenEnd + 2).map((t) => t.text).join(' ');
    const dateWord = tokens[first.tokenEnd - 1]?.text ?? '';
    // "1 қазандағы жағдай бойынша", "1 қазан күйіне" (as it stood on 1 October).
    const state = /жағдай|^күйі/u.test(after);
    const asOf = AS_OF.test(before) || state || /(?:дағы|дегі|тағы|тегі)$/u.test(dateWord);
    return asOf
      ? { kind: 'asOf', date: first.date, tokenStart: first.tokenStart - (AS_OF.test(before) ? 1 : 0), tokenEnd: first.tokenEnd + (/жағдай/u.test(after) ? 2 : /^күйі/u.test(after) ? 1 : 0) }
      : { kind: 'asOf', date: first.date, tokenStart: first.tokenStart, tokenEnd: first.tokenEnd };
  }
  return null;
}
