// Find keyword patterns ("резерв*", "что ты умеешь", "бас тарт*") in tokens, forgiving one typo in
// longer words and Latin transliteration (patterns and tokens are compared on phonetic keys).
import { normalizeText, phoneticKey } from './normalize-text.js';
import { editDistance } from './word-similarity.js';
import type { Token } from './tokenize.js';

interface WordPattern {
  key: string;
  prefix: boolean;
}

export interface CompiledPattern {
  source: string;
  words: WordPattern[];
}

/** Compile "word word*": words compared by phonetic key; `*` = any ending. */
export function compilePattern(pattern: string): CompiledPattern {
  const words = normalizeText(pattern.replace(/\*/g, ' zzstarzz '))
    .split(' ')
    .reduce<WordPattern[]>((acc, w) => {
      if (w === 'zzstarzz') {
        if (acc.length) acc[acc.length - 1]!.prefix = true;
      } else acc.push({ key: /\d/.test(w) ? w : phoneticKey(w), prefix: false });
      return acc;
    }, []);
  return { source: pattern, words };
}

const WORD_CACHE = new Map<string, boolean>();

/** Whether one token fits one pattern word exactly (no typo). */
const exactFit = (tokenKey: string, w: WordPattern): boolean => (w.prefix ? tokenKey.startsWith(w.key) : tokenKey === w.key);

/** Whether one token fits one pattern word. */
export function wordFits(tokenKey: string, w: WordPattern): boolean {
  const ck = `${tokenKey}\u0000${w.key}\u0000${w.prefix ? 1 : 0}`;
  const hit = WORD_CACHE.get(ck);
  if (hit !== undefined) return hit;
  let ok = w.prefix ? tokenKey.startsWith(w.key) : tokenKey === w.key;
  // One typo in longer words, never in the first letter ("перраспределения" is no "нераспредел*").
  if (!ok && w.key.length >= (w.prefix ? 6 : 5) && tokenKey[0] === w.key[0]) {
    if (w.prefix) {
      // the word must be about as long as the stem: "come" is no typo of "көмек*", "журал" is one of "журнал*"
      if (tokenKey.length >= w.key.length - (w.key.length >= 6 ? 1 : 0))
      for (let len = w.key.length - 1; len <= w.key.length + 1 && !ok; len++) {
        // the typo is inside the stem, not at its end where endings start ("тоқтатыңыз" is no "тоқтатыл*")
        const head = tokenKey.slice(0, len);
        if (tokenKey.length >= len && head.at(-1) === w.key.at(-1) && editDistance(head, w.key, 1) <= 1) ok = true;
      }
    } else if (Math.abs(tokenKey.length - w.key.length) <= 1 && tokenKey.at(-1) === w.key.at(-1)) {
      // same last letter: "projects" is no typo of "project", "unsubscibe" is one of "unsubscribe"
      ok = editDistance(tokenKey, w.key, 1) <= 1;
    }
  }
  if (WORD_CACHE.size > 100_000) WORD_CACHE.clear();
  WORD_CACHE.set(ck, ok);
  return ok;
}

export interface PatternHit {
  tokenStart: number;
  tokenEnd: number;
}

/** Every place the pattern's words occur consecutively (`typos: false`: only as written). */
export function findPattern(tokens: readonly Token[], p: CompiledPattern, typos = true): PatternHit[] {
  const hits: PatternHit[] = [];
  if (p.words.length === 0) return hits;
  const fits = typos ? wordFits : exactFit;
  for (let i = 0; i + p.words.length <= tokens.length; i++) {
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) ok = fits(tokens[i + k]!.key, p.words[k]!);
    if (ok) hits.push({ tokenStart: i, tokenEnd: i + p.words.length });
  }
  return hits;
}

/** Whether any of the patterns fits the single token. */
export function tokenFitsAny(t: Token | undefined, patterns: readonly CompiledPattern[]): boolean {
  if (!t) return false;
  return patterns.some((p) => p.words.length === 1 && wordFits(t.key, p.words[0]!));
}

export function compileAll(patterns: readonly string[]): CompiledPattern[] {
  return patterns.map(compilePattern);
}
