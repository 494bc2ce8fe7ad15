// Forgiving matching of what a user typed against catalogue names (projects, sources, priorities):
// case, typos, inflected forms, transliteration, the id itself, acronyms (ЦОД), partial names.
// A word that only one entity has ("суперкомпьютер", "KazLLM") is enough to name it; a word
// several share ("интернет") names each of them weakly, so callers can offer a choice.
import { normalizeText, phoneticKey } from './normalize-text.js';
import { placeOf } from './places.js';
import { tokenize, type Token } from './tokenize.js';
import { editDistance, wordSimilarity } from './word-similarity.js';
import { conceptsOf, gluedBrand, initialsElsewhere, sameInitials, shareConcept } from './concept-glossary.js';
import { isFunctionWord, isGenericWord, isLegalForm, isStopWord } from './stop-words.js';

export interface EntityCandidate {
  id: string;
  names: readonly string[];
  /** free label returned with matches, e.g. 'project' | 'source' | 'priority' */
  kind?: string;
}

export interface EntityMatch {
  id: string;
  kind?: string;
  /** 0..1; ≥0.8 a confident match, 0.45..0.8 plausible, below that weak */
  score: number;
}

export interface MatchOptions {
  /** drop matches below this score (default 0.3) */
  minScore?: number;
  /** at most this many matches (default all) */
  limit?: number;
  /** only candidates of this kind (one index serves every kind) */
  kind?: string;
}

/** A stretch of a sentence that names one (or, when ambiguous, several) catalogue entities. */
export interface Mention {
  /** offsets in the normalised text */
  start: number;
  end: number;
  /** token indexes [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
  /** best first; more than one when they are nearly tied */
  matches: EntityMatch[];
  /** A body named in full and found by its initials ("Islamic Development Bank" of "IsDB … loan"): its words are not the name's own. */
  byInitials?: true;
}

interface IndexWord {
  key: string;
  text: string;
  numeric: boolean;
  weight: number;
  uniqueness: number;
}

interface Acronym {
  /** the initials as written (цод) */
  key: string;
  /** their phonetic key, so Latin "tsod" finds ЦОД */
  phonetic: string;
  covers: number[];
}

const KAZAKH_LETTER = /[әғқңөұүһі]/u;

function acronymFits(q: QueryToken, a: Acronym): boolean {
  if (q.text.length < 2) return false;
  // Nobody types initials with Kazakh letters in Latin: "back" is no "БӘҚ". In Cyrillic they are
  // typed with the Russian letters ("КТЖ" of "Қазақстан темір жолы").
  return q.text === a.key || sameInitials(q.text, a.key) || (a.key.length >= 3 && q.key === a.phonetic && (!/[әғқңөұүһі]/u.test(a.key) || /^[\u0400-\u04ff]{3,4}$/u.test(q.text)));
}

interface Variant {
  words: IndexWord[];
  acronyms: Acronym[];
  total: number;
  /** The id's words ("smart-traffic"): matched as written or with a typo, never by translation or ending. */
  literal?: boolean;
}

interface IndexedCandidate {
  id: string;
  kind?: string;
  variants: Variant[];
}

interface EntityIndex {
  candidates: IndexedCandidate[];
  /** Every distinct word of every name → the candidates (indexes) that have it. */
  holders: Map<string, number[]>;
  /** Those words by first letter: a question's word is compared with these only. */
  byInitial: Map<string, string[]>;
  /** Those words by glossary concept, so a translation finds them ("ұлттық" → "национальный"). */
  byConcept: Map<number, string[]>;
  /** Acronyms as written and by phonetic key (`~key`) → candidates. */
  acronymHolders: Map<string, number[]>;
  /** A question word's key → the candidates it touches (questions repeat their words). */
  touchMemo: Map<string, readonly number[]>;
  /** How many candidates the memo's lists hold in all: a common word touches thousands of names. */
  touchMemoSize: number;
}

/**
 * The candidates whose names hold one of these initials exactly: as a word ("IsDB … loan") or as
 * the initials of words of theirs that `spelt` accepts ("Заём Азиатского банка развития" holds "абр";
 * "индустриально-инновационного развития" only happens to).
 */
export function candidatesHolding(candidates: readonly EntityCandidate[], initials: readonly string[], spelt: (words: readonly string[]) => boolean): EntityMatch[] {
  const index = buildIndex(candidates);
  const found = new Set<number>();
  for (const form of initials) {
    for (const ci of index.holders.get(phoneticKey(form)) ?? []) if (index.candidates[ci]!.variants.some((v) => v.words.some((w) => w.text === form))) found.add(ci);
    for (const ci of index.acronymHolders.get(form) ?? []) {
      if (index.candidates[ci]!.variants.some((v) => v.acronyms.some((a) => a.key === form && spelt(a.covers.map((i) => v.words[i]!.text))))) found.add(ci);
    }
  }
  return [...found].map((ci) => {
    const c = index.candidates[ci]!;
    return { id: c.id, ...(c.kind !== undefined ? { kind: c.kind } : {}), score: 1 };
  });
}

/** The candidates of one kind with a word naming `place` (see places.ts) in one of their names. */
export function candidatesAtPlace(candidates: readonly EntityCandidate[], kind: string, place: number): EntityCandidate[] {
  const index = buildIndex(candidates);
  return candidates.filter((c, ci) => c.kind === kind && index.candidates[ci]!.variants.some((v) => v.words.some((w) => placeOf(w.text) === place)));
}

/** Query-side token as the matcher sees it. */
export interface QueryToken extends Token {
  /** no name in it: preposition, pronoun, generic word */
  ignorable: boolean;
  /** an intent keyword or question filler ("сколько", "тенге"): it may be part of a name, but cannot be one alone */
  keyword?: boolean;
  /** a command's keyword ("получил", "остаток"): inside a stretch of words it does not fit, it splits two names */
  intentWord?: boolean;
  /** typed cut short with a dot ("суд.", "межвед."): it fits the name words it begins */
  clipped?: boolean;
}

const MIN_WORD_SIM = 0.7;

/** An id's word: the same, or one typo away in a longer word. */
const literalSimilarity = (q: string, w: string): number => (q === w ? 1 : q.length >= 5 && w.length >= 5 && editDistance(q, w, 1) <= 1 ? 0.85 : 0);

/** Similarity of a query word and a name word, glossary translations included. */
function similarity(q: string, w: string, numeric: boolean, brand = false): number {
  if (numeric) return q === w ? 1 : 0;
  const s = wordSimilarity(q, w);
  if (s >= 0.9 || brand) return s;
  if (!shareConcept(q, w)) return s;
  // One body's initials in two languages (ЕБРР, EBRD): the very same name.
  return sameInitials(q, w) ? 1 : Math.max(s, 0.88);
}

function splitId(id: string): string {
  return id
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_./:]+/g, ' ');
}

/**
 * Names plus their short forms: the part before ":"/"—"/"(", what is inside brackets, and an
 * organisation's name in quotes, which is what it is called (АО «Центр … «QazTrade»» is "QazTrade").
 */
function nameForms(name: string, kind?: string): string[] {
  const forms = [name];
  const head = name.split(/[:—–(]| - /)[0];
  if (head && head.trim() && head.trim() !== name.trim()) forms.push(head);
  // What is in brackets is a name of its own when written as one ("(ГЭФ)", "(Digital Transit Kazakhstan)"),
  // not a qualifier in ordinary words ("Местные бюджеты (туризм)" is no "туризм").
  for (const m of name.matchAll(/\(([^)]+)\)/g)) if (/\p{Lu}|[a-z]|\d/u.test(m[1]!)) forms.push(m[1]!);
  // A transfer is called by the fund it comes from: "Нацфонд" of «Целевой трансферт из Национального фонда».
  if (kind === 'source') {
    const origin = FROM_ORIGIN.exec(name);
    const said = origin?.[1] ?? origin?.[2];
    if (said && said.trim().split(/\s+/).length >= 2) forms.push(said.trim());
  }
  if (kind === 'administrator') {
    for (const m of name.matchAll(/«([^«»]+)»/g)) forms.push(m[1]!);
    // A body is called without whom it reports to: "Академия госуправления" of «… при Президенте Республики Казахстан».
    const own = name.replace(UNDER_WHOM, '').trim();
    if (own !== name.trim() && own.split(/\s+/).length >= 2) forms.push(own);
  }
  return forms;
}

