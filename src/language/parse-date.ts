// Dates in ru/kk/en: 2026-03-01, 01.03.2026, "1 марта", "1 марта 2026", "1 наурыз", "наурыздың 1",
// "2026 жылғы 1 наурыз", "March 1", "1 March 2026", сегодня/вчера/бүгін/кеше/today/yesterday.
// A day and month without a year take the year of `today`. Impossible dates (31.02) give null.
import { keptAnswers } from './kept-answers.js';
import { normalizeText, transliterate } from './normalize-text.js';
import { tokenize, type Token } from './tokenize.js';
import { editDistance } from './word-similarity.js';

export interface DateMatch {
  /** ISO YYYY-MM-DD */
  date: string;
  /** offsets in the normalised text (normalizeText) */
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

const MONTH_STEMS: [string, number][] = [
  ['январ', 1], ['феврал', 2], ['март', 3], ['апрел', 4], ['июн', 6], ['июл', 7], ['август', 8],
  ['сентябр', 9], ['октябр', 10], ['ноябр', 11], ['декабр', 12],
  ['қаңтар', 1], ['ақпан', 2], ['наурыз', 3], ['сәуір', 4], ['мамыр', 5], ['маусым', 6], ['шілде', 7],
  ['тамыз', 8], ['қыркүйек', 9], ['қазан', 10], ['қараша', 11], ['желтоқсан', 12],
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12],
];
const MONTH_EXACT = new Map<string, number>([
  ['май', 5], ['мая', 5], ['мае', 5], ['маю', 5], ['may', 5],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
  // Russian abbreviations ("окт+нояб", "янв.").
  ['янв', 1], ['фев', 2], ['февр', 2], ['апр', 4], ['авг', 8], ['сен', 9], ['сент', 9], ['окт', 10], ['нояб', 11], ['дек', 12],
]);

/** Common words one letter from a month: "қаражат" (money) is no typo of "қараша" (November), nor "Қарағанды", nor "қарамағында" (under). */
const NOT_MONTHS = /^(?:қаражат|каражат|мамыра|қайтар|қараған|караган|қарамағ|карамаг|казань|казанск)/u;

/** Kazakh letters as people type them on a Russian keyboard ("кыркуйекте" for "қыркүйекте"). */
const PLAIN_LETTERS: Record<string, string> = { қ: 'к', ү: 'у', ұ: 'у', ә: 'а', ө: 'о', ғ: 'г', ң: 'н', і: 'и', һ: 'х' };
const plainLetters = (word: string): string => word.replace(/[қүұәөғңіһ]/gu, (c) => PLAIN_LETTERS[c]!);
const PLAIN_STEMS: [string, number][] = MONTH_STEMS.filter(([s]) => plainLetters(s) !== s).map(([s, m]) => [plainLetters(s), m]);

/** Month number of a month word in any of the three languages and its inflections (one typo forgiven in long ones), or null. */
export const monthOf = keptAnswers(20_000, (word: string): number | null => {
  if (/^[a-zäğıñöşūü]{3,}$/u.test(word) && MONTH_EXACT.get(word) === undefined && !MONTH_STEMS.some(([s]) => word.startsWith(s))) {
    // Russian or Kazakh month typed in Latin letters: "marta", "fevralya", "nauryzdağy"
    const cyr = monthOfCyrillic(transliterate(word, 'cyrillic'));
    if (cyr !== null) return cyr;
  }
  return monthOfCyrillic(word);
});

function monthOfCyrillic(word: string): number | null {
  const exact = MONTH_EXACT.get(word);
  if (exact !== undefined) return exact;
  for (const [stem, m] of MONTH_STEMS) if (word.startsWith(stem) && word.length - stem.length <= 6) return m;
  if (!NOT_MONTHS.test(word)) for (const [stem, m] of PLAIN_STEMS) if (word.startsWith(stem) && word.length - stem.length <= 6) return m;
  if (word.length >= 5 && /^\p{L}+$/u.test(word) && !NOT_MONTHS.test(word)) {
    for (const [stem, m] of MONTH_STEMS) {
      // Short month names are too like common words ("қазына" is no "қазан"): only longer ones forgive a typo.
      if (stem.length < 6 || word[0] !== stem[0]) continue;
      for (let n = stem.length - 1; n <= stem.length + 1; n++) if (editDistance(word.slice(0, n), stem, 1) <= 1 && word.length - n <= 6) return m;
    }
  }
  return null;
}

