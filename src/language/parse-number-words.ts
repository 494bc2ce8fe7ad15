// Small numbers written as digits or words (ru/kk/en, 0..100), and percentages:
// "5%", "4,5 процента", "пять процентов", "6 пайыз", "ЖІӨ-нің 6 пайызы", "five percent".
import { normalizeText, phoneticKey, transliterate } from './normalize-text.js';
import { tokenize, type Token } from './tokenize.js';
import { editDistance } from './word-similarity.js';

function forms(value: number, ...words: string[]): [string, number][] {
  return words.map((w) => [w, value]);
}

/** "үшеу", "үшеуі", "үшеуін", "үшеуіне", "үшеуінің". */
function collective(value: number, stem: string, vowel: 'і' | 'ы'): [string, number][] {
  const front = vowel === 'і';
  return forms(value, stem, stem + vowel, `${stem}${vowel}н`, `${stem}${vowel}${front ? 'не' : 'на'}`, `${stem}${vowel}${front ? 'нің' : 'ның'}`);
}

const UNITS = new Map<string, number>([
  // ru
  ...forms(0, 'ноль', 'нуля', 'нулю'),
  ...forms(1, 'один', 'одна', 'одно', 'одного', 'одной', 'одну', 'одним', 'одному'),
  ...forms(2, 'два', 'две', 'двух', 'двум', 'двумя'),
  ...forms(3, 'три', 'трех', 'трем', 'тремя'),
  ...forms(4, 'четыре', 'четырех', 'четырем', 'четырьмя'),
  ...forms(5, 'пять', 'пяти', 'пятью'),
  // Collective numbers of a ranking: "тройка лидеров", "пятёрка самых затратных".
  ...forms(3, 'тройка', 'тройку', 'тройке', 'тройки'),
  ...forms(5, 'пятерка', 'пятерку', 'пятерке', 'пятерки'),
  ...forms(6, 'шесть', 'шести', 'шестью'),
  ...forms(7, 'семь', 'семи', 'семью'),
  ...forms(8, 'восемь', 'восьми', 'восемью'),
  ...forms(9, 'девять', 'девяти', 'девятью'),
  ...forms(1.5, 'полтора', 'полторы', 'полутора'),
  // kk
  ...forms(0, 'нөл'),
  ...forms(1, 'бір'),
  // Collective numbers of a ranking: "алдыңғы төрттік", "үздік бестік".
  ...forms(3, 'үштік', 'үштікке', 'үштіктегі'),
  ...forms(4, 'төрттік', 'төрттікке', 'төрттіктегі'),
  ...forms(5, 'бестік', 'бестікке', 'бестіктегі'),
  ...forms(10, 'ондық', 'ондыққа', 'ондықтағы'),
  // Collective numbers ("ең азы үшеуін көрсет", "соңғы екеуі"): the stem, "its", and its cases.
  ...collective(2, 'екеу', 'і'),
  ...collective(3, 'үшеу', 'і'),
  ...collective(4, 'төртеу', 'і'),
  ...collective(5, 'бесеу', 'і'),
  ...collective(6, 'алтау', 'ы'),
  ...collective(7, 'жетеу', 'і'),
  ...forms(2, 'екі'),
  ...forms(3, 'үш'),
  ...forms(4, 'төрт'),
  ...forms(5, 'бес'),
  ...forms(6, 'алты'),
  ...forms(7, 'жеті'),
  ...forms(8, 'сегіз'),
  ...forms(9, 'тоғыз'),
  // en
  ...forms(0, 'zero'),
  ...forms(1, 'one'),
  ...forms(2, 'two', 'pair'),
  ...forms(3, 'three'),
  ...forms(4, 'four'),
  ...forms(5, 'five'),
  ...forms(6, 'six'),
  ...forms(7, 'seven'),
  ...forms(8, 'eight'),
  ...forms(9, 'nine'),
]);

