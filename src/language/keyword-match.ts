// Find keyword patterns ("резерв*", "что ты умеешь", "бас тарт*") in tokens, forgiving one typo in
// longer words and Latin transliteration (patterns and tokens are compared on phonetic keys).
import { normalizeText, phoneticKey } from './normalize-text.js';
import { conceptsOf, shareConcept } from './concept-glossary.js';
import { isStopWord } from './stop-words.js';
import { editDistance } from './word-similarity.js';
import type { Token } from './tokenize.js';

interface WordPattern {
  key: string;
  prefix: boolean;
  /** Its number among all pattern words, for the per-word memo below. */
  id: number;
}

/** Every distinct pattern word compiled so far, by `key*` / `key`. */
const PATTERN_WORDS = new Map<string, WordPattern>();

function patternWord(key: string, prefix: boolean): WordPattern {
  const name = `${key}${prefix ? '*' : ''}`;
  let word = PATTERN_WORDS.get(name);
  if (!word) PATTERN_WORDS.set(name, (word = { key, prefix, id: PATTERN_WORDS.size }));
  return word;
}

export interface CompiledPattern {
  source: string;
  words: WordPattern[];
}

/** Compile "word word*": words compared by phonetic key; `*` = any ending. */
export function compilePattern(pattern: string): CompiledPattern {
  const parts = normalizeText(pattern.replace(/\*/g, ' zzstarzz '))
    .split(' ')
    .reduce<{ key: string; prefix: boolean }[]>((acc, w) => {
      if (w === 'zzstarzz') {
        if (acc.length) acc[acc.length - 1]!.prefix = true;
      } else acc.push({ key: /\d/.test(w) ? w : phoneticKey(w), prefix: false });
      return acc;
    }, []);
  return { source: pattern, words: parts.map((p) => patternWord(p.key, p.prefix)) };
}

/** Per word of a question, per pattern word: 0 not yet known, 1 no fit, 2 a fit with a typo, 3 a fit as written. */
const FITS = new Map<string, Uint8Array>();

/** The memo row of one word, long enough for every pattern word compiled so far. */
function rowOf(tokenKey: string, atLeast = PATTERN_WORDS.size): Uint8Array {
  let known = FITS.get(tokenKey);
  if (!known || known.length < atLeast) {
    const grown = new Uint8Array(Math.max(PATTERN_WORDS.size, atLeast) + 64);
    if (known) grown.set(known);
    if (FITS.size > 50_000) FITS.clear();
    FITS.set(tokenKey, (known = grown));
  }
  return known;
}

function fitIn(row: Uint8Array, tokenKey: string, w: WordPattern): number {
  const fit = row[w.id]!;
  return fit !== 0 ? fit : (row[w.id] = computeFit(tokenKey, w));
}

function fitOf(tokenKey: string, w: WordPattern): number {
  return fitIn(rowOf(tokenKey, w.id + 1), tokenKey, w);
}

/** The memo rows of a question's words, looked up once per question rather than once per pattern. */
const ROWS = new WeakMap<readonly Token[], Uint8Array[]>();

function rowsOf(tokens: readonly Token[], atLeast: number): Uint8Array[] {
  let rows = ROWS.get(tokens);
  if (!rows || rows.some((row) => row.length < atLeast)) ROWS.set(tokens, (rows = tokens.map((t) => rowOf(t.key, atLeast))));
  return rows;
}

/** Whether one token fits one pattern word. */
export function wordFits(tokenKey: string, w: WordPattern): boolean {
  return fitOf(tokenKey, w) >= 2;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function computeFit(tokenKey: string, w: WordPattern): number {
  if (w.prefix ? tokenKey.startsWith(w.key) : tokenKey === w.key) return 3;
  // A stem ending in "t" before an ending in "s" reads as "ts" → "s" ("payment*" of "payments").
  if (w.prefix && w.key.endsWith('t') && tokenKey.startsWith(`${w.key.slice(0, -1)}s`)) return 3;
  let ok = false;
  // One typo in longer words, never in the first letter ("перраспределения" is no "нераспредел*").
  if (!ok && w.key.length >= (w.prefix ? 6 : 5) && tokenKey[0] === w.key[0]) {
    if (w.prefix) {
      // the word must be about as long as the stem: "come" is no typo of "көмек*", "журал" is one of "журнал*"
      if (tokenKey.length >= w.key.length - (w.key.length >= 6 ? 1 : 0))
      for (let len = w.key.length - 1; len <= w.key.length + 1 && !ok; len++) {
        // the typo is inside the stem, not at its end where endings start ("тоқтатыңыз" is no "тоқтатыл*")
        const head = tokenKey.slice(0, len);
        // and not in the stem's last two letters either ("инвестор" is no "инвестир*")
        if (tokenKey.length >= len && head.at(-1) === w.key.at(-1) && commonPrefix(head, w.key) < w.key.length - 2 && editDistance(head, w.key, 1) <= 1) ok = true;
      }
    } else if (Math.abs(tokenKey.length - w.key.length) <= 1 && tokenKey.at(-1) === w.key.at(-1)) {
      // same last letter: "projects" is no typo of "project", "unsubscibe" is one of "unsubscribe"
      ok = editDistance(tokenKey, w.key, 1) <= 1;
    }
  }
  return ok ? 2 : 1;
}

export interface PatternHit {
  tokenStart: number;
  tokenEnd: number;
}

/** Every place the pattern's words occur consecutively (`typos: false`: only as written). */
export function findPattern(tokens: readonly Token[], p: CompiledPattern, typos = true): PatternHit[] {
  const hits: PatternHit[] = [];
  if (p.words.length === 0) return hits;
  const first = p.words[0]!;
  const rows = rowsOf(tokens, maxId(p) + 1);
  for (let i = 0; i + p.words.length <= tokens.length; i++) {
    // Most words fit no pattern: the first word decides most places at once.
    if (fitIn(rows[i]!, tokens[i]!.key, first) === 1) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) {
      const t = tokens[i + k]!;
      const fit = fitIn(rows[i + k]!, t.key, p.words[k]!);
      // A word that is a known word of its own is no typo of another ("включительно" is no "выключ*",
      // "көші" of migration is no "қосшы").
      ok = fit === 3 || (typos && fit === 2 && !isStopWord(t.text) && (conceptsOf(t.key).length === 0 || shareConcept(t.key, p.words[k]!.key)));
    }
    if (ok) hits.push({ tokenStart: i, tokenEnd: i + p.words.length });
  }
  return hits;
}

const maxId = (p: CompiledPattern): number => {
  let max = 0;
  for (const w of p.words) if (w.id > max) max = w.id;
  return max;
};

/** Whether any of the patterns occurs in the tokens (`typos: false`: only as written). */
export function anyPatternIn(tokens: readonly Token[], patterns: readonly CompiledPattern[], typos = true): boolean {
  return patterns.some((p) => findPattern(tokens, p, typos).length > 0);
}

/** Whether any of the patterns fits the single token. */
export function tokenFitsAny(t: Token | undefined, patterns: readonly CompiledPattern[]): boolean {
  if (!t) return false;
  return patterns.some((p) => p.words.length === 1 && wordFits(t.key, p.words[0]!));
}

export function compileAll(patterns: readonly string[]): CompiledPattern[] {
  return patterns.map(compilePattern);
}
