// Amounts of money in whole tenge: "300000000", "300 млн", "2,5 млрд", "1.2bn", "250m",
// "₸ 3 000 000", "3 000 000 тенге", "1,5 трлн", "500 мың", "2 миллиарда", "1.5 billion",
// "1 млрд 200 млн". Strict: negatives, fractions of a tenge, zero and values above
// Number.MAX_SAFE_INTEGER are refused. Arithmetic is done in BigInt, so 1.2bn is exactly 1 200 000 000.
import { numberWordValue } from './parse-number-words.js';

export interface AmountMatch {
  /** whole tenge */
  value: number;
  /** offsets in the searched text: [start, end) */
  start: number;
  end: number;
  /** a scale word (млн, bn, мың…) was given */
  hasScale: boolean;
  /** a currency (тенге, ₸, KZT) was given */
  hasCurrency: boolean;
}

interface Scale {
  re: RegExp;
  factor: bigint;
}

// Each sticky, tried after optional spaces; must end at a word boundary.
const SCALES: Scale[] = [
  { re: /(?:трлн|триллион\p{L}*|trillion\p{L}*|trln|trn|tn)\.?(?![\p{L}\d])/uy, factor: 10n ** 12n },
  { re: /(?:млрд|миллиард\p{L}*|billion\p{L}*|bln|bn|mlrd|mld|b)\.?(?![\p{L}\d])/uy, factor: 10n ** 9n },
  { re: /(?:млн|миллион\p{L}*|million\p{L}*|mln|mn|m)\.?(?![\p{L}\d])/uy, factor: 10n ** 6n },
  { re: /(?:тыс|тысяч\p{L}*|thousand\p{L}*|мың\p{L}*|k)\.?(?![\p{L}\d])/uy, factor: 10n ** 3n },
];

const CURRENCY_AFTER = /(?:тенге|теңге|tenge|kzt|тг|₸)(?:\p{L}*)\.?(?![\p{L}\d])/uy;
const CURRENCY_BEFORE = /(?:₸|kzt|тенге|теңге|tenge)\s*$/u;
const SPACE = /[\s\u00a0\u202f\u2009\u2007]*/uy;