const TEENS = new Map<string, number>([
  ...forms(10, 'десять', 'десяти', 'десятью', 'он', 'ten'),
  ...forms(11, 'одиннадцать', 'одиннадцати', 'eleven'),
  ...forms(12, 'двенадцать', 'двенадцати', 'twelve'),
  ...forms(13, 'тринадцать', 'тринадцати', 'thirteen'),
  ...forms(14, 'четырнадцать', 'четырнадцати', 'fourteen'),
  ...forms(15, 'пятнадцать', 'пятнадцати', 'fifteen'),
  ...forms(16, 'шестнадцать', 'шестнадцати', 'sixteen'),
  ...forms(17, 'семнадцать', 'семнадцати', 'seventeen'),
  ...forms(18, 'восемнадцать', 'восемнадцати', 'eighteen'),
  ...forms(19, 'девятнадцать', 'девятнадцати', 'nineteen'),
]);

const TENS = new Map<string, number>([
  ...forms(20, 'двадцать', 'двадцати', 'жиырма', 'twenty'),
  ...forms(30, 'тридцать', 'тридцати', 'отыз', 'thirty'),
  ...forms(40, 'сорок', 'сорока', 'қырық', 'forty'),
  ...forms(50, 'пятьдесят', 'пятидесяти', 'елу', 'fifty'),
  ...forms(60, 'шестьдесят', 'шестидесяти', 'алпыс', 'sixty'),
  ...forms(70, 'семьдесят', 'семидесяти', 'жетпіс', 'seventy'),
  ...forms(80, 'восемьдесят', 'восьмидесяти', 'сексен', 'eighty'),
  ...forms(90, 'девяносто', 'девяноста', 'тоқсан', 'ninety'),
  ...forms(100, 'сто', 'ста', 'жүз', 'hundred'),
]);

function lookup(word: string): number | null {
  return UNITS.get(word) ?? TEENS.get(word) ?? TENS.get(word) ?? null;
}

/** Value of one number word ("три", "үш", "three", "двадцать", Latin "tri"), or null. */
export function numberWordValue(word: string): number | null {
  const direct = lookup(word);
  if (direct !== null || !/^[a-z]{3,}$/.test(word)) return direct;
  const cyr = transliterate(word, 'cyrillic');
  return cyr === 'он' || cyr === 'бес' ? null : (lookup(cyr) ?? lookup(`${cyr}ь`)); // pyat → пять
}

/** A digit string with an optional decimal comma or point: "4,5" → 4.5. Null for anything else. */
export function parseDecimal(text: string): number | null {
  if (!/^\d{1,15}(?:[.,]\d{1,10})?$/.test(text)) return null;
  const v = Number(text.replace(',', '.'));
  return Number.isFinite(v) ? v : null;
}

/** A number starting at token i: digits ("4,5") or words ("двадцать пять", "он бес", "twenty five"). */
export function numberAt(tokens: readonly Token[], i: number): { value: number; length: number } | null {
  return withHalf(tokens, i, wholeNumberAt(tokens, i));
}

function wholeNumberAt(tokens: readonly Token[], i: number): { value: number; length: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.isNumber) {
    const v = parseDecimal(t.text);
    return v === null ? null : { value: v, length: 1 };
  }
  const w = t.text;
  const value = numberWordValue(w);
  const tens = value !== null && value >= 20 ? value : undefined;
  const teen = value !== null && value >= 10 && value < 20 ? value : undefined;
  if (tens !== undefined || teen === 10) {
    const base = tens ?? 10;
    const next = tokens[i + 1];
    const unitValue = next ? numberWordValue(next.text) : null;
    const unit = unitValue !== null && unitValue < 10 ? unitValue : undefined;
    if (unit !== undefined && unit >= 1 && Number.isInteger(unit)) return { value: base + unit, length: 2 };
    return { value: base, length: 1 };
  }
  return value === null ? null : { value, length: 1 };
}

/** "с половиной", "and a half", "жарым" after a number add a half. */
const HALVES: string[][] = [['с', 'половиной'], ['and', 'a', 'half'], ['жарым']];

function withHalf(tokens: readonly Token[], i: number, n: { value: number; length: number } | null): { value: number; length: number } | null {
  if (!n || !Number.isInteger(n.value)) return n;
  for (const half of HALVES) {
    if (half.every((word, k) => tokens[i + n.length + k]?.text === word)) return { value: n.value + 0.5, length: n.length + half.length };
  }
  return n;
}

