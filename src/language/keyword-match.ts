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
  /** The largest id among its words: the memo rows must be at least this long. */
  topId: number;
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
  const words = parts.map((p) => patternWord(p.key, p.prefix));
  return { source: pattern, words, topId: words.reduce((top, w) => Math.max(top, w.id), 0) };
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
const ROWS = new WeakMap<readonly Token[], { rows: Uint8Array[]; shortest: number }>();

function rowsOf(tokens: readonly Token[], atLeast: number): Uint8Array[] {
  let known = ROWS.get(tokens);
  if (!known || known.shortest < atLeast) {
    const rows = tokens.map((t) => rowOf(t.key, atLeast));
    ROWS.set(tokens, (known = { rows, shortest: rows.reduce((min, row) => Math.min(min, row.length), Infinity) }));
  }
  return known.rows;
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

const RESERVIST = /^(?:reservis|rezervist)/;

function computeFit(tokenKey: string, w: WordPattern): number {
  // Reservists are people, not a reserve of money ("reservists", "резервистов" fit no "reserv*", nor "reserves" with a typo).
  if (RESERVIST.test(tokenKey) && /^re[sz]erv/.test(w.key)) return 1;
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
        // and an ending after it no longer than an ending ("прокторинга" is no "проект*" with a typo)
        if (tokenKey.length >= len && tokenKey.length - len <= 5 && head.at(-1) === w.key.at(-1) && commonPrefix(head, w.key) < w.key.length - 2 && editDistance(head, w.key, 1) <= 1) ok = true;
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

/** Most patterns occur nowhere: one shared empty answer spares an array per pattern asked. */
const NO_HITS: readonly PatternHit[] = Object.freeze([]);

/** Whether the pattern's words occur from token `i` on (`rows`: the tokens' memo rows). */
function occursAt(tokens: readonly Token[], rows: readonly Uint8Array[], p: CompiledPattern, i: number, typos: boolean): boolean {
  if (i + p.words.length > tokens.length) return false;
  for (let k = 0; k < p.words.length; k++) {
    const t = tokens[i + k]!;
    const fit = fitIn(rows[i + k]!, t.key, p.words[k]!);
    // A word that is a known word of its own is no typo of another ("включительно" is no "выключ*",
    // "көші" of migration is no "қосшы").
    if (!(fit === 3 || (typos && fit === 2 && !isStopWord(t.text) && (conceptsOf(t.key).length === 0 || shareConcept(t.key, p.words[k]!.key))))) return false;
  }
  return true;
}

/** Every place the pattern's words occur consecutively (`typos: false`: only as written). */
export function findPattern(tokens: readonly Token[], p: CompiledPattern, typos = true): readonly PatternHit[] {
  if (p.words.length === 0) return NO_HITS;
  const first = p.words[0]!;
  const rows = rowsOf(tokens, p.topId + 1);
  let hits: PatternHit[] | undefined;
  for (let i = 0; i + p.words.length <= tokens.length; i++) {
    // Most words fit no pattern: the first word decides most places at once.
    if (fitIn(rows[i]!, tokens[i]!.key, first) === 1) continue;
    if (occursAt(tokens, rows, p, i, typos)) (hits ??= []).push({ tokenStart: i, tokenEnd: i + p.words.length });
  }
  return hits ?? NO_HITS;
}

/** A hit of one pattern of a set, by its place in the set. */
export interface SetHit extends PatternHit {
  pattern: number;
}

/**
 * Many patterns read at once (a command lexicon's thousand): grouped by their first word, and each
 * question word keeps the groups whose first word it fits, so a word is compared with each first
 * word once, not once per pattern per question.
 */
export class PatternSet {
  private readonly groups: { first: WordPattern; patterns: number[] }[] = [];
  private readonly topId: number;
  /** Per question word, the groups whose first word it fits (as written or with a typo). */
  private readonly fitting = new Map<string, Int32Array>();

  constructor(readonly patterns: readonly CompiledPattern[]) {
    const byFirst = new Map<WordPattern, number[]>();
    patterns.forEach((p, n) => {
      const first = p.words[0];
      if (!first) return;
      let group = byFirst.get(first);
      if (!group) {
        group = [];
        byFirst.set(first, group);
        this.groups.push({ first, patterns: group });
      }
      group.push(n);
    });
    this.topId = patterns.reduce((top, p) => Math.max(top, p.topId), 0);
  }

  private groupsFitting(key: string, row: Uint8Array): Int32Array {
    let fits = this.fitting.get(key);
    if (!fits) {
      const found: number[] = [];
      this.groups.forEach((g, n) => fitIn(row, key, g.first) !== 1 && found.push(n));
      if (this.fitting.size > 20_000) this.fitting.clear();
      this.fitting.set(key, (fits = Int32Array.from(found)));
    }
    return fits;
  }

  /** Every hit of every pattern, in the order of the patterns and then of the places, as `findPattern` would give them. */
  findAll(tokens: readonly Token[], typos = true): SetHit[] {
    const rows = rowsOf(tokens, this.topId + 1);
    const hits: SetHit[] = [];
    tokens.forEach((t, i) => {
      for (const g of this.groupsFitting(t.key, rows[i]!)) {
        for (const n of this.groups[g]!.patterns) {
          const p = this.patterns[n]!;
          if (occursAt(tokens, rows, p, i, typos)) hits.push({ pattern: n, tokenStart: i, tokenEnd: i + p.words.length });
        }
      }
    });
    return hits.sort((a, b) => a.pattern - b.pattern || a.tokenStart - b.tokenStart);
  }
}

/** Per question, the hits of each list of patterns asked about: a reading asks about the same lists many times. */
const LIST_HITS = new WeakMap<readonly Token[], Map<readonly CompiledPattern[], readonly PatternHit[]>>();

/** Every hit of every pattern of the list, pattern by pattern (typos forgiven). */
export function hitsOfList(tokens: readonly Token[], patterns: readonly CompiledPattern[]): readonly PatternHit[] {
  let lists = LIST_HITS.get(tokens);
  if (!lists) LIST_HITS.set(tokens, (lists = new Map()));
  let hits = lists.get(patterns);
  if (!hits) {
    let found: PatternHit[] | undefined;
    for (let n = 0; n < patterns.length; n++) {
      const some = findPattern(tokens, patterns[n]!);
      for (let k = 0; k < some.length; k++) (found ??= []).push(some[k]!);
    }
    lists.set(patterns, (hits = found ?? NO_HITS));
  }
  return hits;
}

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