/** Where a source's money comes from, in its name: "… из Национального фонда", "… from the National Fund", "Ұлттық қордан берілетін …". */
const FROM_ORIGIN = /\s(?:из|from)\s+(?:the\s+)?([^,;:()«»]+)$|^([^,;:()«»]+?(?:дан|ден|тан|тен|нан|нен))\s+берілетін\s/u;

/** "при Президенте Республики Казахстан", "under the President of …", "Қазақстан Республикасы Президентінің жанындағы". */
const UNDER_WHOM = /\s+(?:при\s+(?:Президенте|Правительстве)|under\s+the\s+(?:President|Government))(?:\s+(?:of\s+the\s+)?(?:Республики\s+Казахстан|Republic\s+of\s+Kazakhstan))?\s*$|^(?:Қазақстан\s+Республикасы(?:ның)?\s+)?(?:Президентінің|Үкіметінің)\s+жанындағы\s+/u;

/** Russian and Kazakh words made of a combining stem and another word ("гидро|технический", "электро|энергия"). */
const COMPOUND_STEM = /^(?:гидро|электро|радио|агро|авиа|авто|теле|энерго|тепло|водо|нефте|газо|горно|метео|аэро|гео|био|эко)(\p{L})/u;
/** A word's initial, or its two parts' initials when it is a compound ("гидротехнических" → "гт"). */
const compoundInitials = (word: string): string => {
  const part = COMPOUND_STEM.exec(word);
  return part && word.length - part[0].length >= 3 ? `${word[0]}${part[1]}` : word[0]!;
};

function variantWords(text: string, withAcronyms: boolean): { words: IndexWord[]; acronyms: Acronym[] } {
  const tokens = tokenize(normalizeText(text));
  const words: IndexWord[] = [];
  // A word of one or two letters hyphened to the next ("үй-коммуналдық"): initials pass over it.
  const passable = new Set<number>();
  const hyphened = new Set((text.match(/(?<!\p{L})\p{L}{1,2}(?=-\p{L})/gu) ?? []).map(normalizeText));
  const runs: number[][] = [];
  let run: number[] = [];
  // Acronyms also skip a joining word: "ДЧС" of "Департамент по чрезвычайным ситуациям".
  let joined: number[] = [];
  for (const t of tokens) {
    if (isFunctionWord(t.text) || t.text === '%' || t.text === '₸') {
      if (run.length) runs.push(run);
      if (!ACRONYM_SKIPS.has(t.text)) {
        if (joined.length > run.length) runs.push(joined);
        joined = [];
      }
      run = [];
      continue;
    }
    if (t.text.length < 3 && hyphened.has(t.text)) passable.add(words.length);
    joined.push(words.length);
    run.push(words.length);
    // Weights are set once every name is read (they depend on how many names share the word).
    words.push({ key: t.key, text: t.text, numeric: t.isNumber, weight: 0, uniqueness: 0 });
  }
  if (run.length) runs.push(run);
  if (joined.length > run.length && joined.length > (runs.at(-1)?.length ?? 0)) runs.push(joined);
  const acronyms: Acronym[] = [];
  const seen = new Set<string>();
  // Acronyms: the initials of two to four consecutive words ("ЦОД" of "Центр обработки данных …",
  // "АБР" of "Заём Азиатского банка развития"), passing over a short word hyphened to the next:
  // "ТКШ" of "тұрғын үй-коммуналдық шаруашылық" (not "QazBio ID National Biometric").
  // Up to five words: "КЛХЖМ" of "Комитет лесного хозяйства и животного мира".
  // The state's name inside a body's name is left out of its initials too ("АФМ" of "Агентство Республики
  // Казахстан по финансовому мониторингу"), as well as kept ("КТЖ" of "Қазақстан темір жолы").
  const stateFree = runs.map((run) => run.filter((w) => !STATE_WORD.test(words[w]!.text))).filter((run, k) => run.length >= 2 && run.length < runs[k]!.length);
  for (const r of withAcronyms ? [...runs, ...stateFree].map((run) => run.filter((w) => !passable.has(w))) : []) {
    for (let len = 2; len <= 5; len++) {
      for (let i = 0; i + len <= r.length; i++) {
        const covers = r.slice(i, i + len);
        if (covers.some((w) => words[w]!.numeric || words[w]!.text.length < 3)) continue;
        // A compound word gives its two parts' initials too: "ГТС" of "гидротехнических сооружений".
        // The country's adjective gives its first syllable: "КазИСМ" of "Казахстанский институт стандартизации и метрологии".
        const rest = covers.slice(1).map((w) => words[w]!.text[0]).join('');
        const country = COUNTRY_SYLLABLE.exec(words[covers[0]!]!.text)?.[1];
        for (const letters of new Set([covers.map((w) => words[w]!.text[0]).join(''), covers.map((w) => compoundInitials(words[w]!.text)).join(''), ...(country ? [`${country}${rest}`] : [])])) {
          if (words.some((w) => w.text === letters) || seen.has(`${letters} ${covers[0]}`)) continue;
          seen.add(`${letters} ${covers[0]}`);
          acronyms.push({ key: letters, phonetic: phoneticKey(letters), covers });
        }
      }
    }
  }
  return { words, acronyms };
}

/** The country's adjective or name, whose first syllable starts many acronyms ("Каз…", "Kaz…"). */
const COUNTRY_SYLLABLE = /^(каз|қаз|kaz)(?:ахстан|ахск|ақстан|ақ|akhstan|akh)\p{L}*$/u;

/** The state's name in official names ("Республики Казахстан", "Қазақстан Республикасының"). */
const STATE_WORD = /^(?:республик\p{L}*|казахстан\p{L}*|қазақстан\p{L}*|kazakhstan|republic)$/u;

/** Joining words an acronym leaves out ("по", "и", "of", "and"). */
const ACRONYM_SKIPS = new Set(['по', 'и', 'of', 'and', 'for', 'the', 'мен', 'және']);

const INDEX_CACHE = new WeakMap<readonly EntityCandidate[], EntityIndex>();
const FUZZY_DOCUMENT_FREQUENCY_LIMIT = 1000;