// A number in digits: grouped thousands (3 000 000, 3,000,000, 3.000.000, with an optional
// decimal tail) or plain digits with an optional decimal part.
const NUMBER_RE =
  /(?<![\p{L}\d.,])(?:\d{1,3}(?<sep>[ \u00a0\u202f\u2009',.])\d{3}(?:\k<sep>\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![.,\-/]?\d)/gu;

const WORD_RE = /[\p{L}]+/gu;

interface Component {
  int: string;
  frac: string;
  factor: bigint;
  end: number;
  hasScale: boolean;
}

function skipSpaces(s: string, pos: number): number {
  SPACE.lastIndex = pos;
  SPACE.exec(s);
  return SPACE.lastIndex;
}

function readScale(s: string, pos: number): { factor: bigint; end: number; latin: boolean } | null {
  const p = skipSpaces(s, pos);
  for (const sc of SCALES) {
    sc.re.lastIndex = p;
    const m = sc.re.exec(s);
    if (m) return { factor: sc.factor, end: sc.re.lastIndex, latin: /^[a-z]/i.test(m[0]) };
  }
  return null;
}

function readCurrencyAfter(s: string, pos: number): number | null {
  const p = skipSpaces(s, pos);
  CURRENCY_AFTER.lastIndex = p;
  return CURRENCY_AFTER.exec(s) ? CURRENCY_AFTER.lastIndex : null;
}

/** Split a digit string into integer and fraction digits, deciding what its separators mean. */
function splitDigits(raw: string, sep: string | undefined, scaleFollows: boolean, latinScale: boolean): { int: string; frac: string } | null {
  let s = raw;
  if (sep !== undefined) {
    // One group after a comma/point with a scale word: Russian "1,500 млн" is 1.5 million,
    // English "1,500 million" is 1500 million.
    const groups = s.split(sep).length - 1;
    if (scaleFollows && groups === 1 && (sep === '.' || (sep === ',' && !latinScale))) {
      const [i, f] = s.split(sep);
      return { int: i!, frac: f! };
    }
    s = s.split(sep).join('');
  }
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(s);
  if (!m) return null;
  return { int: m[1]!, frac: m[2] ?? '' };
}

function toTenge(components: Component[]): number | null {
  let total = 0n;
  for (const c of components) {
    const digits = BigInt(c.int + c.frac || '0');
    const divisor = 10n ** BigInt(c.frac.length);
    const scaled = digits * c.factor;
    if (scaled % divisor !== 0n) return null; // a fraction of a tenge
    total += scaled / divisor;
  }
  if (total <= 0n || total > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(total);
}

function isNegative(s: string, start: number): boolean {
  const before = s.slice(Math.max(0, start - 8), start);
  return /[-−–]\s*$/.test(before) || /(?:минус|minus)\s*$/iu.test(before);
}

interface RawAmount extends AmountMatch {
  negative: boolean;
  valid: boolean;
}

function scan(text: string): RawAmount[] {
  // Lower-case letter by letter so offsets stay those of `text`.
  const s = Array.from(text, (ch) => {
    const l = ch.toLowerCase();
    return l.length === ch.length ? l : ch;
  }).join('');
  const found: RawAmount[] = [];
  const starts: { start: number; end: number; int?: string; sep?: string; wordValue?: number }[] = [];
  for (const m of s.matchAll(NUMBER_RE)) {
    starts.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, int: m[0], ...(m.groups?.sep !== undefined ? { sep: m.groups.sep } : {}) });
  }
  for (const m of s.matchAll(WORD_RE)) {
    const v = numberWordValue(m[0]) ?? (/^(?:a|an)$/.test(m[0]) ? 1 : null);
    if (v === null || v === 0) continue;
    starts.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, wordValue: v });
  }
  starts.sort((a, b) => a.start - b.start);
  let consumedUntil = -1;
  for (const st of starts) {
    if (st.start < consumedUntil) continue;
    const components: Component[] = [];
    let pos = st.end;
    let first = true;
    let valid = true;
    let cur = st;
    for (;;) {
      const scale = readScale(s, pos);
      if (cur.wordValue !== undefined) {
        // Number words only count with a scale ("два миллиарда", "one billion").
        if (!scale || scale.end - skipSpaces(s, pos) < 3) break;
        const [i, f = ''] = String(cur.wordValue).split('.');
        components.push({ int: i!, frac: f, factor: scale.factor, end: scale.end, hasScale: true });
      } else {
        const split = splitDigits(cur.int!, cur.sep, !!scale, scale?.latin ?? false);
        if (!split) {
          valid = false;
          break;
        }
        components.push({ ...split, factor: scale?.factor ?? 1n, end: scale?.end ?? cur.end, hasScale: !!scale });
      }
      pos = components[components.length - 1]!.end;
      first = false;
      if (!scale) break;
      // "1 млрд 200 млн": another number with a smaller scale may follow.
      const nextStart = skipSpaces(s, pos);
      const next = starts.find((o) => o.start === nextStart && o.int !== undefined);
      if (!next) break;
      const nextScale = readScale(s, next.end);
      if (!nextScale || nextScale.factor >= scale.factor) break;
      cur = next;
      pos = next.end;
    }
    if (first || components.length === 0) continue;
    let end = components[components.length - 1]!.end;
    const hasScale = components.some((c) => c.hasScale);
    let hasCurrency = false;
    const cur2 = readCurrencyAfter(s, end);
    if (cur2 !== null) {
      end = cur2;
      hasCurrency = true;
    }
    let start = st.start;
    const before = s.slice(0, start);
    const cb = CURRENCY_BEFORE.exec(before);
    if (cb) {
      start = cb.index;
      hasCurrency = true;
    }
    // "5 %" is a share, not money.
    const tail = s.slice(components[components.length - 1]!.end, components[components.length - 1]!.end + 12);
    if (!hasScale && !hasCurrency && /^\s*(?:%|процент|пайыз|percent)/u.test(tail)) continue;
    const value = valid ? toTenge(components) : null;
    consumedUntil = end;
    found.push({
      value: value ?? 0,
      start,
      end,
      hasScale,
      hasCurrency,
      negative: isNegative(s, start),
      valid: valid && value !== null,
    });
  }
  return found;
}

/**
 * A whole string that is an amount of money → whole tenge; null for anything else
 * (negative, zero, a fraction of a tenge, above Number.MAX_SAFE_INTEGER, extra words, garbage).
 */
export function parseAmount(text: string): number | null {
  if (typeof text !== 'string') return null;
  const s = text.normalize('NFKC').trim();
  if (s.length === 0 || s.length > 80) return null;
  const found = scan(s);
  if (found.length !== 1) return null;
  const a = found[0]!;
  if (a.negative || !a.valid) return null;
  const rest = (s.slice(0, a.start) + ' ' + s.slice(a.end)).replace(/[\s.]+/g, '');
  return rest === '' ? a.value : null;
}

export interface FindAmountOptions {
  /** also accept bare numbers without a scale or currency (default false) */
  allowBare?: boolean;
}

/**
 * Every valid amount inside a longer text, with its span. Bare numbers (no scale, no currency)
 * only with `allowBare`; negatives and fractions of a tenge are skipped.
 */
export function findAmounts(text: string, opts: FindAmountOptions = {}): AmountMatch[] {
  if (typeof text !== 'string') return [];
  return scan(text.slice(0, 2000))
    .filter((a) => a.valid && !a.negative && (opts.allowBare || a.hasScale || a.hasCurrency))
    .map(({ value, start, end, hasScale, hasCurrency }) => ({ value, start, end, hasScale, hasCurrency }));
}

/** The most amount-like amount in a text: one with a scale or currency first, else the first. */
export function findAmount(text: string, opts: FindAmountOptions = {}): AmountMatch | null {
  const all = findAmounts(text, opts);
  return all.find((a) => a.hasScale || a.hasCurrency) ?? all[0] ?? null;
}