// "15-іне", "30-ына": a Kazakh day in the dative ("up to the 15th").
const ORDINAL = /^(?:го|е|ое|ого|ші|шы|сі|і|ы|іне|ына|сіне|сына|st|nd|rd|th|числа)$/u;
const YEAR_WORD = /^(?:г|гг|год\p{L}*|жыл\p{L}*|year)$/u;

const RELATIVE: [RegExp, number][] = [
  [/^(?:сегодня|сегодняшн\p{L}*|бүгін\p{L}*|today)$/u, 0],
  // "кеше" and its case forms, not "кешен" (a complex: "кешендерінің").
  [/^(?:вчера|вчерашн\p{L}*|кеше|кешегі|кешеден|кешеге|кешедегі|yesterday)$/u, -1],
  [/^(?:позавчера)$/u, -2],
  [/^(?:завтра|ертең|tomorrow)$/u, 1],
];

/** "на текущую дату", "на данный момент", "as of the present time", "қазіргі сәтте": today. */
const CURRENT = /^(?:текущ\p{L}*|данн\p{L}*|настоящ\p{L}*|present|current|қазіргі|осы)$/u;
const MOMENT = /^(?:дату|дата|момент|моменту|день|time|moment|date|сәтте|сәттегі|уақытта|уақыттағы|күнге)$/u;

const RELATIVE_FUZZY: [string, number][] = [['сегодня', 0], ['yesterday', -1], ['позавчера', -2]];