function buildIndex(candidates: readonly EntityCandidate[]): EntityIndex {
  const cached = INDEX_CACHE.get(candidates);
  if (cached) return cached;
  // Ten thousand names repeat the same few hundred words and phrases: each word, acronym and
  // variant is kept once and shared (its weight depends only on the word), which keeps the index
  // of a big catalogue to a few megabytes instead of tens.
  const sharedWords = new Map<string, IndexWord>();
  const sharedAcronyms = new Map<string, Acronym>();
  const sharedVariants = new Map<string, Variant>();
  const share = <T>(map: Map<string, T>, key: string, value: T): T => {
    const known = map.get(key);
    if (known) return known;
    map.set(key, value);
    return value;
  };
  const shareVariant = (v: { words: IndexWord[]; acronyms: Acronym[]; literal?: true }): Variant => {
    const words = v.words.map((w) => share(sharedWords, `${w.numeric ? '#' : ''}${w.key}\u0000${w.text}`, w));
    const acronyms = v.acronyms.map((a) => share(sharedAcronyms, `${a.key}\u0000${a.covers.join(',')}`, a));
    const signature = `${v.literal ? 'L' : ''}${words.map((w) => `${w.numeric ? '#' : ''}${w.key}\u0000${w.text}`).join('\u0001')}\u0002${acronyms.map((a) => `${a.key}\u0000${a.covers.join(',')}`).join('\u0001')}`;
    return share(sharedVariants, signature, { words, acronyms, total: 0, ...(v.literal ? { literal: true } : {}) });
  };
  const raw = candidates.map((c) => {
    const texts = [...c.names.flatMap((n) => nameForms(n, c.kind)).map((t) => ({ t, acr: true })), { t: splitId(c.id), acr: false }];
    const seen = new Set<string>();
    const variants = texts
      .map(({ t, acr }) => ({ ...variantWords(t, acr), ...(acr ? {} : { literal: true as const }) }))
      .filter((v) => {
        const sig = v.words.map((w) => w.key).join(' ');
        if (!sig || seen.has(sig)) return false;
        seen.add(sig);
        return true;
      })
      .map(shareVariant);
    return { c, variants };
  });
  const keysOf = (variants: readonly Variant[]): string[] => [...new Set(variants.flatMap((v) => v.words.map((w) => w.key)))];
  // Document frequency: in how many entities does a word (or its translation/inflection) occur.
  // Counting inflections compares every key with every entity: fine for a programme's few hundred
  // projects, quadratic for ten thousand (25 s), where exact keys are counted instead.
  const exactCounts = new Map<string, number>();
  const fuzzy = raw.length <= FUZZY_DOCUMENT_FREQUENCY_LIMIT;
  const rawKeys = fuzzy ? raw.map((r) => keysOf(r.variants)) : [];
  for (const r of raw) for (const k of keysOf(r.variants)) exactCounts.set(k, (exactCounts.get(k) ?? 0) + 1);
  const dfCache = new Map<string, number>();
  // A glued brand ("SportBooking") is counted by its own letters: "спортивный" is no form of it.
  const df = (key: string, numeric: boolean, brand: boolean): number => {
    if (!fuzzy) return exactCounts.get(key) ?? 1;
    const cacheKey = brand ? `~${key}` : key;
    const hit = dfCache.get(cacheKey);
    if (hit !== undefined) return hit;
    let n = 0;
    for (const keys of rawKeys) if (keys.some((k) => similarity(key, k, numeric, brand) >= 0.85)) n++;
    dfCache.set(cacheKey, Math.max(1, n));
    return Math.max(1, n);
  };
  const holders = new Map<string, number[]>();
  const acronymHolders = new Map<string, number[]>();
  const hold = (map: Map<string, number[]>, key: string, ci: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [ci]);
    else if (list.at(-1) !== ci) list.push(ci);
  };
  raw.forEach((r, ci) => {
    for (const v of r.variants) {
      for (const w of v.words) hold(holders, w.key, ci);
      for (const a of v.acronyms) {
        hold(acronymHolders, a.key, ci);
        hold(acronymHolders, `~${a.phonetic}`, ci);
      }
    }
  });
  const byInitial = new Map<string, string[]>();
  const byConcept = new Map<number, string[]>();
  const file = <K>(map: Map<K, string[]>, at: K, key: string) => {
    const list = map.get(at);
    if (list) list.push(key);
    else map.set(at, [key]);
  };
  for (const key of holders.keys()) {
    file(byInitial, key[0]!, key);
    for (const concept of conceptsOf(key)) file(byConcept, concept, key);
  }
  for (const w of sharedWords.values()) {
    w.uniqueness = isLegalForm(w.text) ? 0 : isGenericWord(w.text) ? 0.1 : 1 / df(w.key, w.numeric, gluedBrand(w.text));
    // "Almaty airport" is what people call «Международный аэропорт Алматы»: the designation weighs
    // little, though a word typed in its place still makes another thing (European ≠ International bank).
    w.weight = DESIGNATION.test(w.text) ? w.uniqueness / 4 : w.uniqueness;
  }
  for (const v of sharedVariants.values()) v.total = v.words.reduce((sum, w) => sum + w.weight, 0);
  const index: EntityIndex = {
    holders,
    byInitial,
    byConcept,
    acronymHolders,
    touchMemo: new Map(),
    touchMemoSize: 0,
    candidates: raw.map(({ c, variants }) => ({ id: c.id, ...(c.kind !== undefined ? { kind: c.kind } : {}), variants })),
  };
  INDEX_CACHE.set(candidates, index);
  return index;
}

const TOUCH_MEMO_WORDS = 20_000;
const TOUCH_MEMO_CANDIDATES = 500_000;

/** What the memo of question words holds now for these candidates (for tests and diagnostics). */
export function touchMemoSize(candidates: readonly EntityCandidate[]): { words: number; candidates: number } {
  const index = INDEX_CACHE.get(candidates);
  return { words: index?.touchMemo.size ?? 0, candidates: index?.touchMemoSize ?? 0 };
}

/**
 * The candidates a word of a question touches at all: a name word like it (an inflection, a typo
 * that keeps the first letter, a translation), an acronym, or the first part of a compound
 * abbreviation ("нацфонд"). Found through the index, not by comparing every name.
 */
function touchedBy(index: EntityIndex, q: QueryToken): readonly number[] {
  if (q.ignorable) return [];
  const memoKey = `${q.isNumber ? '#' : ''}${q.clipped ? '.' : ''}${q.key}\u0000${q.text}`;
  const memo = index.touchMemo.get(memoKey);
  if (memo) return memo;
  const found = new Set<number>();
  const add = (list: readonly number[] | undefined) => list?.forEach((ci) => found.add(ci));
  // The names with this very word first: when too many are touched, the pool keeps the first ones.
  add(index.holders.get(q.key));
  if (!q.isNumber) {
    const keys = new Set(index.byInitial.get(q.key[0] ?? '') ?? []);
    const brand = gluedBrand(q.text);
    if (!brand) for (const concept of conceptsOf(q.key)) for (const key of index.byConcept.get(concept) ?? []) keys.add(key);
    for (const key of keys) if (similarity(q.key, key, false, brand) >= MIN_WORD_SIM || cognate(q.key, key) || (q.clipped && key.startsWith(q.key))) add(index.holders.get(key));
    // A compound abbreviation starts like one name word: its candidates are checked word pair by word pair.
    if (q.key.length >= 6) {
      for (const key of index.byInitial.get(q.key[0]!) ?? []) {
        if (key.length < 5 || !q.key.startsWith(key.slice(0, 3))) continue;
        for (const ci of index.holders.get(key) ?? []) if (index.candidates[ci]!.variants.some((v) => compoundHit(q, v))) found.add(ci);
      }
    }
  }
  if (q.text.length >= 2) for (const text of [q.text, ...initialsElsewhere(q.text)]) add(index.acronymHolders.get(text));
  if (q.text.length >= 3) {
    add(index.acronymHolders.get(`~${q.key}`));
  }
  const list = [...found];
  // Bounded by what the lists hold, not by their number: twenty thousand words asked over weeks, each
  // touching thousands of names, would keep hundreds of megabytes.
  if (index.touchMemo.size >= TOUCH_MEMO_WORDS || index.touchMemoSize + list.length > TOUCH_MEMO_CANDIDATES) {
    index.touchMemo.clear();
    index.touchMemoSize = 0;
  }
  index.touchMemo.set(memoKey, list);
  index.touchMemoSize += list.length;
  return list;
}

/** The candidates two neighbouring words written together touch ("кең жолақты" → "кеңжолақты"). */
function touchedJoined(index: EntityIndex, joinedKey: string): number[] {
  const found: number[] = [];
  for (const key of index.byInitial.get(joinedKey[0]!) ?? []) {
    if (key.length >= joinedKey.length - 2 && wordSimilarity(joinedKey, key) >= 0.85) found.push(...(index.holders.get(key) ?? []));
  }
  return found;
}