const PERCENT_WORD = /^(?:%|процент\p{L}*|проц|пайыз\p{L}*|percent\p{L}*|pct|prosent\p{L}*|protsent\p{L}*)$/u;

export interface PercentMatch {
  value: number;
  tokenStart: number;
  tokenEnd: number;
}

const PERCENT_STEMS = ['процент', 'пайыз', 'percent'];
const PERCENT_KEYS = ['prosent', 'paiz', 'persent'];

/** Whether a token is a percent sign or word (one typo forgiven: "проента", "пайзын"). */
export function isPercentWord(t: Token | undefined): boolean {
  if (!t) return false;
  if (PERCENT_WORD.test(t.text)) return true;
  const key = phoneticKey(t.text);
  if (PERCENT_KEYS.some((k) => key.startsWith(k))) return true;
  if (t.text.length < 5) return false;
  return PERCENT_STEMS.some(
    (stem) =>
      t.text[0] === stem[0] &&
      [stem.length - 1, stem.length, stem.length + 1].some((n) => editDistance(t.text.slice(0, n), stem, 1) <= 1),
  );
}

const LIST_WORDS = new Set(['и', 'или', 'and', 'or', 'vs', 'versus', 'против', 'және', 'мен', 'пен', 'бен', 'немесе', 'не', 'to']);

/**
 * Percentages in tokenised text: a number followed by %, "процент", "пайыз", "percent" / "per cent".
 * The percent word of a list counts for each of its numbers: "4, 5 и 6 процентов" is 4 %, 5 %, 6 %.
 */
export function findPercents(tokens: readonly Token[]): PercentMatch[] {
  const out: PercentMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = numberAt(tokens, i);
    if (!n) continue;
    const after = tokens[i + n.length];
    const width = isPercentWord(after) ? 1 : after?.text === 'per' && tokens[i + n.length + 1]?.text === 'cent' ? 2 : 0;
    if (width === 0) continue;
    out.push(...listBefore(tokens, i, out.at(-1)?.tokenEnd ?? 0));
    out.push({ value: n.value, tokenStart: i, tokenEnd: i + n.length + width });
    i += n.length + width - 1;
  }
  return out;
}

/** The numbers listed right before a percentage ("4, 5 и" of "4, 5 и 6 %"), not reaching back past `floor`. */
function listBefore(tokens: readonly Token[], at: number, floor: number): PercentMatch[] {
  const listed: PercentMatch[] = [];
  for (let j = at - 1; j >= floor; j--) {
    const t = tokens[j]!;
    if (LIST_WORDS.has(t.text)) continue;
    // A number in words too ("үш пен бес пайыз").
    const word = t.isNumber ? null : numberAt(tokens, j);
    const v = t.isNumber ? parseDecimal(t.text) : word && word.length === 1 ? word.value : null;
    if (v === null || v > 100) break;
    listed.unshift({ value: v, tokenStart: j, tokenEnd: j + 1 });
  }
  return listed;
}

/** A whole string that is one percentage ("4,5 %", "пять процентов", "6 пайызы") → 4.5, 5, 6; else null. */
export function parsePercent(text: string): number | null {
  const tokens = tokenize(normalizeText(String(text).slice(0, 200)));
  const found = findPercents(tokens);
  if (found.length !== 1) return null;
  const f = found[0]!;
  const rest = tokens.filter((_, i) => i < f.tokenStart || i >= f.tokenEnd);
  return rest.every((t) => /^(?:жіө|ввп|gdp|of|от|нің|ның|i|ы|і)$/u.test(t.text)) ? f.value : null;
}

/** A whole string that is one small number in digits or words ("три", "үш", "twenty five", "4,5") → value, else null. */
export function parseNumberWords(text: string): number | null {
  const tokens = tokenize(normalizeText(String(text).slice(0, 200)));
  const n = numberAt(tokens, 0);
  return n && n.length === tokens.length ? n.value : null;
}
