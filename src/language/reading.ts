// Everything read from one question, once: tokens, keyword hits, catalogue names it mentions,
// amounts, percents, a date and a project status. Commands pull their arguments out of it.
import { readBodyNames, type Span } from './body-names.js';
import { lexiconHits, type IntentWords, type LexiconHit } from './intent-words.js';
import { findPattern } from './keyword-match.js';
import { findMentions, type EntityCandidate, type Mention, type QueryToken } from './match-entity.js';
import { normalizeText } from './normalize-text.js';
import { conceptsOf, shareConcept } from './concept-glossary.js';
import { wordSimilarity } from './word-similarity.js';
import { findAmounts, type AmountMatch } from './parse-amount.js';
import { findDateInTokens, findImpossibleDate, type DateMatch } from './parse-date.js';
import { findPeriod, seasonWordsOf, type PeriodMatch } from './parse-period.js';
import { findPercents, numberAt, type PercentMatch } from './parse-number-words.js';
import { isFunctionWord, isGenericWord, isLegalForm, isStopWord } from './stop-words.js';
import { tokenize, type Token } from './tokenize.js';
import { clippedWords, firstTyped } from './typed-words.js';
import { findStatus, signalPatterns, type ProjectStatus, type SIGNAL_WORDS } from './vocabulary.js';

/** The names a question is matched against; `names` (and `titles`) add the names in other languages. */
export interface Catalogue {
  projects: { id: string; name: string; names?: string[]; priority?: string; owner?: string }[];
  sources: { id: string; name: string; names?: string[] }[];
  priorities: { id: string; title: string; titles?: string[] }[];
  /** Administrators: the owners of projects; the id is the official name. */
  administrators?: { id: string; name: string; names?: string[] }[];
  /** The programme's own name ("Smart Shymkent: городская программа …"): naming it asks about the whole. */
  programme?: string;
  /** Who runs the programme, in each language known, joined by " / ": "программа Минюста" is the programme. */
  programmeAdministrator?: string;
}

