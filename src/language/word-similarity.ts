// How alike two words are, on their phonetic keys: equal, an inflected form, or a typo away.

import { keptAnswers } from './kept-answers.js';

/** Optimal-string-alignment Damerau–Levenshtein distance; stops early above `max` (returns max + 1). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2: number[] = new Array<number>(m + 1).fill(0);
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  let cur: number[] = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/** Typos tolerated in a word of this length (on phonetic keys). */
export function allowedTypos(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  return 2;
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/**
 * Similarity in 0..1 of two phonetic keys: 1 equal; ≈0.9 same stem with other endings
 * (суперкомпьютером ~ суперкомпьютер, национальному ~ национальный); ≈0.8 a typo or two away
 * (with endings allowed); 0 otherwise. Numbers and words under 3 letters only match exactly.
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  return SIMILARITIES(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
}

/** The similarity of a pair, by its two keys joined in order. */
const SIMILARITIES = keptAnswers(200_000, (pair: string): number => {
  const [a, b] = pair.split('\u0000') as [string, string];
  return computeSimilarity(a, b);
});

function computeSimilarity(a: string, b: string): number {
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length < 3) return 0;
  const p = commonPrefix(a, b);
  let best = 0;
  // One is the other plus an ending (inflection, plural, Kazakh suffix chain). Five letters more on
  // a word of four is another word glued on ("qala" in "qalaticket"), not an ending.
  if (p === short.length && short.length >= 4 && long.length - short.length <= (short.length === 4 ? 4 : Math.max(5, short.length * 0.6))) {
    best = Math.max(best, 0.86 + 0.12 * (short.length / long.length));
  }
  // Same stem, different endings: long common prefix, short tails on both.
  if (p >= 4 && ((p >= 0.6 * long.length && long.length - p <= 4 && short.length - p <= 3) || (long.length - p <= 3 && short.length - p <= 2))) {
    best = Math.max(best, 0.82 + 0.12 * (p / long.length));
  }
  if (short.length === 3 && long.length <= 7 && p === 3) best = Math.max(best, 0.8); // сел ~ села, бот ~ ботының
  // A long word cut short ("кибербез" of "кибербезопасность"): the same word, less surely.
  if (p === short.length && short.length >= 7) best = Math.max(best, 0.8);
  if (best >= 0.9) return best;
  // Typos on whole words.
  const allowed = allowedTypos(long.length);
  if (allowed > 0) {
    const d = editDistance(a, b, allowed);
    if (d <= allowed) best = Math.max(best, 0.86 - 0.06 * d);
  }
  // Typo in the stem plus an ending: compare the shorter with heads of the longer.
  if (short.length >= 6 && long.length - short.length <= 5) {
    const allowedHead = allowedTypos(short.length);
    for (let len = short.length - 1; len <= Math.min(long.length, short.length + 1); len++) {
      const d = editDistance(short, long.slice(0, len), allowedHead);
      if (d <= allowedHead) best = Math.max(best, 0.8 - 0.05 * d);
    }
  }
  // A Kazakh word with its endings against a Russian or Kazakh one ("медкарталарының" ~ "медкарты").
  const ka = kazakhStem(a);
  const kb = kazakhStem(b);
  if ((ka !== a || kb !== b) && Math.min(ka.length, kb.length) >= 4) {
    const [kShort, kLong] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
    const shared = commonPrefix(ka, kb);
    if (shared === kShort.length && kLong.length - kShort.length <= 2) best = Math.max(best, 0.84);
    else if (shared >= 4 && shared >= kLong.length - 2 && kShort.length - shared <= 2) best = Math.max(best, 0.82);
  }
  // Typo plus a different ending: compare stems without their inflectional endings.
  const sa = stemKey(a);
  const sb = stemKey(b);
  if (sa.length >= 4 && sb.length >= 4) {
    const allowedStem = allowedTypos(Math.max(sa.length, sb.length));
    const d = sa === sb ? 0 : editDistance(sa, sb, allowedStem);
    if (d <= allowedStem) best = Math.max(best, d === 0 ? 0.86 : 0.78 - 0.04 * d);
  }
  return best;
}

const ENDING = /(?:iami|ogo|ego|omu|emu|imi|ami|ah|om|em|ii|oi|ei|ai|ui|ia|a|e|i|o|u)$/;

/**
 * Kazakh endings on phonetic keys, longest first: case (ның, ға, да, дан, мен, дағы…), possessive
 * (ы, сы), plural (лар, дар, тар). Stacked, as in "медкарта-лар-ы-ның".
 */
const KAZAKH_ENDINGS = ['indagi', 'dagi', 'tagi', 'nagi', 'nin', 'din', 'tin', 'dan', 'den', 'tan', 'ten', 'nan', 'nen', 'men', 'ben', 'pen', 'lar', 'ler', 'dar', 'der', 'tar', 'ter', 'ga', 'ge', 'ka', 'ke', 'na', 'ne', 'da', 'de', 'ta', 'te', 'di', 'ti', 'in', 'si', 'n', 'i'];

/** A phonetic key without its Kazakh endings (at most four, a stem of at least four letters kept). */
export function kazakhStem(key: string): string {
  let stem = key;
  for (let round = 0; round < 4; round++) {
    const ending = KAZAKH_ENDINGS.find((e) => stem.endsWith(e) && stem.length - e.length >= 4);
    if (!ending) break;
    stem = stem.slice(0, -ending.length);
  }
  return stem;
}

/** A phonetic key without its last inflectional ending (республиканского → respublikansk). */
export function stemKey(key: string): string {
  return key.length > 5 ? key.replace(ENDING, '') : key;
}