/** What each word of a question touches, its neighbours written together with it included. */
function touchesOf(index: EntityIndex, tokens: readonly QueryToken[]): (readonly number[])[] {
  return tokens.map((q, k) => {
    const own = touchedBy(index, q);
    if (q.ignorable) return own;
    const joined: number[] = [];
    for (const [left, right] of [[tokens[k - 1], q], [q, tokens[k + 1]]] as const) {
      const key = left && right && !left.ignorable && !right.ignorable ? joinedKeyOf(left, right) : null;
      if (key) joined.push(...touchedJoined(index, key));
    }
    return joined.length === 0 ? own : [...new Set([...own, ...joined])];
  });
}

/** A word of rank in an official name, left out when people say it. */
const DESIGNATION = /^(?:международн|international$|халықаралық|цифров|digital$|цифрлық)/u;

/** At most this many candidates are scored for one question; a catalogue's biggest ones go past it only on words many names share. */
const MAX_SCORED = 64;

/**
 * The candidates worth scoring, with where the question touches each. When many are touched (words
 * a thousand names share), those touched by the rarest words and by the most of them come first.
 */
function candidatePool(touches: readonly (readonly number[])[]): Map<number, number[]> {
  const words = touches.map((_, k) => k).filter((k) => touches[k]!.length > 0);
  const touched = words.reduce((n, k) => n + touches[k]!.length, 0);
  let pool: Set<number> | null = null;
  if (touched > MAX_SCORED) {
    // The rarest words first; a word too common to fit what is left of the room only adds weight.
    pool = new Set<number>();
    const rarest = [...words].sort((a, b) => touches[a]!.length - touches[b]!.length);
    for (const k of rarest) if (touches[k]!.length <= MAX_SCORED - pool.size) for (const ci of touches[k]!) pool.add(ci);
    if (pool.size === 0) {
      // Only common words: those candidates of the rarest of them that the other words touch most
      // (only the rarest word's candidates can be taken, so only theirs are weighed).
      const first = touches[rarest[0]!]!;
      const weight = new Map<number, number>();
      for (const k of rarest) for (const ci of heldOf(touches[k]!, first)) weight.set(ci, (weight.get(ci) ?? 0) + 1 / touches[k]!.length);
      // On equal weight, in the order the word touched them: names with the very word come first.
      pool = new Set([...first].sort((a, b) => weight.get(b)! - weight.get(a)!).slice(0, MAX_SCORED));
    }
  }
  const positions = new Map<number, number[]>();
  touches.forEach((list, k) => {
    for (const ci of pool ? heldOf(list, pool) : list) {
      const at = positions.get(ci);
      if (!at) positions.set(ci, [k]);
      else if (at.at(-1) !== k) at.push(k);
    }
  });
  return positions;
}

/**
 * The members of `few` that `list` holds, in the list's order. A list thousands long (a word many
 * names share) is not walked: each of the few is looked up in its sorted copy.
 */
function heldOf(list: readonly number[], few: ReadonlySet<number> | readonly number[]): readonly number[] {
  const size = Array.isArray(few) ? few.length : (few as ReadonlySet<number>).size;
  if (list.length <= 8 * size) {
    const wanted = Array.isArray(few) ? new Set(few) : (few as ReadonlySet<number>);
    return list.filter((ci) => wanted.has(ci));
  }
  const { ordered, place } = placesOf(list);
  const found: [number, number][] = [];
  for (const ci of few) {
    const at = lowerBound(ordered, ci);
    if (at < ordered.length && ordered[at] === ci) found.push([place[at]!, ci]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, ci]) => ci);
}

/** Each long list in ascending order, with each member's place in the list, made once (the lists are the index's and the memo's, never changed). */
const PLACES = new WeakMap<readonly number[], { ordered: Int32Array; place: Int32Array }>();
function placesOf(list: readonly number[]): { ordered: Int32Array; place: Int32Array } {
  let known = PLACES.get(list);
  if (!known) {
    const place = Int32Array.from(list.keys()).sort((a, b) => list[a]! - list[b]! || a - b);
    known = { ordered: place.map((i) => list[i]!), place };
    PLACES.set(list, known);
  }
  return known;
}