export const ENTITY_KINDS = ['project', 'source', 'priority', 'administrator'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

interface CatalogueIndex {
  candidates: EntityCandidate[];
  projectsByPriority: Map<string, string[]>;
  sourceIds: string[];
}

export interface Reading {
  /** The question as typed (quotes and capitals tell names apart). */
  text: string;
  tokens: QueryToken[];
  /** Keyword hits, without those inside a confidently named thing ("Кадры и грамотность" is a name, not a request). */
  hits: LexiconHit[];
  /** Every keyword hit. */
  allHits: LexiconHit[];
  mentions: Mention[];
  amounts: (AmountMatch & { tokenStart: number; tokenEnd: number })[];
  percents: PercentMatch[];
  date: DateMatch | null;
  /** A period or a moment the question names (a month, a quarter, "на 1 июля", two dates). */
  period: PeriodMatch | null;
  status: { status: ProjectStatus; tokenStart: number; tokenEnd: number } | null;
  /** Words written as a date that does not exist ("31.02.2026"): said back, never read as today. */
  impossibleDate: { tokenStart: number; tokenEnd: number } | null;
  /** Where the question names the programme itself. */
  programme: { tokenStart: number; tokenEnd: number } | null;
  /** Per word: one of the programme's own name or administrator's ("emergency" in an emergencies programme). */
  aboutProgramme: boolean[];
  /** Words of the programme's own name as written there ("ЖКХ" of "Цифровое строительство и ЖКХ"). */
  programmeNameWords: ReadonlySet<string>;
  /** Lenders named, in full or by initials, that no name in the data holds ("ЕБРР" where no source is the EBRD's). */
  foreignLenders: Span[];
  /** Tokens taken by a date or a percent. */
  used: boolean[];
  index: CatalogueIndex;
}

const CATALOGUE_CACHE = new WeakMap<Catalogue, CatalogueIndex>();

function indexCatalogue(c: Catalogue): CatalogueIndex {
  const cached = CATALOGUE_CACHE.get(c);
  if (cached) return cached;
  // A catalogue handed in from outside may be partial or malformed: what is not a named thing is skipped.
  const list = <T>(value: unknown): T[] => (Array.isArray(value) ? value.filter((x) => x && typeof x.id === 'string') : []);
  const projects = list<Catalogue['projects'][number]>(c?.projects);
  const sources = list<Catalogue['sources'][number]>(c?.sources);
  const priorities = list<Catalogue['priorities'][number]>(c?.priorities);
  const administrators = list<NonNullable<Catalogue['administrators']>[number]>(c?.administrators);
  const namesOf = (thing: { name?: unknown; names?: unknown }): string[] => [...new Set([String(thing.name ?? ''), ...(Array.isArray(thing.names) ? thing.names.map(String) : [])])];
  const candidates: EntityCandidate[] = [];
  for (const p of projects) candidates.push({ id: p.id, names: namesOf(p), kind: 'project' });
  for (const s of sources) candidates.push({ id: s.id, names: namesOf(s), kind: 'source' });
  const titles = new Map<string, Set<string>>();
  for (const p of priorities) {
    const set = titles.get(p.id) ?? new Set<string>();
    for (const title of namesOf({ name: p.title, names: p.titles })) set.add(title);
    titles.set(p.id, set);
  }
  for (const [id, set] of titles) candidates.push({ id, names: [...set], kind: 'priority' });
  for (const a of administrators) candidates.push({ id: a.id, names: namesOf(a), kind: 'administrator' });
  const projectsByPriority = new Map<string, string[]>();
  for (const p of projects) {
    if (typeof p.priority !== 'string') continue;
    const ids = projectsByPriority.get(p.priority);
    if (ids) ids.push(p.id);
    else projectsByPriority.set(p.priority, [p.id]);
  }
  const index = { candidates, projectsByPriority, sourceIds: sources.map((s) => s.id) };
  CATALOGUE_CACHE.set(c, index);
  return index;
}

const BY_KIND_AND_ID = new WeakMap<CatalogueIndex, Map<string, readonly EntityCandidate[]>>();
const NO_CANDIDATE: readonly EntityCandidate[] = [];

/**
 * The one thing of `kind` with `id`, as a one-element list (empty when there is none): looked up
 * without walking ten thousand names, and the same list each time, so the matcher's index of it is
 * built once.
 */
export function candidateOf(r: Pick<Reading, 'index'>, kind: EntityKind, id: string): readonly EntityCandidate[] {
  let byKey = BY_KIND_AND_ID.get(r.index);
  if (!byKey) {
    byKey = new Map(r.index.candidates.map((c) => [`${c.kind}\u0000${c.id}`, [c]] as const));
    BY_KIND_AND_ID.set(r.index, byKey);
  }
  return byKey.get(`${kind}\u0000${id}`) ?? NO_CANDIDATE;
}

/** Every named thing of the catalogue as the matcher sees it: the same array while the catalogue is unchanged, so its index is built once. */
export const catalogueCandidates = (c: Catalogue): readonly EntityCandidate[] => indexCatalogue(c).candidates;

function tokensInSpan(tokens: readonly Token[], start: number, end: number): [number, number] {
  let a = -1;
  let b = -1;
  tokens.forEach((t, i) => {
    if (t.end > start && t.start < end) {
      if (a < 0) a = i;
      b = i + 1;
    }
  });
  return a < 0 ? [0, 0] : [a, b];
}

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => a0 < b1 && b0 < a1;

export function rangeTouches(flags: readonly boolean[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (flags[i]) return true;
  return false;
}

const YEARS_IN_NAMES = new WeakMap<CatalogueIndex, Set<string>>();

/**
 * The first period of the question that is not a bare year inside a name («Экономия по субсидиям
 * АПК 2025 года», "2025 жылғы … үнем"): a name found around such a year takes it.
 */
function periodNotInAName(tokens: readonly Token[], today: string, index: CatalogueIndex): PeriodMatch | null {
  let from = 0;
  for (;;) {
    const found = findPeriod(tokens.slice(from), today);
    if (!found) return null;
    const period = { ...found, tokenStart: found.tokenStart + from, tokenEnd: found.tokenEnd + from };
    if (!yearInAName(tokens, period, index)) return period;
    from = period.tokenEnd;
  }
}

function yearInAName(tokens: readonly Token[], period: PeriodMatch, index: CatalogueIndex): boolean {
  if (period.kind !== 'range' || period.grain !== 'year') return false;
  let years = YEARS_IN_NAMES.get(index);
  if (!years) {
    years = new Set(index.candidates.flatMap((c) => c.names.flatMap((n) => n.match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu) ?? [])));
    YEARS_IN_NAMES.set(index, years);
  }
  const at = tokens.findIndex((t, i) => i >= period.tokenStart && i < period.tokenEnd && /^\d{4}$/.test(t.text));
  if (at < 0 || !years.has(tokens[at]!.text)) return false;
  const asTokens: QueryToken[] = tokens.map((t) => ({ ...t, ignorable: isFunctionWord(t.text) || isGenericWord(t.text), keyword: isStopWord(t.text) }));
  return findMentions(asTokens, index.candidates).some((m) => m.tokenStart <= at && at < m.tokenEnd && m.tokenEnd - m.tokenStart > period.tokenEnd - period.tokenStart && (m.matches[0]?.score ?? 0) >= 0.8);
}

/** Later mentions of the same period as `period` (the same days), where the question repeats it in other words. */
function samePeriodAgain(tokens: readonly Token[], period: PeriodMatch | null, today: string): PeriodMatch[] {
  const found: PeriodMatch[] = [];
  let from = period?.tokenEnd ?? tokens.length;
  while (period && from < tokens.length) {
    const next = findPeriod(tokens.slice(from), today);
    if (!next) break;
    const shifted = { ...next, tokenStart: next.tokenStart + from, tokenEnd: next.tokenEnd + from };
    const same = next.kind === period.kind && (next.kind === 'asOf' ? period.kind === 'asOf' && next.date === period.date : period.kind === 'range' && next.from === period.from && next.to === period.to);
    if (same) found.push(shifted);
    from = shifted.tokenEnd;
  }
  return found;
}

/**
 * Words typed in title case, two or more in a row among others, are a name, whatever commands'
 * words they hold ("Boljam Alert Pro — payments so far": "boljam" is Kazakh for a forecast, "alert"
 * a subscription's word; "Kazakh Invest — how much have they spent"), when they name something in
 * the data or hold a word that is no command's ("Total Spent" is two commands' words).
 */
function titleCaseNames(text: string, base: readonly Token[], intents: readonly IntentWords[], index: CatalogueIndex): boolean[] {
  const named = new Array<boolean>(base.length).fill(false);
  // A run of two has a title-case word after a space: most questions have none.
  if (!/[\s«"'(—-]\p{Lu}\p{Ll}/u.test(text)) return named;
  const typed = (t: Token) => (/^\p{L}{2,}$/u.test(t.text) ? firstTyped(text, t.text) : '');
  const title = base.map((t) => /^\p{Lu}\p{Ll}/u.test(typed(t)));
  for (let i = 0; i < base.length; ) {
    let j = i;
    while (j < base.length && title[j]) j++;
    if (j - i >= 2) {
      const run: QueryToken[] = base.slice(i, j).map((t) => ({ ...t, ignorable: isFunctionWord(t.text), keyword: false }));
      const commandWord = new Array<boolean>(j - i).fill(false);
      for (const h of lexiconHits(base.slice(i, j), intents)) commandWord.fill(true, h.tokenStart, h.tokenEnd);
      // The first word of a sentence is capitalised anyway: a command's word there stays the
      // command's ("Освоение Kazakh Invest"). A question typed all in title case says nothing.
      const from = i === 0 && commandWord[0] ? 1 : 0;
      const ownWord = run.some((t, k) => k >= from && !commandWord[k] && !isStopWord(t.text) && !isFunctionWord(t.text));
      if (j - i - from >= 2 && j - i - from < base.length && ownWord) named.fill(true, i + from, j);
      else if (j - i < base.length && findMentions(run, index.candidates).some((m) => m.tokenEnd - m.tokenStart >= 2 && (m.matches[0]?.score ?? 0) >= 0.6)) named.fill(true, i, j);
    }
    i = Math.max(j, i + 1);
  }
  return named;
}

/** A kind of place alone ("region", "области", "қаласы", "станции") names no one thing: it goes with the place's name beside it. */
export const PLACE_NOUN = /^(?:region|regions|oblast|city|cities|district|districts|stations?|област\p{L}*|регион\p{L}*|город|города|городе|район\p{L}*|облыс\p{L}*|қала|қаласы\p{L}*|аудан\p{L}*|станц\p{L}*)$/u;

/** Reads a question against the catalogue and the commands' keywords. */
export function read(text: string, catalogue: Catalogue, today: string, intents: readonly IntentWords[]): Reading {
  const index = indexCatalogue(catalogue);
  const normalized = normalizeText(text);
  const base = tokenize(normalized);
  const date = findDateInTokens(base, today);
  const period = periodNotInAName(base, today, index);
  const asWritten = new Array<boolean>(base.length).fill(false);
  for (const found of [date, period, ...samePeriodAgain(base, period, today)]) if (found) for (let i = found.tokenStart; i < found.tokenEnd; i++) asWritten[i] = true;
  const seasonWords = period ? seasonWordsOf(base, period, today) : [];
  for (const i of seasonWords) asWritten[i] = true;
  // A capitalised Latin word among Cyrillic ones is a name ("проект Baqylau"), not a command's word
  // read through transliteration ("бақылау", to watch).
  const latinName = latinStandsOut({ tokens: base });
  const capitalised = (t: { text: string }) => /^\p{Lu}/u.test(firstTyped(text, t.text));
  const typedAsName = (h: { tokenStart: number; tokenEnd: number }) => base.slice(h.tokenStart, h.tokenEnd).every((t) => /^[a-z]{4,}$/.test(t.text) && capitalised(t));
  // A long word typed in capitals among lower-case ones is a name ("ТРАСЕКА"), not a command's word
  // that sounds like it ("трат…"). Short ones may be a command's own initials ("ВВП", "GDP").
  const mixedCase = /\p{Ll}/u.test(text);
  const inCapitals = (t: { text: string }) => /^\p{L}{5,}$/u.test(t.text) && /^\p{Lu}+$/u.test(firstTyped(text, t.text));
  const titled = titleCaseNames(text, base, intents, index);
  const hits = lexiconHits(base, intents, asWritten).filter(
    (h) => !(latinName && typedAsName(h)) && !(mixedCase && base.slice(h.tokenStart, h.tokenEnd).every(inCapitals)) && !titled.slice(h.tokenStart, h.tokenEnd).every(Boolean),
  );
  const keyword = new Array<boolean>(base.length).fill(false);
  for (const h of hits) if (h.weight >= 1) for (let i = h.tokenStart; i < h.tokenEnd; i++) keyword[i] = true;
  const clipped = clippedWords(text, base);
  const tokens: QueryToken[] = base.map((t, i) => ({
    ...t,
    ignorable: isFunctionWord(t.text) || isGenericWord(t.text) || t.text === '%' || t.text === '₸',
    keyword: keyword[i]! || isStopWord(t.text),
    intentWord: keyword[i]!,
    ...(clipped[i] && !keyword[i] ? { clipped: true } : {}),
  }));
  const used = new Array<boolean>(base.length).fill(false);
  if (date) for (let i = date.tokenStart; i < date.tokenEnd; i++) used[i] = true;
  if (period) for (let i = period.tokenStart; i < period.tokenEnd; i++) used[i] = true;
  // The same period said twice ("Q2 outflows, April through June") is one period, not a name.
  for (const again of samePeriodAgain(base, period, today)) for (let i = again.tokenStart; i < again.tokenEnd; i++) used[i] = true;
  for (const i of seasonWords) used[i] = true;
  // A word that could go on naming something: not filler, no keyword of a command, not a period's.
  const nameWord = (j: number) => {
    const t = base[j];
    return t !== undefined && !t.isNumber && numberAt(base, j) === null && t.text.length >= 3 && !isStopWord(t.text) && !isFunctionWord(t.text) && !keyword[j] && !used[j];
  };
  const vocabulary = catalogue?.programme ? programmeVocabulary(catalogue.programme, catalogue.programmeAdministrator) : null;
  const aboutProgramme = base.map((t, i) => vocabulary !== null && (describesProgramme(t, vocabulary) || (clipped[i]! && vocabulary.words.some((w) => w.text.length > t.text.length && w.text.startsWith(t.text)))));
  const programmeNameWords = catalogue?.programme ? nameWordsOf(catalogue.programme) : NO_WORDS;
  const programme = findProgrammeName(base, catalogue?.programme, index, nameWord) ?? describedProgramme(base, aboutProgramme, nameWord) ?? compoundProgramme(base, catalogue?.programme);
  if (programme) for (let i = programme.tokenStart; i < programme.tokenEnd; i++) used[i] = true;
  // Numbers belong to dates, percents and amounts before names ("2.0" of a name is kept out below),
  // and a number in words alone names nothing ("по Қазтеміртрансу три цифры").
  const found = findMentions(
    tokens.map((t, i) => (used[i] ? { ...t, ignorable: true } : t)),
    index.candidates,
  ).filter((m) => !(m.tokenEnd - m.tokenStart === 1 && (tokens[m.tokenStart]!.isNumber || numberAt(tokens, m.tokenStart) !== null || isStopWord(tokens[m.tokenStart]!.text) || PLACE_NOUN.test(tokens[m.tokenStart]!.text))));
  const bodies = readBodyNames(base, index.candidates);
  const named = withBodies(found, bodies.mentions.filter((b) => !rangeTouches(used, b.tokenStart, b.tokenEnd)));
  const foreignLenders = bodies.foreignLenders.filter((b) => !rangeTouches(used, b.tokenStart, b.tokenEnd));
  // A share of GDP in words ("бір жарым пайызын") is a share, unless a name fits its words for sure.
  const allPercents = findPercents(base);
  const status = statusOutside(findStatus(base), period);
  // Nor is a status word alone a name it only resembles ("жоспарланған жобалар", planned, of an area's "жоспарлау", planning).
  const statusOnly = (m: Mention) => status !== null && m.tokenStart >= status.tokenStart && m.tokenEnd <= status.tokenEnd && (m.matches[0]?.score ?? 0) < 0.8;
  const mentions = named.filter((m) => ((m.matches[0]?.score ?? 0) >= 0.8 || !allPercents.some((p) => overlaps(p.tokenStart, p.tokenEnd, m.tokenStart, m.tokenEnd))) && !statusOnly(m));
  const inMention = new Array<boolean>(base.length).fill(false);
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) inMention[i] = true;
  const percents = allPercents.filter((p) => !rangeTouches(inMention, p.tokenStart, p.tokenEnd) && !rangeTouches(used, p.tokenStart, p.tokenEnd));
  for (const p of percents) for (let i = p.tokenStart; i < p.tokenEnd; i++) used[i] = true;
  const amounts = findAmounts(normalized, { allowBare: true })
    .map((a) => {
      const [s, e] = tokensInSpan(base, a.start, a.end);
      return { ...a, tokenStart: s, tokenEnd: e };
    })
    .filter((a) => a.tokenEnd > a.tokenStart && !rangeTouches(used, a.tokenStart, a.tokenEnd) && !rangeTouches(inMention, a.tokenStart, a.tokenEnd));
  // Keywords inside a confidently matched multi-word name are part of the name, not a request.
  // Not a stretch of command words alone ("reserve, unallocated" against the "Azret Sultan Reserve Museum").
  const strongNames = mentions.filter((m) => m.tokenEnd - m.tokenStart >= 2 && (m.matches[0]?.score ?? 0) >= 0.8 && tokens.slice(m.tokenStart, m.tokenEnd).some((t) => !t.keyword && !t.ignorable));
  // A status said in several words ("put on hold", "на паузе") asks no measure ("hold" is no balance).
  const inStatus = (h: LexiconHit) => status !== null && status.tokenEnd - status.tokenStart >= 2 && h.tokenStart >= status.tokenStart && h.tokenEnd <= status.tokenEnd;
  const keptHits = hits.filter((h) => !strongNames.some((m) => overlaps(h.tokenStart, h.tokenEnd, m.tokenStart, m.tokenEnd)) && !inStatus(h));
  return { text, tokens, hits: keptHits, allHits: hits, mentions, amounts, percents, date, period, status, impossibleDate: date ? null : findImpossibleDate(base, today), programme, aboutProgramme, programmeNameWords, foreignLenders, used, index };
}

/**
 * The mentions found by words, with the bodies named in full in place of what their words only
 * resembled; a name found by its words that is the same body, said wider, stays.
 */
function withBodies(found: Mention[], bodies: Mention[]): Mention[] {
  if (bodies.length === 0) return found;
  const sameAndWider = (m: Mention, b: Mention) => b.matches.some((x) => x.id === m.matches[0]?.id && x.kind === m.matches[0]?.kind) && m.tokenEnd - m.tokenStart >= b.tokenEnd - b.tokenStart;
  const clash = (m: Mention, b: Mention) => overlaps(m.tokenStart, m.tokenEnd, b.tokenStart, b.tokenEnd);
  const kept = found.filter((m) => !bodies.some((b) => clash(m, b) && !sameAndWider(m, b)));
  const added = bodies.filter((b) => !found.some((m) => clash(m, b) && sameAndWider(m, b)));
  return [...kept, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * The programme's short names: what comes before its colon, dash or bracket ("Smart Shymkent"), and
 * what is inside a bracket right after it ("Digital Transit Kazakhstan"), without the state's name.
 * Names side by side with a slash ("Enbek Digital / Цифровая социальная защита") are each one, if
 * of two words or more (a lone "Алматы" names a city, not the programme).
 */
const PROGRAMME_NAMES = new Map<string, Token[][]>();
function programmeNames(name: string): Token[][] {
  const hit = PROGRAMME_NAMES.get(name);
  if (hit) return hit;
  const words = (text: string) => tokenize(normalizeText(text)).filter((t) => !isFunctionWord(t.text) && !isLegalForm(t.text));
  const shortName = (text: string) => text.split(/[:(—–]| - /u)[0]!;
  const head = shortName(name);
  const bracket = /^[^:(—–]*\(([^)]+)\)/u.exec(name)?.[1];
  // Each of the names side by side ends at a colon or bracket only: "Алматы — умный туризм" is one.
  // A long description after a dash is no part of the name ("… — программа на 2024–2026 годы").
  const withoutDescription = (part: string) => {
    const [before, after] = part.split(/ [—–-] /u);
    return after !== undefined && words(after).length > 2 ? before! : part;
  };
  const sideBySide = / \/ /u.test(head) ? name.split(/[:(]/u)[0]!.split(/ \/ /u).map(withoutDescription).filter((part) => words(part).length >= 2) : [];
  // A year in the name may go unsaid ("Saqtyq" for "Saqtyq 2026"): the name without its numbers too.
  const names = [...(sideBySide.length > 0 ? sideBySide : [head]), ...(bracket ? [bracket] : [])]
    .map(words)
    .flatMap((w) => (w.some((t) => t.isNumber) ? [w, w.filter((t) => !t.isNumber)] : [w]))
    .filter((w) => w.length > 0 && w.map((t) => t.text).join('').length >= 5);
  PROGRAMME_NAMES.set(name, names);
  return names;
}

/** A word of the programme's name as typed: inflected ("Цифрового транзита") or translated ("Цифрлық транзит"). */
function sameWord(typed: Token, word: Token): boolean {
  return typed.text === word.text || wordSimilarity(typed.key, word.key) >= 0.85 || shareConcept(typed.key, word.key) || shortNounForm(typed.text, word.text);
}

/** A short Russian noun with another case ending ("небу", "небом" of "небо"): too short for the general rule. */
function shortNounForm(typed: string, word: string): boolean {
  // A short noun ending in a consonant takes its case ending after it ("лесу", "лесом" of "лес").
  if (/^[а-я]{3,5}$/u.test(word) && /[бвгджзклмнпрстфхцчшщ]$/u.test(word)) return typed !== word && typed.startsWith(word) && /^(?:а|у|е|ом|ам|ах|ы|ов)$/u.test(typed.slice(word.length));
  if (!/^[а-я]{4,6}$/u.test(word) || !/[аоуеыияю]$/u.test(word)) return false;
  const stem = word.slice(0, -1);
  return typed !== word && typed.startsWith(stem) && typed.length - stem.length <= 2 && /^[аоуеыияю]/u.test(typed.slice(stem.length));
}

/** The programme named by all the words of one of its short names in a row (function words between allowed). */
function findProgrammeName(tokens: readonly Token[], name: string | undefined, index: CatalogueIndex, nameWord: (i: number) => boolean): { tokenStart: number; tokenEnd: number } | null {
  if (!name) return null;
  for (const words of programmeNames(name)) {
    // One word names the programme only when no project, source, area or administrator has it
    // ("Saqtyq"; a lone city's name such as "Алматы" is in other names too).
    if (words.length === 1 && inSomeName(words[0]!, index)) continue;
    // One word is compared as spelt (in either script), never loosely: "сақтау" (keeping) is no "Saqtyq".
    if (words.length === 1) {
      const at = tokens.findIndex((t) => t.key === words[0]!.key);
      if (at < 0) continue;
      let end = at + 1;
      while (end < tokens.length && isLegalForm(tokens[end]!.text)) end++;
      return { tokenStart: at, tokenEnd: end };
    }
    for (let i = 0; i < tokens.length; i++) {
      let j = i;
      let k = 0;
      while (j < tokens.length && k < words.length) {
        if (sameWord(tokens[j]!, words[k]!)) k++;
        else if (!(k > 0 && isFunctionWord(tokens[j]!.text))) break;
        j++;
      }
      // The state's name after it is the programme's too ("EduTech Kazakhstan").
      while (k === words.length && j < tokens.length && isLegalForm(tokens[j]!.text)) j++;
      if (k === words.length) return { tokenStart: i, tokenEnd: j };
      // Its first words, when the name has more ("Атырау Digital" of "Atyrau Digital Energy & Industry"),
      // unless a word follows that goes on naming something else ("Atyrau Digital Health").
      if (k >= 2 && words.length >= 3 && k === j - i && !nameWord(j)) return { tokenStart: i, tokenEnd: j };
    }
    // Its brand word alone ("по Saryn", "Iskerlik жобалары" of "Iskerlik Digital"): a Latin word of
    // five letters or more that is no ordinary word ("Digital", "Smart") and in no other name, as spelt.
    const brand = words[0]!;
    if (/^[a-z]{5,}$/.test(brand.text) && conceptsOf(brand.key).length === 0 && !inSomeName(brand, index)) {
      const at = tokens.findIndex((t) => t.key === brand.key);
      if (at >= 0) return { tokenStart: at, tokenEnd: at + 1 };
    }
    // Or its last words ("по гражданской защите" of "Цифровая гражданская защита"), alone between
    // words that name nothing.
    for (let m = 1; words.length >= 3 && m <= words.length - 2; m++) {
      const tail = words.slice(m);
      for (let i = 0; i + tail.length <= tokens.length; i++) {
        if (tail.every((w, k) => sameWord(tokens[i + k]!, w)) && !nameWord(i - 1) && !nameWord(i + tail.length)) return { tokenStart: i, tokenEnd: i + tail.length };
      }
    }
  }
  return null;
}

/** A status word that is part of the period ("when September closed") says no status. */
function statusOutside<S extends { tokenStart: number; tokenEnd: number }>(status: S | null, period: PeriodMatch | null): S | null {
  return status && period && overlaps(status.tokenStart, status.tokenEnd, period.tokenStart, period.tokenEnd) ? null : status;
}

/** Whether a word of the programme's name is in a name of the catalogue. */
const WORDS_IN_NAMES = new WeakMap<CatalogueIndex, Set<string>>();
function inSomeName(word: Token, index: CatalogueIndex): boolean {
  let words = WORDS_IN_NAMES.get(index);
  if (!words) {
    words = new Set(index.candidates.flatMap((c) => c.names.flatMap((n) => tokenize(normalizeText(n)).map((t) => t.key))));
    WORDS_IN_NAMES.set(index, words);
  }
  return words.has(word.key);
}

/** A word for "programme" in any of the three languages. */
export const PROGRAMME_WORD = /^(?:программ\p{L}*|programmes?|programs?|бағдарлама\p{L}*)$/u;

/** What the programme's words are: those of its whole name and administrator, and their initials. */
interface ProgrammeVocabulary {
  /** Content words, without the note in brackets that may close the name ("… (демо-данные)"). */
  words: Token[];
  /** The initials of the name and of each of the administrator's names ("мчс…", "ртжм…"), function words skipped. */
  initials: string[];
}

const VOCABULARIES = new Map<string, ProgrammeVocabulary>();
function programmeVocabulary(name: string, administrator: string | undefined): ProgrammeVocabulary {
  const key = `${name}\u0000${administrator ?? ''}`;
  let vocabulary = VOCABULARIES.get(key);
  if (!vocabulary) {
    const text = `${name.replace(/\([^()]*\)\s*$/u, '')} ${administrator ?? ''}`;
    const initialsOf = (t: string) => tokenize(normalizeText(t)).filter((w) => !isFunctionWord(w.text)).map((w) => w.text[0]).join('');
    vocabulary = {
      // A word of the question's own kind in the name ("судебных актов") still tells its theme in another language ("сот актілерін").
      words: tokenize(normalizeText(text)).filter((t) => t.text.length >= 3 && !isFunctionWord(t.text) && !isLegalForm(t.text) && !PROGRAMME_WORD.test(t.text)),
      initials: [name, ...(administrator ?? '').split(' / ')].map(initialsOf),
    };
    if (VOCABULARIES.size > 20) VOCABULARIES.clear();
    VOCABULARIES.set(key, vocabulary);
  }
  return vocabulary;
}

const NO_WORDS: ReadonlySet<string> = new Set();
const NAME_WORDS = new Map<string, ReadonlySet<string>>();
function nameWordsOf(name: string): ReadonlySet<string> {
  let words = NAME_WORDS.get(name);
  if (!words) {
    words = new Set(tokenize(normalizeText(name)).map((t) => t.text));
    if (NAME_WORDS.size > 20) NAME_WORDS.clear();
    NAME_WORDS.set(name, words);
  }
  return words;
}

/** A compound abbreviation of two of the words ("Минюст" of "Министерство юстиции"). */
function compoundOf(word: string, words: readonly Token[]): boolean {
  for (let k = 3; k + 3 <= word.length; k++) {
    const head = word.slice(0, k);
    const rest = word.slice(k, k + 3);
    const first = words.find((w) => w.text.length >= 5 && w.text.startsWith(head));
    if (first && words.some((w) => w !== first && w.text.startsWith(rest))) return true;
  }
  return false;
}

/**
 * Whether a word is one of the programme's name or administrator's: inflected, translated, a
 * compound abbreviation ("Минюст") or initials of two to five words in a row ("МЧС", "ТЖМ").
 */
function describesProgramme(t: Token, v: ProgrammeVocabulary): boolean {
  if (isFunctionWord(t.text) || PROGRAMME_WORD.test(t.text)) return false;
  if (t.text.length >= 3 && !isStopWord(t.text) && (v.words.some((w) => sameWord(t, w)) || compoundOf(t.text, v.words))) return true;
  return t.text.length >= 2 && t.text.length <= 5 && v.initials.some((initials) => initials.includes(t.text));
}

/**
 * The programme as one compound word: the start of a word of its name glued to "программа"
 * ("авиапрограмма" of a civil-aviation programme, "спортпрограмма" of a sport one).
 */
function compoundProgramme(tokens: readonly Token[], name: string | undefined): { tokenStart: number; tokenEnd: number } | null {
  const found = tokens.map((t, at) => ({ at, prefix: /^(\p{L}{3,6})программ\p{L}*$/u.exec(t.text)?.[1] })).filter((c) => c.prefix !== undefined);
  // Most questions have no such word: the name is read only when one does.
  if (!name || found.length === 0) return null;
  const nameWords = tokenize(normalizeText(name)).map((t) => t.text).filter((w) => w.length >= 5);
  const hit = found.find((c) => nameWords.some((w) => w.startsWith(c.prefix!)));
  return hit ? { tokenStart: hit.at, tokenEnd: hit.at + 1 } : null;
}

/**
 * The programme called by what it is about, beside the word "programme": "the justice programme",
 * "программа Минюста", "сот жүйесін цифрландыру бағдарламасы". Each word beside it must be one of
 * the programme's (`about`), so "программа Минкульта" in a justice programme stays a name the data
 * lacks.
 */
const GENERIC_ADJECTIVE = /^(?:public|state|national|affairs|общественн\p{L}*|государственн\p{L}*|делам|дела|делах|қоғамдық|мемлекеттік|істері|істер)$/u;

function describedProgramme(tokens: readonly Token[], about: readonly boolean[], nameWord: (i: number) => boolean): { tokenStart: number; tokenEnd: number } | null {
  const describes = (j: number) => about[j] === true;
  const joins = (j: number) => tokens[j] !== undefined && isFunctionWord(tokens[j]!.text);
  // "Public", "state", "affairs" before the programme's words add nothing ("қоғамдық көлікті цифрландыру
  // бағдарламасы", "программа по делам религий").
  const generic = (j: number) => tokens[j] !== undefined && GENERIC_ADJECTIVE.test(tokens[j]!.text) && describes(j + 1);
  for (let i = 0; i < tokens.length; i++) {
    if (!PROGRAMME_WORD.test(tokens[i]!.text)) continue;
    let start = i;
    for (let j = i - 1; j >= 0 && (describes(j) || generic(j) || (joins(j) && describes(j - 1))); j--) if (describes(j) || generic(j)) start = j;
    let end = i + 1;
    for (let j = i + 1; j < tokens.length && (describes(j) || generic(j) || (joins(j) && (describes(j + 1) || generic(j + 1)))); j++) if (describes(j) || generic(j)) end = j + 1;
    // A word beside the describing ones that is not the programme's makes it another thing's name
    // ("программа цифровизации здравоохранения", "программа правовой помощи" for an area).
    if (nameWord(start - 1) || nameWord(end)) continue;
    if (start < i || end > i + 1) return { tokenStart: start, tokenEnd: end };
  }
  return null;
}

/**
 * Whether a Latin word in this question stands out as a name: among Cyrillic words, not in an
 * English question (which may quote a Russian name: "payments under «Охотничье хозяйство»").
 */
export function latinStandsOut(r: { tokens: readonly { text: string }[] }): boolean {
  const cyrillic = r.tokens.filter((t) => /^[\u0400-\u04ff]/u.test(t.text)).length;
  return cyrillic > 0 && cyrillic >= r.tokens.filter((t) => /^[a-z]/.test(t.text)).length;
}

/** Whether the question holds one of the signal words of `kind` (GDP, years, reserve, …). */
export function has(r: Reading, kind: keyof typeof SIGNAL_WORDS): boolean {
  return signalPatterns(kind).some((p) => findPattern(r.tokens, p).length > 0);
}

export function topKind(m: Mention): EntityKind | null {
  const k = m.matches[0]?.kind;
  return k === 'project' || k === 'source' || k === 'priority' || k === 'administrator' ? k : null;
}

/** Mentions whose best match is of `kind`, or has one of `kind` nearly as good. */
export function mentionsOf(r: Reading, kind: EntityKind): Mention[] {
  return r.mentions.filter((m) => {
    const own = m.matches.find((x) => x.kind === kind);
    if (!own) return false;
    return topKind(m) === kind || m.matches[0]!.score - own.score < 0.05;
  });
}

/** The mention of `kind` that names it most surely. */
export function bestMentionOf(r: Reading, kind: EntityKind): Mention | undefined {
  const score = (m: Mention): number => m.matches.find((x) => x.kind === kind)?.score ?? 0;
  return mentionsOf(r, kind).reduce<Mention | undefined>((best, m) => (!best || score(m) > score(best) ? m : best), undefined);
}

/** Ids of `kind` a mention names, best first, only those tied with the best of that kind. */
export function idsOf(m: Mention, kind: EntityKind): string[] {
  const own = m.matches.filter((x) => x.kind === kind);
  if (own.length === 0) return [];
  const best = own[0]!.score;
  return own.filter((x) => x.score >= best - 0.05).map((x) => x.id);
}

/** The ids the question names of `kind` (its surest mention), best first. */
export function namedIds(r: Reading, kind: EntityKind): string[] {
  const m = bestMentionOf(r, kind);
  return m ? idsOf(m, kind) : [];
}

/** The project a sentence names: a project mention, or a priority area that has exactly one project. */
export function projectChoices(r: Reading): string[] {
  const pm = bestMentionOf(r, 'project');
  if (pm) return idsOf(pm, 'project');
  for (const m of mentionsOf(r, 'priority')) {
    const ids = idsOf(m, 'priority');
    if (ids.length === 1) {
      const projects = r.index.projectsByPriority.get(ids[0]!) ?? [];
      if (projects.length === 1) return projects;
    }
  }
  return [];
}

/** Sets `args[key]` when the value is there. */
export function putIf(args: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined && value !== null) args[key] = value;
}

/** Arguments with one of them open: the choices to offer when the question names several things. */
export function withChoices(args: Record<string, unknown>, key: string, ids: string[]): { args: Record<string, unknown>; choices?: { key: string; values: unknown[] }[] } {
  return ids.length > 1 ? { args, choices: [{ key, values: ids }] } : { args };
}