function isoOf(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function todayParts(today: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(today);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function shiftDays(today: string, days: number): string | null {
  const t = todayParts(today);
  if (!t) return null;
  const dt = new Date(Date.UTC(t.y, t.m - 1, t.d + days));
  return isoOf(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

function dayAt(t: Token | undefined): number | null {
  if (!t || !/^\d{1,2}$/.test(t.text)) return null;
  const d = Number(t.text);
  return d >= 1 && d <= 31 ? d : null;
}

function yearAt(t: Token | undefined): number | null {
  if (!t || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1900 && y <= 2200 ? y : null;
}

// A day written as an ordinal word: «первого марта», «двадцать пятого мая», "the first of March".
const ORDINAL_STEMS: [string, number][] = (
  [
    ['перв', 1], ['втор', 2], ['трет', 3], ['четверт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8], ['девят', 9], ['десят', 10],
    ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17],
    ['восемнадцат', 18], ['девятнадцат', 19], ['двадцат', 20], ['тридцат', 30],
  ] as [string, number][]
).sort((a, b) => b[0].length - a[0].length);
const ORDINAL_ENDING = /^(?:ого|ое|ый|ой|ая|ье|ьего|ьему|его|ий|ому)$/u;
const EN_ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
  ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17],
  ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
]);

function ordinalWord(word: string | undefined): number | null {
  if (!word) return null;
  const en = EN_ORDINALS.get(word);
  if (en !== undefined) return en;
  for (const [stem, n] of ORDINAL_STEMS) if (word.startsWith(stem) && ORDINAL_ENDING.test(word.slice(stem.length))) return n;
  return null;
}

/** A day as ordinal words at token i (one word, or "двадцать пятого", "twenty fifth"): the day and how many tokens. */
function ordinalDayAt(tokens: readonly Token[], i: number): { day: number; length: number } | null {
  const tens = /^(?:двадцать|twenty)$/u.test(tokens[i]?.text ?? '') ? 20 : /^(?:тридцать|thirty)$/u.test(tokens[i]?.text ?? '') ? 30 : 0;
  if (tens > 0) {
    const unit = ordinalWord(tokens[i + 1]?.text);
    if (unit !== null && unit <= 9 && tens + unit <= 31) return { day: tens + unit, length: 2 };
    return null;
  }
  const day = ordinalWord(tokens[i]?.text);
  return day === null ? null : { day, length: 1 };
}

/** A Kazakh day in words after a month ("тамыздың бірінде", "наурыздың екісі"): 1 to 9. */
const KK_DAY_WORDS: [RegExp, number][] = [
  [/^бір(?:і|ін|інде|індегі|іне|інен)$/u, 1], [/^екі(?:сі|сін|сінде|сіндегі|сіне)$/u, 2], [/^үш(?:і|ін|інде|індегі|іне)$/u, 3],
  [/^төрт(?:і|ін|інде|індегі|іне)$/u, 4], [/^бес(?:і|ін|інде|індегі|іне)$/u, 5], [/^алты(?:сы|сын|сында|сындағы|сына)$/u, 6],
  [/^жеті(?:сі|сін|сінде|сіндегі|сіне)$/u, 7], [/^сегіз(?:і|ін|інде|індегі|іне)$/u, 8], [/^тоғыз(?:ы|ын|ында|ындағы|ына)$/u, 9],
];
const kazakhDayWord = (word: string | undefined): number | null => (word === undefined ? null : (KK_DAY_WORDS.find(([re]) => re.test(word))?.[1] ?? null));

/** Words a date stands beside: a preposition before it, or a joining word or Kazakh postposition after it. */
const BEFORE_A_DATE = /^(?:с|со|по|на|до|от|между|и|мен|бен|пен|дня|дату|from|to|until|till|since|between|and|as|of|at|by|on|day|date)$/u;
const AFTER_A_DATE = /^(?:мен|пен|бен|и|по|до|to|and|till|until|дейін|дейінгі|бастап|бері|аралығ\p{L}*|включительно|inclusive|тен|тан|ден|дан|нен|нан|ке|ге|қа|ға|дағы|дегі|тағы|тегі|жағдай\p{L}*|күйі\p{L}*)$/u;
/** Money after the number makes it an amount ("и 10.06 млрд"). */
const MONEY_UNIT = /^(?:тыс\p{L}*|млн|млрд|трлн|миллион\p{L}*|миллиард\p{L}*|mn|bn|million\p{L}*|billion\p{L}*|тенге|теңге|тг|₸)$/u;
/** A day and month without a year ("10.06"). */
const DAY_MONTH = /^(\d{1,2})\.(\d{2})$/;
/** Two days and months side by side ("16.02–20.03") are a span's ends. */
const dateExpectedAround = (tokens: readonly Token[], i: number): boolean =>
  !MONEY_UNIT.test(tokens[i + 1]?.text ?? '') &&
  (BEFORE_A_DATE.test(tokens[i - 1]?.text ?? '') || AFTER_A_DATE.test(tokens[i + 1]?.text ?? '') || DAY_MONTH.test(tokens[i + 1]?.text ?? '') || DAY_MONTH.test(tokens[i - 1]?.text ?? ''));

/** Try to read a date starting at token i; returns it and how many tokens it took. */
function dateAt(tokens: readonly Token[], i: number, today: string): { date: string | null; length: number } | null {
  const t = tokens[i]!;
  const thisYear = todayParts(today)!.y;
  const word = /^[a-z]{4,}$/.test(t.text) && !/^(?:today|yesterday|tomorrow)$/.test(t.text) ? transliterate(t.text, 'cyrillic') : t.text;
  for (const [re, shift] of RELATIVE) if (re.test(word)) return { date: shiftDays(today, shift), length: 1 };
  if (CURRENT.test(t.text) && MOMENT.test(tokens[i + 1]?.text ?? '')) return { date: today, length: 2 };
  for (const [word, shift] of RELATIVE_FUZZY) {
    if (t.text[0] === word[0] && editDistance(t.text, word, 1) <= 1) return { date: shiftDays(today, shift), length: 1 };
  }
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t.text);
  if (m) return { date: isoOf(Number(m[1]), Number(m[2]), Number(m[3])), length: 1 };
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/.exec(t.text);
  if (m) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return { date: isoOf(y, Number(m[2]), Number(m[1])), length: 1 };
  }
  // Day and month without a year ("с 10.06 по 25.07", "10.06 мен 25.07 аралығында"), only where a date
  // is expected: "10.06 млрд" is money and "2.7" a multiplier.
  m = DAY_MONTH.exec(t.text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12 && dateExpectedAround(tokens, i)) {
    return { date: isoOf(thisYear, Number(m[2]), Number(m[1])), length: 1 };
  }
  // year first: "2026 жылғы 1 наурыз", "2026 года 1 марта"
  const y0 = yearAt(t);
  if (y0 !== null) {
    let j = i + 1;
    if (tokens[j] && YEAR_WORD.test(tokens[j]!.text)) j++;
    const d = dayAt(tokens[j]);
    if (d !== null) {
      let k = j + 1;
      if (tokens[k] && ORDINAL.test(tokens[k]!.text)) k++;
      const mon = tokens[k] ? monthOf(tokens[k]!.text) : null;
      if (mon !== null) return { date: isoOf(y0, mon, d), length: k + 1 - i };
    }
  }
  // day first: "1 марта [2026]", "1-ші наурыз", "1st of March 2026"; or in words: «первого марта [2026 года]», "the first of March"
  const d1 = dayAt(t);
  const spelled = d1 === null ? ordinalDayAt(tokens, i) : null;
  const day = d1 ?? spelled?.day ?? null;
  if (day !== null) {
    let j = i + (spelled?.length ?? 1);
    if (d1 !== null && tokens[j] && ORDINAL.test(tokens[j]!.text)) j++;
    if (tokens[j]?.text === 'of') j++;
    const mon = tokens[j] ? monthOf(tokens[j]!.text) : null;
    if (mon !== null) {
      let end = j + 1;
      let y = thisYear;
      const y1 = yearAt(tokens[end]);
      if (y1 !== null) {
        y = y1;
        end++;
        if (tokens[end] && YEAR_WORD.test(tokens[end]!.text)) end++;
      }
      return { date: isoOf(y, mon, day), length: end - i };
    }
  }
  // month first: "March 1[st][, 2026]", "наурыздың 1[-і]", "тамыздың бірінде"
  const mon2 = monthOf(t.text);
  if (mon2 !== null) {
    const d = dayAt(tokens[i + 1]) ?? (/(?:ның|нің|дың|дің|тың|тің)$/u.test(t.text) ? kazakhDayWord(tokens[i + 1]?.text) : null);
    if (d !== null) {
      let end = i + 2;
      if (tokens[end] && ORDINAL.test(tokens[end]!.text)) end++;
      let y = thisYear;
      const y1 = yearAt(tokens[end]);
      if (y1 !== null) {
        y = y1;
        end++;
      }
      return { date: isoOf(y, mon2, d), length: end - i };
    }
  }
  return null;
}