function lowerBound(ordered: Int32Array, value: number): number {
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ordered[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Turn text into tokens for matching: function and generic words ignorable, question filler soft. */
export function queryTokens(text: string): QueryToken[] {
  return tokenize(normalizeText(text)).map((t) => ({
    ...t,
    ignorable: isFunctionWord(t.text) || isGenericWord(t.text) || t.text === '%' || t.text === '₸',
    keyword: isStopWord(t.text),
  }));
}

/**
 * Russian compound abbreviations: "госбюджет" = гос(ударственный) + бюджет, "Нацфонд" =
 * нац(иональный) + фонд, "Минсельхоз" = мин(истерство) + сель(ского) + хоз(яйства). Returns the name
 * words a token stands for, or null.
 */
function compoundHit(q: QueryToken, v: Variant): number[] | null {
  if (q.isNumber || q.key.length < 6) return null;
  for (let i = 0; i + 1 < v.words.length; i++) {
    const a = v.words[i]!;
    if (a.numeric || a.key.length < 5) continue;
    // Up to six letters of the first word: "погран" of "пограничная" in "погранслужба".
    for (let k = 3; k <= Math.min(6, a.key.length - 2); k++) {
      if (!q.key.startsWith(a.key.slice(0, k))) break;
      const rest = compoundRest(q.key.slice(k), v.words, i + 1, 2);
      if (rest) return [i, ...rest];
      // Over one adjective between ("Госэкспертиза" of "Государственная вневедомственная экспертиза"):
      // only when the rest is that next word whole.
      const over = compoundRest(q.key.slice(k), v.words, i + 2, 0);
      if (over) return [i, ...over];
    }
  }
  return null;
}

/** A Russian case ending as the phonetic key spells it (а, у, ом, е, ы, ов). */
const CASE_ENDING = /(?:om|ov|a|u|e|i)$/;

/** The words from `i` on that `rest` abbreviates: the next word whole, or (up to `more` times) its start and then the rest. */
function compoundRest(rest: string, words: readonly IndexWord[], i: number, more: number): number[] | null {
  const w = words[i];
  if (!w || w.numeric || rest.length < 3) return null;
  if (wordSimilarity(rest, w.key) >= 0.8) return [i];
  // The part with a Russian case ending of its own ("юста" of "Минюста": "юст" of юстиции).
  const ending = CASE_ENDING.exec(rest);
  if (ending && rest.length - ending[0].length >= 3 && wordSimilarity(rest.slice(0, -ending[0].length), w.key) >= 0.8) return [i];
  // The last word made an adjective ("нацфонд" → "нацфондовский"): its stem and a suffix.
  if (more < 2 ? false : w.key.length >= 4 && rest.length > w.key.length && /^(?:ov|ev|sk|n)/.test(rest.slice(Math.max(4, w.key.length - 1)))) {
    const stem = w.key.slice(0, Math.max(4, w.key.length - 1));
    if (rest.startsWith(stem)) return [i];
  }
  // A middle part is the start of its word, and the last part too when two came before it ("хоз" of хозяйства).
  // The last part may carry a case ending of its own ("тех" of технологии in "Нацинфотеха").
  if (more < 2 && w.key.length >= 5 && [0, 1, 2].some((cut) => rest.length - cut >= 3 && w.key.startsWith(rest.slice(0, rest.length - cut)))) return [i];
  // Two parts, the second the start of its word when five letters or more ("Минздрав" of "Министерство здравоохранения").
  if (more === 2 && w.key.length >= 7 && [0, 1, 2].some((cut) => rest.length - cut >= 5 && w.key.startsWith(rest.slice(0, rest.length - cut)))) return [i];
  if (more === 0 || w.key.length < 5) return null;
  for (let k = 3; k <= Math.min(5, w.key.length - 1); k++) {
    if (!rest.startsWith(w.key.slice(0, k))) break;
    const next = compoundRest(rest.slice(k), words, i + 1, more - 1);
    if (next) return [i, ...next];
  }
  return null;
}

/** Whether two words written together are this name word (not the first word with the second as an "ending"). */
/**
 * Whether two words written together are one name word: the second gives it at least two of its letters
 * (not only an ending: "ЕБРР дал" is no "EBRD" + "-al").
 */
const joinedFits = (joinedKey: string, firstKey: string, w: IndexWord): boolean =>
  !w.numeric && w.key.length >= joinedKey.length - 2 && w.key.length >= firstKey.length + 2 && wordSimilarity(joinedKey, w.key) >= 0.85;

/** How well a word cut short with a dot fits a name word it begins ("межвед." of "межведомственный"). */
const CLIPPED_FIT = 0.85;
const clippedFit = (q: QueryToken, w: { text: string }): number => (q.clipped && w.text.length > q.text.length && w.text.startsWith(q.text) ? CLIPPED_FIT : 0);

/** The key of two adjacent words written together, or null when either is a number. */
function joinedKeyOf(a: QueryToken, b: QueryToken): string | null {
  return a.isNumber || b.isNumber || a.text.length < 2 || b.text.length < 3 ? null : phoneticKey(a.text + b.text);
}

const LATIN = /^[a-z]/;

/** Letters two keys start with alike, up to `max`. */
function sharedStart(a: string, b: string, max = Infinity): number {
  let n = 0;
  while (n < max && a[n] !== undefined && a[n] === b[n]) n++;
  return n;
}

/** A word of one alphabet sharing a long stem with one of another ("олимпийской", "Olympic"; "солидарности", "Solidarity"). */
const cognate = (a: string, b: string, share = 0.7): boolean => {
  const p = sharedStart(a, b);
  // Seven tenths of the shorter word: "Kazgeology" is no "Казгеоинформ". Long words part sooner at
  // their suffixes: eight letters of twelve or more do ("personalisation", "персонализация").
  return p >= 5 && (p >= share * Math.min(a.length, b.length) || (p >= 8 && Math.min(a.length, b.length) >= 12));
};

/**
 * The similarity of a typed word and a name word, mended where they come from two languages. Across
 * alphabets nobody mistypes a word, so a typo's likeness counts for nothing ("спорту" is no
 * "support"), and a word sharing a long stem is the same word (a cognate: "олимпийской", "Olympic").
 * In one alphabet a Kazakh form of a Russian loanword shares a longer stem. The same word or its
 * endings ("Qazaq", "қазақ"), and translations, match as they do anyway.
 */
function acrossScripts(q: QueryToken, w: IndexWord, sim: number): number {
  if (w.numeric || q.isNumber || q.key === w.key || sim >= 0.8) return sim;
  // Each with its own ending: "операторлардың", "операторов".
  if (LATIN.test(q.text) === LATIN.test(w.text)) return sharedStart(q.key, w.key) >= 8 && cognate(q.key, w.key, 0.6) ? Math.max(sim, 0.8) : sim;
  if (cognate(q.key, w.key)) return 0.8;
  return sharedStart(q.key, w.key, 4) < 4 && !shareConcept(q.key, w.key) ? 0 : sim;
}

/**
 * `together`: how many things have every word of the question the thing has (the words' lists of
 * holders intersected): two words each many names share ("датчики", "элеваторные") may together
 * name one thing.
 */
function scoreVariant(tokens: readonly QueryToken[], v: Variant, together = Infinity, holdersOf?: HoldersOf): number {
  const content = tokens.filter((t) => !t.ignorable);
  if (content.length === 0 || v.words.length === 0) return 0;
  const t = new Array<number>(v.words.length).fill(0);
  const s = new Array<number>(content.length).fill(0);
  // Which name word each typed word matched best: a name's first words typed in order are how people shorten it.
  const at = new Array<number>(content.length).fill(-1);
  // And the last of them, when a name repeats the word ("… министрлігінің Сауда комитеті"): how a Kazakh name's end is found.
  const lastAt = new Array<number>(content.length).fill(-1);
  // A compound abbreviation stands for several name words: as distinct as those words are together.
  let compoundDistinct = 0;
  content.forEach((q, j) => {
    // A city or region fits only its own name's words ("Қарағанды" is no "қаражаты").
    const place = placeOf(q.text);
    v.words.forEach((w, i) => {
      const sim = v.literal ? literalSimilarity(q.key, w.key) : place >= 0 && placeOf(w.text) !== place ? 0 : Math.max(acrossScripts(q, w, similarity(q.key, w.key, w.numeric || q.isNumber)), clippedFit(q, w));
      // A command's word ("дал") only resembling a name word ("дәлізі") is the command's, not the name's;
      // nor is a question's word a part of an id ("paid" of "eh-paid": ids are slugs, not names).
      if (sim >= MIN_WORD_SIM && !(q.intentWord && (sim < 0.9 || v.literal))) {
        if (sim > t[i]!) t[i] = sim;
        if (sim > s[j]!) (s[j] = sim), (at[j] = i), (lastAt[j] = i);
        else if (sim === s[j]!) lastAt[j] = i;
      }
    });
    for (const a of v.acronyms) {
      if (acronymFits(q, a)) {
        // Two letters stand for many things ("ИИ" is also a word of names): a little less sure. Initials
        // of a name's head are that name; inside a longer one ("… центр … Комитета государственных
        // доходов") they name the body it belongs to, so "КГД" is the Committee.
        const atHead = v.words.slice(0, a.covers[0]).every((w) => w.weight === 0);
        // So do four or more of a Kazakh name's last words, where its head noun stands ("ТРМК" of "…
        // Техникалық реттеу және метрология комитеті"), unlike a run inside a name that only happens to
        // give the same letters ("технического регулирования и метрологии по Карагандинской области").
        // Three letters are too often a word written in another name ("ҚӨК" of «ҚӨК … орталығы»).
        const atEnd = a.key.length >= 4 && v.words.slice(a.covers.at(-1)! + 1).every((w) => w.weight === 0) && v.words.some((w) => KAZAKH_LETTER.test(w.text));
        const fit = (a.key.length >= 3 ? 1 : 0.9) * (atHead || atEnd ? 1 : 0.85);
        // Three initials or more of the name's head call it by its usual short name.
        if ((atHead && a.key.length >= 3) || atEnd) compoundDistinct = Math.max(compoundDistinct, 0.9);
        s[j] = Math.max(s[j]!, fit);
        for (const i of a.covers) t[i] = Math.max(t[i]!, fit);
      }
    }
    if (s[j]! < 0.85) {
      const covered = compoundHit(q, v);
      if (covered) {
        s[j] = 0.95;
        for (const i of covered) t[i] = Math.max(t[i]!, 0.95);
        if (covered.length >= 2 && holdersOf) compoundDistinct = Math.max(compoundDistinct, 0.95 * Math.pow(1 / heldByAll(covered.map((i) => holdersOf(v.words[i]!.key))), 0.7));
      }
    }
  });
  // One word of a name typed as two ("кең жолақты" for "кеңжолақты"): both count as that word.
  for (let j = 0; j + 1 < content.length; j++) {
    if (s[j]! >= 0.85 && s[j + 1]! >= 0.85) continue;
    const joinedKey = joinedKeyOf(content[j]!, content[j + 1]!);
    if (joinedKey === null) continue;
    v.words.forEach((w, i) => {
      const sim = joinedFits(joinedKey, content[j]!.key, w) ? wordSimilarity(joinedKey, w.key) : 0;
      if (sim >= 0.85) {
        s[j] = Math.max(s[j]!, sim);
        s[j + 1] = Math.max(s[j + 1]!, sim);
        t[i] = Math.max(t[i]!, sim);
      }
      // A short word one letter off right before the name's next word typed exactly ("усь-каменогорск"
      // of "Усть-Каменогорск"): too short to forgive alone, that word beside its neighbour.
      const next = v.words[i + 1];
      const q = content[j]!;
      if (next && next.key === content[j + 1]!.key && !w.numeric && !q.isNumber && w.key.length <= 5 && q.key[0] === w.key[0] && q.key !== w.key && editDistance(q.key, w.key, 1) <= 1) {
        s[j] = Math.max(s[j]!, SHORT_TYPO);
        t[i] = Math.max(t[i]!, SHORT_TYPO);
      }
    });
  }
  if (!s.some((x) => x > 0)) return 0;
  // A keyword or filler word matching nothing costs precision little; one matching is welcome.
  let denom = 0;
  let matched = 0;
  content.forEach((q, j) => {
    if (s[j]! > 0) {
      denom++;
      matched += s[j]!;
    } else denom += q.keyword && !q.intentWord ? 0.3 : 1;
  });
  const precision = denom ? matched / denom : 0;
  const recall = v.total > 0 ? v.words.reduce((acc, w, i) => acc + w.weight * t[i]!, 0) / v.total : 0;
  let distinct = 0;
  v.words.forEach((w, i) => {
    // a word two entities share still names "one of the two"; one shared by many names little
    if (t[i]! >= MIN_WORD_SIM) distinct = Math.max(distinct, t[i]! * Math.pow(w.uniqueness, 0.7));
  });
  distinct = Math.max(distinct, compoundDistinct);
  // Every word typed matched, and only this thing has them all: as distinct as its matches are close.
  if (together < Infinity && content.length >= 2 && s.every((x) => x >= MIN_WORD_SIM)) distinct = Math.max(distinct, (s.reduce((a, x) => a + x, 0) / s.length) * Math.pow(1 / together, 0.7));

  // The name's first words, typed in order ("электронный спортивный ваучер" of "Электронный спортивный
  // ваучер для детей …"), or its last ("электрондық спорттық ваучер" of "… балаларға арналған
  // электрондық спорттық ваучер"): its short form, even when a longer name has the same words elsewhere.
  // Or a Kazakh name's first words and its head noun ("еңбек министрлігі" of "Еңбек және халықты
  // әлеуметтік қорғау министрлігі"), as "министерство труда" is the Russian one's first words.
  if (content.length >= 2 && s.every((x) => x >= 0.85) && (namesHead(v, at) || namesTail(v, lastAt) || namesFirstAndTail(v, at, lastAt))) distinct = Math.max(distinct, 0.95 * (s.reduce((a, x) => a + x, 0) / s.length));
  // Or all of it but its head noun ("сейсмостойкости зданий" of «Оценка сейсмостойкости зданий»).
  else if (content.length >= 2 && s.every((x) => x >= 0.85) && namesAllButHead(v, at)) distinct = Math.max(distinct, 0.9 * (s.reduce((a, x) => a + x, 0) / s.length));
  const strength = Math.max(recall, 0.85 * distinct + 0.15 * recall);
  let score = strength * (0.5 + 0.5 * precision);
  // Only keywords matched: "перевод" is not the name "Трансферт ...".
  const matchedTokens = content.filter((_, j) => s[j]! > 0);
  if (matchedTokens.length > 0 && matchedTokens.every((q) => q.keyword) && recall < 0.8) score *= 0.4;
  // A word typed in place of one of the name's ("ЦОД в Карагандинской области" for "… в Акмолинской
  // области"): another thing, named like this one.
  const typedInstead = content.some((q, j) => s[j] === 0 && !q.keyword);
  const leftOut = v.words.some((w, i) => t[i]! < MIN_WORD_SIM && !w.numeric && !isGenericWord(w.text));
  if (typedInstead && leftOut) score *= 0.75;
  return Math.min(1, score);
}

/**
 * Whether the typed words matched the name's first words (past a legal form), one by one in order;
 * a word of rank between them may go unsaid ("такси тізілімі" of "Такси цифрлық тізілімі …").
 */
function namesHead(v: Variant, at: readonly number[]): boolean {
  let k = 0;
  while (k < v.words.length && v.words[k]!.weight === 0) k++;
  for (const [j, i] of at.entries()) {
    while (j > 0 && k < i && DESIGNATION.test(v.words[k]!.text)) k++;
    if (i !== k) return false;
    k++;
  }
  return true;
}

/** Whether the typed words matched every word of the name after its first, one by one in order. */
function namesAllButHead(v: Variant, at: readonly number[]): boolean {
  const weighted = v.words.flatMap((w, i) => (w.weight > 0 ? [i] : []));
  return weighted.length === at.length + 1 && at.every((i, j) => i === weighted[j + 1]);
}

/**
 * Whether the typed words matched a Kazakh name's last words, one by one in order: a Kazakh name ends in
 * its head noun ("… балаларға арналған электрондық спорттық ваучер"), so its end is its short form.
 */
function namesTail(v: Variant, at: readonly number[]): boolean {
  if (!v.words.some((w) => /[әғқңөұүһі]/u.test(w.text))) return false;
  let last = v.words.length - 1;
  while (last >= 0 && v.words[last]!.weight === 0) last--;
  return at.every((i, j) => i === last - (at.length - 1 - j));
}

/** Whether the typed words matched a Kazakh name's first words in order, then its last (its head noun). */
function namesFirstAndTail(v: Variant, at: readonly number[], lastAt: readonly number[]): boolean {
  if (at.length < 2 || !v.words.some((w) => /[әғқңөұүһі]/u.test(w.text))) return false;
  let last = v.words.length - 1;
  while (last >= 0 && v.words[last]!.weight === 0) last--;
  // Not past a body it belongs to ("ҚР Көлік министрлігінің … комитеті": "көлік" is the ministry's word).
  const between = v.words.slice(at[at.length - 2]! + 1, last);
  return lastAt[at.length - 1] === last && namesHead(v, at.slice(0, -1)) && !between.some((w) => KAZAKH_GENITIVE.test(w.text));
}

/** A parent body in the genitive ("министрлігінің"), not a place ("қаласының": the city's own department). */
const KAZAKH_GENITIVE = /^(?:министрлі|комитет|агенттіг|басқарма|департамент)\p{L}*(?:ның|нің|дың|дің|тың|тің)$/u;

/** The candidates holding a name word with this key. */
type HoldersOf = (key: string) => readonly number[];

function scoreCandidate(tokens: readonly QueryToken[], c: IndexedCandidate, together = Infinity, holdersOf?: HoldersOf): number {
  let best = 0;
  for (const v of c.variants) best = Math.max(best, scoreVariant(tokens, v, together, holdersOf));
  return best;
}

const NOBODY: readonly number[] = [];
const holdersIn = (index: EntityIndex): HoldersOf => (key) => index.holders.get(key) ?? NOBODY;

/** `heldByAll` over the lists of words at given positions, counted once per set of positions (candidates share them). */
function togetherCounter(touches: readonly (readonly number[])[]): (positions: readonly number[]) => number {
  const counted = new Map<string, number>();
  return (positions) => {
    if (positions.length < 2) return Infinity;
    const key = positions.join(',');
    let n = counted.get(key);
    if (n === undefined) counted.set(key, (n = heldByAll(positions.map((k) => touches[k]!))));
    return n;
  };
}

/** How many candidates every one of `lists` holds (Infinity when that is too costly to count, or fewer than two lists). */
function heldByAll(lists: readonly (readonly number[])[]): number {
  if (lists.length < 2) return Infinity;
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  if (sorted[0]!.length > MAX_SCORED) return Infinity;
  let common = [...new Set(sorted[0])];
  for (const list of sorted.slice(1)) {
    if (list.length > 8 * common.length) {
      // A word thousands of names share: look the few up in its sorted copy rather than walk it.
      const ordered = inOrder(list);
      common = common.filter((ci) => holds(ordered, ci));
    } else {
      const few = new Set(common);
      common = [...new Set(list.filter((ci) => few.has(ci)))];
    }
  }
  return Math.max(1, common.length);
}

/** Each long list of candidates in ascending order, made once. */
const inOrder = (list: readonly number[]): Int32Array => placesOf(list).ordered;

/** Whether the ascending `ordered` has `value`. */
function holds(ordered: Int32Array, value: number): boolean {
  const at = lowerBound(ordered, value);
  return at < ordered.length && ordered[at] === value;
}

/**
 * Rank candidates by how well `query` names them. Scores are 0..1, best first.
 * A clear winner scores ≥0.8 with a gap to the next; several close scores mean "ask which".
 */
export function matchEntities(
  query: string | readonly QueryToken[],
  candidates: readonly EntityCandidate[],
  opts: MatchOptions = {},
): EntityMatch[] {
  const minScore = opts.minScore ?? 0.3;
  const tokens = typeof query === 'string' ? queryTokens(query.slice(0, 1000)) : query;
  // Nothing that could name anything: no index needs building (a bare `/reserved`).
  if (tokens.every((t) => t.ignorable)) return [];
  const index = buildIndex(candidates);
  const out: EntityMatch[] = [];
  // Only a candidate some word touches can score above nothing.
  const touches = touchesOf(index, tokens);
  const together = togetherCounter(touches);
  for (const [ci, at] of candidatePool(touches)) {
    const c = index.candidates[ci]!;
    if (opts.kind !== undefined && c.kind !== opts.kind) continue;
    const score = scoreCandidate(tokens, c, together(at), holdersIn(index));
    if (score >= minScore) out.push({ id: c.id, ...(c.kind !== undefined ? { kind: c.kind } : {}), score: round(score) });
  }
  out.sort((a, b) => b.score - a.score);
  return opts.limit !== undefined ? out.slice(0, opts.limit) : out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** How sure a longer name said whole must be to win over a shorter name inside it. */
const WHOLE_SCORE = 0.75;
/** How much less than one word's fit a longer stretch of another name's words may score and still be taken. */
const LONGER_MARGIN = 0.05;
/** Whether the words a stretch adds to `inner` are spelt as words of the name (not only translated: "Aksu City" is no "Аксу …"). */
function spelledIn(tokens: readonly QueryToken[], outer: { a: number; b: number }, inner: { a: number; b: number }, c: IndexedCandidate): boolean {
  for (let i = outer.a; i <= outer.b; i++) {
    if (i >= inner.a && i <= inner.b) continue;
    const q = tokens[i]!;
    if (q.ignorable) continue;
    if (!c.variants.some((v) => v.words.some((w) => wordSimilarity(q.key, w.key) >= 0.85))) return false;
  }
  return true;
}

/**
 * A city alone is its body when the words after it name that body too, in another language
 * ("Алматы қаласының тұрғын үй саясаты басқармасы" of «Управление жилищной политики города Алматы»):
 * the widest stretch around it that still names the same thing surely enough.
 */
function widestAround<R extends { a: number; b: number; ci: number; score: number }>(recs: readonly R[], city: R, isFree: (r: R) => boolean): R | undefined {
  let widest: R | undefined;
  for (const o of recs) {
    if (o.ci !== city.ci || o.a > city.a || o.b < city.b || o.score < WHOLE_SCORE || !isFree(o)) continue;
    if (o.b - o.a > (widest ? widest.b - widest.a : 0)) widest = o;
  }
  return widest;
}

/** Whether `outer` adds to `inner` a city or region that this candidate's name holds. */
function holdsPlaceSaid(tokens: readonly QueryToken[], outer: { a: number; b: number }, inner: { a: number; b: number }, c: IndexedCandidate): boolean {
  for (let i = outer.a; i <= outer.b; i++) {
    if (i >= inner.a && i <= inner.b) continue;
    const place = placeOf(tokens[i]!.text);
    if (place >= 0 && c.variants.some((v) => v.words.some((w) => placeOf(w.text) === place))) return true;
  }
  return false;
}

/** A city's or region's mark before its name ("г. Шымкент", "обл."). */
const PLACE_MARK = /^(?:г|гор|обл|city|region)$/u;

/**
 * The one of several tied names that holds the place said right before or after them (function
 * words between allowed), as a record over the place's word too; none when no place is said there
 * or not exactly one of them holds it.
 */
function placedAmong<R extends { a: number; b: number; ci: number; score: number }>(tokens: readonly QueryToken[], chosen: R, tied: readonly R[], candidates: readonly IndexedCandidate[], isFree: (r: R) => boolean): R | undefined {
  if (new Set(tied.map((o) => o.ci)).size < 2) return undefined;
  const placeAt = (from: number, step: number) => {
    let i = from;
    while (i >= 0 && i < tokens.length && (tokens[i]!.ignorable || PLACE_MARK.test(tokens[i]!.text))) i += step;
    return i >= 0 && i < tokens.length && placeOf(tokens[i]!.text) >= 0 ? i : -1;
  };
  for (const at of [placeAt(chosen.a - 1, -1), placeAt(chosen.b + 1, 1)]) {
    if (at < 0) continue;
    const place = placeOf(tokens[at]!.text);
    const holders = tied.filter((o) => candidates[o.ci]!.variants.some((v) => v.words.some((w) => placeOf(w.text) === place)));
    if (new Set(holders.map((o) => o.ci)).size !== 1) continue;
    const wider = { ...holders[0]!, a: Math.min(at, chosen.a), b: Math.max(at, chosen.b) };
    if (isFree(wider)) return wider;
  }
  return undefined;
}

/** How much less a longer stretch of one name may score and still be taken for it. */
const SAME_NAME_MARGIN = 0.04;
/** A single word scoring this names its thing for sure by itself. */
const SURE_WORD = 0.8;
/** A short word one letter off beside its neighbour in the name: as sure as a typo in a long word. */
const SHORT_TYPO = 0.85;
/** How well another kind's best must fit the same words to be kept beside the top match. */
const OTHER_KIND_SCORE = 0.5;

export interface MentionOptions {
  /** a stretch must score at least this much to count (default 0.45) */
  minScore?: number;
  /** matches within this much of the best are kept as alternatives (default 0.08) */
  tieMargin?: number;
  /** longest stretch in tokens (default 8) */
  maxTokens?: number;
}

/**
 * Which catalogue entities a free sentence mentions, and where. Scans stretches of the sentence
 * that begin and end with a word of some name, keeps the best-scoring ones that do not overlap.
 * Accepts text or ready tokens (from queryTokens, possibly with `keyword` set).
 */
export function findMentions(
  text: string | readonly QueryToken[],
  candidates: readonly EntityCandidate[],
  opts: MentionOptions = {},
): Mention[] {
  const minScore = opts.minScore ?? 0.45;
  const tieMargin = opts.tieMargin ?? 0.08;
  const maxTokens = opts.maxTokens ?? 8;
  const tokens = typeof text === 'string' ? queryTokens(text.slice(0, 1000)) : text;
  if (tokens.every((t) => t.ignorable)) return [];
  const index = buildIndex(candidates);
  // Every stretch that begins and ends with a word of the same candidate's name is scored for it.
  // `whole`: every word of the stretch is a word of this name.
  interface Rec { a: number; b: number; ci: number; score: number; whole: boolean }
  const recs: Rec[] = [];
  const touches = touchesOf(index, tokens);
  const together = togetherCounter(touches);
  const holders = holdersIn(index);
  const content = (a: number, b: number) => tokens.slice(a, b + 1).filter((t) => !t.ignorable).length;
  for (const [ci, at] of candidatePool(touches)) {
    for (let i = 0; i < at.length; i++) {
      for (let j = i; j < at.length && at[j]! - at[i]! < maxTokens; j++) {
        const score = scoreCandidate(tokens.slice(at[i]!, at[j]! + 1), index.candidates[ci]!, together(at.slice(i, j + 1)), holders);
        if (score >= minScore) recs.push({ a: at[i]!, b: at[j]!, ci, score, whole: j > i && j - i + 1 === content(at[i]!, at[j]!) });
      }
    }
  }
  // On a tie the longer stretch: its extra words matched too ("quasi public sector").
  // Not when the longer one only adds a command's word at its edge ("дал на цифровой коридор").
  const edgeKeywords = (r: Rec) => (tokens[r.a]!.intentWord ? 1 : 0) + (tokens[r.b]!.intentWord ? 1 : 0);
  recs.sort((x, y) => y.score - x.score || edgeKeywords(x) - edgeKeywords(y) || y.b - y.a - (x.b - x.a) || x.a - y.a);
  const used = new Array<boolean>(tokens.length).fill(false);
  const isFree = (r: Rec) => {
    for (let i = r.a; i <= r.b; i++) if (used[i]) return false;
    return true;
  };
  const mentions: Mention[] = [];
  for (const best of recs) {
    if (!isFree(best)) continue;
    // A name inside a longer one, with every word said of the longer ("аэронавигационные сборы
    // Казаэронавигации" of «Средства РГП «Казаэронавигация» от аэронавигационных сборов»): the longer.
    // Not one that only adds a command's word at its edge that is no word of its names ("республиканский
    // бюджет | дал"; "Ministry of Health transfers" keeps "transfers").
    const ownWord = (o: Rec, k: number) => index.candidates[o.ci]!.variants.some((v) => v.words.some((w) => wordSimilarity(tokens[k]!.key, w.key) >= 0.8));
    // Nor one that adds a filler word at its edge only resembling a word of its name ("республикалық
    // бюджеттен … барлығы", all, against "… республикалық маңызы бар …").
    const fillerAt = (o: Rec, k: number) => tokens[k]!.keyword === true && !tokens[k]!.intentWord && isStopWord(tokens[k]!.text) && !index.candidates[o.ci]!.variants.some((v) => v.words.some((w) => similarity(tokens[k]!.key, w.key, false) >= 0.85));
    const addsKeyword = (o: Rec) =>
      (o.a < best.a && ((tokens[o.a]!.intentWord && !ownWord(o, o.a)) || fillerAt(o, o.a))) || (o.b > best.b && ((tokens[o.b]!.intentWord && !ownWord(o, o.b)) || fillerAt(o, o.b)));
    // A single word's fit is beaten by a little less than that by words that all fit another name
    // together ("местные бюджеты" of «… жергілікті бюджеттері», not "мест" of «рабочих мест»).
    const floor = best.a === best.b ? Math.min(WHOLE_SCORE, best.score - LONGER_MARGIN) : WHOLE_SCORE;
    const longer = recs.find((o) => o.whole && o.ci !== best.ci && o.score >= floor && o.a <= best.a && o.b >= best.b && o.b - o.a > best.b - best.a && isFree(o) && !addsKeyword(o));
    // One word not sure alone, with neighbours that are words of the same name ("лесному кадастру" of
    // «… лесного кадастра …»): inflected words fit a little less than exactly, yet together they say more.
    // So does a word sure alone, when the stretch with its neighbours is still sure ("Jas Kasipker":
    // "Kasipker" is in many names, yet here it is this one's).
    const fuller = recs.find(
      (o) =>
        o.whole && o.ci === best.ci && o.a <= best.a && o.b >= best.b && o.b - o.a > best.b - best.a && isFree(o) &&
        (best.a === best.b && best.score < SURE_WORD
          ? o.score >= best.score - SAME_NAME_MARGIN
          : o.score >= SURE_WORD && spelledIn(tokens, o, best, index.candidates[o.ci]!)),
    );
    const cityBody = best.a === best.b && placeOf(tokens[best.a]!.text) >= 0 ? widestAround(recs, best, isFree) : undefined;
    // A city or region said beside words that name another place's body ("Алматы қаласының тұрғын
    // үй саясаты басқармасы" beside Astana's Kazakh name) makes the longer stretch that place's one.
    const placed = longer ?? fuller ?? cityBody ? undefined : recs.find((o) => o.ci !== best.ci && o.score >= WHOLE_SCORE && o.a <= best.a && o.b >= best.b && o.b - o.a > best.b - best.a && isFree(o) && holdsPlaceSaid(tokens, o, best, index.candidates[o.ci]!));
    const chosen = longer ?? fuller ?? cityBody ?? placed ?? best;
    const tied = recs.filter((o) => o.a === chosen.a && o.b === chosen.b && o.score >= chosen.score - tieMargin);
    // Names alike but for their place ("Radio Monitoring Department for Shymkent City", "… for
    // Karaganda Region"), with a place said beside them ("shymkent radio monitoring department"): that
    // place's one, over the place's word too, though its word order lowered the longer stretch's score.
    const byPlace = placedAmong(tokens, chosen, tied, index.candidates, isFree);
    const r = byPlace ?? chosen;
    const alternatives = byPlace ? [byPlace] : tied;
    // The best of each other kind over the same words too, a little less sure: a kind noun beside them
    // may say which kind is meant ("Cell Broadcast жобасы" is the project, though the area's title fits better).
    const kinds = new Set(alternatives.map((o) => index.candidates[o.ci]!.kind));
    for (const o of recs) {
      const kind = index.candidates[o.ci]!.kind;
      if (o.a !== r.a || o.b !== r.b || kinds.has(kind) || o.score < OTHER_KIND_SCORE) continue;
      kinds.add(kind);
      alternatives.push(o);
    }
    const seen = new Set<number>();
    const matches: EntityMatch[] = [];
    for (const o of alternatives) {
      if (seen.has(o.ci)) continue;
      seen.add(o.ci);
      const c = index.candidates[o.ci]!;
      matches.push({ id: c.id, ...(c.kind !== undefined ? { kind: c.kind } : {}), score: round(o.score) });
    }
    for (let i = r.a; i <= r.b; i++) used[i] = true;
    mentions.push({
      start: tokens[r.a]!.start,
      end: tokens[r.b]!.end,
      tokenStart: r.a,
      tokenEnd: r.b + 1,
      matches,
    });
  }
  mentions.sort((x, y) => x.tokenStart - y.tokenStart);
  return mergeNeighbours(mentions, tokens);
}

/**
 * Neighbouring mentions of the same thing are one ("Ақмола облысындағы ЦОД": words of its Kazakh
 * name and the acronym of its Russian one). Only what lies between is filler, nothing else.
 */
const MERGE_MARGIN = 0.08;

function mergeNeighbours(mentions: Mention[], tokens: readonly QueryToken[]): Mention[] {
  const merged: Mention[] = [];
  for (const m of mentions) {
    const last = merged.at(-1);
    const gapIsFiller = last !== undefined && tokens.slice(last.tokenEnd, m.tokenStart).every((t) => t.ignorable || (t.keyword && !t.intentWord));
    // The things both name among their best ("реестр идентификации" + "республика 48": only №48 is both).
    const near = (list: EntityMatch[]) => list.filter((x) => x.score >= list[0]!.score - MERGE_MARGIN);
    const shared = last && gapIsFiller ? near(last.matches).filter((x) => near(m.matches).some((y) => y.id === x.id && y.kind === x.kind)) : [];
    if (last && shared.length > 0) {
      const matches = shared.map((x) => ({ ...x, score: Math.max(x.score, m.matches.find((y) => y.id === x.id && y.kind === x.kind)!.score) }));
      merged[merged.length - 1] = { start: last.start, end: m.end, tokenStart: last.tokenStart, tokenEnd: m.tokenEnd, matches };
    } else merged.push(m);
  }
  return merged;
}