/** The first date in tokenised (normalised) text; null when there is none or it is impossible. */
export function findDateInTokens(tokens: readonly Token[], today: string): DateMatch | null {
  for (let i = 0; i < tokens.length; i++) {
    const r = dateAt(tokens, i, today);
    if (!r) continue;
    if (r.date === null) return null;
    return {
      date: r.date,
      start: tokens[i]!.start,
      end: tokens[i + r.length - 1]!.end,
      tokenStart: i,
      tokenEnd: i + r.length,
    };
  }
  return null;
}

/** Words written as a date that no calendar has ("31.02.2026", "30 февраля"), or null. */
export function findImpossibleDate(tokens: readonly Token[], today: string): { tokenStart: number; tokenEnd: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    const r = dateAt(tokens, i, today);
    if (!r) continue;
    return r.date === null ? { tokenStart: i, tokenEnd: i + r.length } : null;
  }
  return null;
}

/** A date inside a longer sentence (offsets are in normalizeText(text)). */
export function findDate(text: string, today: string): DateMatch | null {
  return findDateInTokens(tokenize(normalizeText(String(text).slice(0, 1000))), today);
}

const FILLER = /^(?:на|от|по|с|г|гг|год\p{L}*|жыл\p{L}*|күн\p{L}*|of|on|as|at|the|by|date|дата|числа)$/u;

/** A string that is a date (with at most filler words like "на", "г.", "жылғы") → ISO date, else null. */
export function parseDate(text: string, today: string): string | null {
  if (typeof text !== 'string') return null;
  const tokens = tokenize(normalizeText(text.slice(0, 200)));
  const found = findDateInTokens(tokens, today);
  if (!found) return null;
  const rest = tokens.filter((_, i) => i < found.tokenStart || i >= found.tokenEnd);
  return rest.every((t) => FILLER.test(t.text)) ? found.date : null;
}
