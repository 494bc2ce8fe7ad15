// Free text (ru/kk/en) → a bot command with arguments, deterministically and locally.
// Evidence is added up per intent: keywords (intent-lexicon), catalogue entities the sentence
// mentions (match-entity), numbers (amounts, percents, years, dates). The best intent wins; a
// near tie, or an entity that could be several things, gives the likeliest options for buttons.
import { normalizeText } from './normalize-text.js';
import { tokenize, type Token } from './tokenize.js';
import { findMentions, type EntityCandidate, type Mention, type QueryToken } from './match-entity.js';
import { isFunctionWord, isGenericWord, isStopWord } from './stop-words.js';
import {
  findStatus,
  lexiconHits,
  signalPatterns,
  type LexiconHit,
  type ProjectStatus,
} from './intent-lexicon.js';
import { findPattern, tokenFitsAny } from './keyword-match.js';
import { findPercents, numberAt, type PercentMatch } from './parse-number-words.js';
import { findAmounts, type AmountMatch } from './parse-amount.js';
import { findDateInTokens, type DateMatch } from './parse-date.js';
import { INTENT_NAMES, isIntentName, type IntentName } from './intent-names.js';

export { INTENT_NAMES, type IntentName } from './intent-names.js';

export interface Catalogue {
  projects: { id: string; name: string; priority?: string }[];
  sources: { id: string; name: string }[];
  priorities: { id: string; title: string }[];
}

export type IntentArgs = Record<string, unknown>;

export type ParseResult =
  | { kind: 'intent'; intent: IntentName; args: IntentArgs; confidence: number }
  | { kind: 'ambiguous'; options: { intent: IntentName; args: IntentArgs }[] }
  | { kind: 'unknown' };

export interface ParseOptions {
  /** ISO date that "today", "вчера", "1 марта" are read against */
  today: string;
}

/** Longest input read; the rest is ignored. */
export const MAX_INPUT_CHARS = 1000;

type EntityKind = 'project' | 'source' | 'priority';

interface CatalogueIndex {
  candidates: EntityCandidate[];
  projectsByPriority: Map<string, string[]>;
  sourceIds: string[];
}

const CATALOGUE_CACHE = new WeakMap<Catalogue, CatalogueIndex>();

function indexCatalogue(c: Catalogue): CatalogueIndex {
  const cached = CATALOGUE_CACHE.get(c);
  if (cached) return cached;
  const projects = Array.isArray(c?.projects) ? c.projects : [];
  const sources = Array.isArray(c?.sources) ? c.sources : [];
  const priorities = Array.isArray(c?.priorities) ? c.priorities : [];
  const candidates: EntityCandidate[] = [];
  for (const p of projects) if (p && typeof p.id === 'string') candidates.push({ id: p.id, names: [String(p.name ?? '')], kind: 'project' });
  for (const s of sources) if (s && typeof s.id === 'string') candidates.push({ id: s.id, names: [String(s.name ?? '')], kind: 'source' });
  const titles = new Map<string, Set<string>>();
  for (const p of priorities) {
    if (!p || typeof p.id !== 'string') continue;
    const set = titles.get(p.id) ?? new Set<string>();
    set.add(String(p.title ?? ''));
    titles.set(p.id, set);
  }
  for (const [id, set] of titles) candidates.push({ id, names: [...set], kind: 'priority' });
  const projectsByPriority = new Map<string, string[]>();
  for (const p of projects) {
    if (!p || typeof p.priority !== 'string') continue;
    const list = projectsByPriority.get(p.priority) ?? [];
    list.push(p.id);
    projectsByPriority.set(p.priority, list);
  }
  const index = { candidates, projectsByPriority, sourceIds: sources.filter((s) => s && typeof s.id === 'string').map((s) => s.id) };
  if (c && typeof c === 'object') CATALOGUE_CACHE.set(c, index);
  return index;
}

/** Everything read from one text, shared by scoring and argument extraction. */
interface Reading {
  tokens: QueryToken[];
  hits: LexiconHit[];
  mentions: Mention[];
  amounts: (AmountMatch & { tokenStart: number; tokenEnd: number })[];
  percents: PercentMatch[];
  date: DateMatch | null;
  status: { status: ProjectStatus; tokenStart: number; tokenEnd: number } | null;
  used: boolean[];
  index: CatalogueIndex;
}

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

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}

function read(text: string, catalogue: Catalogue, today: string): Reading {
  const index = indexCatalogue(catalogue);
  const normalized = normalizeText(text);
  const base = tokenize(normalized);
  const hits = lexiconHits(base);
  const keyword = new Array<boolean>(base.length).fill(false);
  for (const h of hits) if (h.weight >= 1) for (let i = h.tokenStart; i < h.tokenEnd; i++) keyword[i] = true;
  const tokens: QueryToken[] = base.map((t, i) => ({
    ...t,
    ignorable: isFunctionWord(t.text) || isGenericWord(t.text) || t.text === '%' || t.text === '₸',
    keyword: keyword[i]! || isStopWord(t.text),
  }));
  const date = findDateInTokens(base, today);
  const used = new Array<boolean>(base.length).fill(false);
  if (date) for (let i = date.tokenStart; i < date.tokenEnd; i++) used[i] = true;
  // Numbers belong to dates, percents and amounts before names ("2.0" of a name is kept out below).
  const mentions = findMentions(
    tokens.map((t, i) => (used[i] ? { ...t, ignorable: true } : t)),
    index.candidates,
  ).filter((m) => !(m.tokenEnd - m.tokenStart === 1 && tokens[m.tokenStart]!.isNumber));
  const inMention = new Array<boolean>(base.length).fill(false);
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) inMention[i] = true;
  const percents = findPercents(base).filter(
    (p) => !rangeTouches(inMention, p.tokenStart, p.tokenEnd) && !rangeTouches(used, p.tokenStart, p.tokenEnd),
  );
  for (const p of percents) for (let i = p.tokenStart; i < p.tokenEnd; i++) used[i] = true;
  const amounts = findAmounts(normalized, { allowBare: true })
    .map((a) => {
      const [s, e] = tokensInSpan(base, a.start, a.end);
      return { ...a, tokenStart: s, tokenEnd: e };
    })
    .filter((a) => a.tokenEnd > a.tokenStart && !rangeTouches(used, a.tokenStart, a.tokenEnd) && !rangeTouches(inMention, a.tokenStart, a.tokenEnd));
  // Keywords inside a confidently matched multi-word name are part of the name, not a request.
  const strongNames = mentions.filter((m) => m.tokenEnd - m.tokenStart >= 2 && (m.matches[0]?.score ?? 0) >= 0.8);
  const keptHits = hits.filter((h) => !strongNames.some((m) => overlaps(h.tokenStart, h.tokenEnd, m.tokenStart, m.tokenEnd)));
  const status = findStatus(base);
  return { tokens, hits: keptHits, mentions, amounts, percents, date, status, used, index };
}

function rangeTouches(flags: readonly boolean[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (flags[i]) return true;
  return false;
}

function lexiconScores(hits: readonly LexiconHit[]): Record<IntentName, number> {
  const scores = Object.fromEntries(INTENT_NAMES.map((n) => [n, 0])) as Record<IntentName, number>;
  for (const intent of INTENT_NAMES) {
    const own = hits.filter((h) => h.intent === intent).sort((a, b) => b.weight - a.weight);
    const taken = new Set<number>();
    for (const h of own) {
      let free = true;
      for (let i = h.tokenStart; i < h.tokenEnd; i++) if (taken.has(i)) free = false;
      if (!free) continue;
      for (let i = h.tokenStart; i < h.tokenEnd; i++) taken.add(i);
      scores[intent] += h.weight;
    }
  }
  return scores;
}

function has(tokens: readonly Token[], kind: Parameters<typeof signalPatterns>[0]): boolean {
  return signalPatterns(kind).some((p) => findPattern(tokens, p).length > 0);
}

function topKind(m: Mention): EntityKind | null {
  const k = m.matches[0]?.kind;
  return k === 'project' || k === 'source' || k === 'priority' ? k : null;
}

/** Mentions whose best match is of `kind`, or has one of `kind` nearly as good. */
function mentionsOf(r: Reading, kind: EntityKind): Mention[] {
  return r.mentions.filter((m) => {
    const own = m.matches.find((x) => x.kind === kind);
    if (!own) return false;
    return topKind(m) === kind || m.matches[0]!.score - own.score < 0.05;
  });
}

/** The mention of `kind` that names it most surely. */
function bestMentionOf(r: Reading, kind: EntityKind): Mention | undefined {
  const score = (m: Mention): number => m.matches.find((x) => x.kind === kind)?.score ?? 0;
  return mentionsOf(r, kind).reduce<Mention | undefined>((best, m) => (!best || score(m) > score(best) ? m : best), undefined);
}

/** Ids of `kind` a mention names, best first, only those tied with the best of that kind. */
function idsOf(m: Mention, kind: EntityKind): string[] {
  const own = m.matches.filter((x) => x.kind === kind);
  if (own.length === 0) return [];
  const best = own[0]!.score;
  return own.filter((x) => x.score >= best - 0.05).map((x) => x.id);
}

function score(r: Reading): Record<IntentName, number> {
  const s = lexiconScores(r.hits);
  const projectMentions = mentionsOf(r, 'project');
  const sourceMentions = mentionsOf(r, 'source');
  const priorityMentions = mentionsOf(r, 'priority');
  const moneyAmount = r.amounts.find((a) => a.hasScale || a.hasCurrency);
  // A bare number counts as money only when large and not a year ("за 2026").
  const anyAmount = moneyAmount ?? r.amounts.find((a) => a.value >= 1000 && !(a.value >= 1900 && a.value <= 2100));
  const accounts = r.mentions.filter((m) => topKind(m) === 'project' || topKind(m) === 'source').length;
  const gdp = has(r.tokens, 'gdp');

  if (r.percents.length > 0) s.scenario += gdp ? 3 : 1.5;
  if (has(r.tokens, 'multiplier')) s.scenario += 0.5;

  const moveVerb = s.reallocate > 0;
  if (moveVerb && anyAmount) s.reallocate += 3;
  if (moveVerb && accounts >= 2) s.reallocate += 2;
  if (!moveVerb && moneyAmount && accounts >= 2) s.reallocate += 4;
  // No other command takes a sum of money: "из резерва на KazLLM 5 млрд" is a transfer too.
  else if (!moveVerb && moneyAmount && accounts === 1) s.reallocate += 3.5;
  if (!anyAmount && accounts < 2) s.reallocate *= 0.4;

  if (projectMentions.length > 0) s.project += 1 + 1.5 * (projectMentions[0]!.matches[0]?.score ?? 0);
  if (sourceMentions.length > 0) s.reserved += 1.5;
  // A status word asks for a list of projects, the more so next to "projects"/"жобалар".
  if (r.status) s.projects += s.projects > 0 || r.tokens.some((t) => isGenericWord(t.text)) ? 3 : 1.5;
  if (priorityMentions.length > 0 && projectMentions.length === 0) {
    s.projects += 1;
    if (s.history > 0) s.history += 0.5;
  }
  return s;
}

function pushIf(args: IntentArgs, key: string, value: unknown): void {
  if (value !== undefined && value !== null) args[key] = value;
}

/** The project a sentence names: a project mention, or a priority area that has exactly one project. */
function projectChoices(r: Reading): string[] {
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

function scenarioArgs(r: Reading): IntentArgs {
  const args: IntentArgs = {};
  const tokens = r.tokens;
  const gdpAt = signalPatterns('gdp').flatMap((p) => findPattern(tokens, p).map((h) => h.tokenStart));
  const share =
    r.percents.find((p) => gdpAt.some((g) => Math.abs(g - p.tokenStart) <= 3 || Math.abs(g - p.tokenEnd) <= 2)) ?? r.percents[0];
  if (share) args.share = share.value;
  const taken = [...r.used];
  const yearPatterns = signalPatterns('years');
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const n = numberAt(tokens, i);
    if (!n) continue;
    if (tokenFitsAny(tokens[i + n.length], yearPatterns) && Number.isInteger(n.value) && n.value >= 1 && n.value <= 100) {
      args.years = n.value;
      for (let k = i; k <= i + n.length; k++) taken[k] = true;
      break;
    }
  }
  const multPatterns = signalPatterns('multiplier');
  for (let k = 0; k < tokens.length; k++) {
    if (!tokenFitsAny(tokens[k], multPatterns)) continue;
    const near = [k + 1, k + 2, k + 3, k - 1, k - 2];
    for (const j of near) {
      if (j < 0 || j >= tokens.length || taken[j]) continue;
      if (j > k + 1 && !tokens.slice(k + 1, j).every((t) => t.ignorable || /^(?:x|х|равн\p{L}*|тең|of|is|=)$/u.test(t.text))) continue;
      const n = numberAt(tokens, j);
      if (n && n.value > 0 && n.value <= 100) {
        args.multiplier = n.value;
        break;
      }
    }
    if (args.multiplier !== undefined) break;
  }
  return args;
}

function historyCount(r: Reading): number | undefined {
  const tokens = r.tokens;
  const anchors = new Set<number>();
  for (const h of r.hits) if (h.intent === 'history') for (let i = h.tokenStart; i < h.tokenEnd; i++) anchors.add(i);
  for (const p of signalPatterns('historyCount')) for (const h of findPattern(tokens, p)) anchors.add(h.tokenStart);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isNumber || r.used[i] || !/^\d{1,4}$/.test(t.text)) continue;
    if (r.mentions.some((m) => i >= m.tokenStart && i < m.tokenEnd)) continue;
    const v = Number(t.text);
    if (v < 1 || v > 1000) continue;
    if (anchors.has(i - 1) || anchors.has(i + 1) || anchors.has(i - 2) || anchors.has(i + 2)) return v;
  }
  return undefined;
}

type Direction = 'from' | 'to' | null;

function kazakhDirection(text: string): Direction {
  if (/(?:дан|ден|тан|тен|нан|нен)$/u.test(text)) return 'from';
  if (/(?:ға|ге|қа|ке|на|не)$/u.test(text)) return 'to';
  return null;
}

function directionOf(r: Reading, m: Mention): { dir: Direction; reserveWord: boolean } {
  const tokens = r.tokens;
  const fromP = signalPatterns('from');
  const toP = signalPatterns('to');
  const reserveP = signalPatterns('reserve');
  let reserveWord = false;
  // Before the name: "с X", "из резерва X", "from the X", "into project X".
  for (let i = m.tokenStart - 1, skipped = 0; i >= 0 && skipped <= 3; i--, skipped++) {
    const t = tokens[i]!;
    if (t.text === 'of' && tokens[i - 1]?.text === 'out') return { dir: 'from', reserveWord };
    if (fromP.some((p) => p.words.length === 1 && p.words[0]!.key === t.key)) return { dir: 'from', reserveWord };
    if (toP.some((p) => p.words.length === 1 && p.words[0]!.key === t.key)) return { dir: 'to', reserveWord };
    if (tokenFitsAny(t, reserveP)) {
      reserveWord = true;
      continue;
    }
    if (isGenericWord(t.text) || /^(?:the|a|an|счет\p{L}*|фонд\p{L}*)$/u.test(t.text)) continue;
    break;
  }
  // After the name (Kazakh): "X-тен", "X жобасынан", "X-ке", "X жобасына", "X резервінен".
  const after = tokens[m.tokenEnd];
  if (after && (isStopWord(after.text) || isGenericWord(after.text) || tokenFitsAny(after, reserveP))) {
    if (tokenFitsAny(after, reserveP)) reserveWord = true;
    const d = kazakhDirection(after.text);
    if (d) return { dir: d, reserveWord };
  }
  // The name's own last word with a Kazakh case ending ("мектепке", "суперкомпьютерге"); Russian
  // words rarely end so, and only Kazakh text is read this way.
  const last = tokens[m.tokenEnd - 1]!;
  const kazakhText = tokens.some((t) => /[әғқңөұүһі]/u.test(t.text));
  if (kazakhText && /(?:дан|ден|тан|тен|нан|нен|ға|ге|қа|ке)$/u.test(last.text)) {
    const d = kazakhDirection(last.text);
    if (d) return { dir: d, reserveWord };
  }
  // "to X" in English after the name: "X to Y" handled by Y's own preposition.
  if (after && tokenFitsAny(after, reserveP)) reserveWord = true;
  return { dir: null, reserveWord };
}

/** Account choices a mention gives: project ids, or reserve:<sourceId> for a source. */
function accountChoices(r: Reading, m: Mention): string[] {
  const kind = topKind(m);
  if (kind === 'project') return idsOf(m, 'project');
  if (kind === 'source') return idsOf(m, 'source').map((id) => `reserve:${id}`);
  if (kind === 'priority') {
    const ids = idsOf(m, 'priority');
    if (ids.length === 1) {
      const projects = r.index.projectsByPriority.get(ids[0]!) ?? [];
      if (projects.length === 1) return projects;
    }
  }
  return [];
}

function reallocateArgs(r: Reading): { args: IntentArgs; alternatives?: { from?: string[]; to?: string[] } } {
  const args: IntentArgs = {};
  const amount = r.amounts.find((a) => a.hasScale || a.hasCurrency) ?? r.amounts.find((a) => a.value >= 1);
  if (amount) args.amount = amount.value;
  // One name split in two ("ЦОД" … "в Акмолинской области") is still one account.
  const accounts = r.mentions
    .map((m) => ({ m, choices: accountChoices(r, m), ...directionOf(r, m) }))
    .filter((x) => x.choices.length > 0)
    .filter((x, i, all) => all.findIndex((y) => y.choices[0] === x.choices[0]) === i);
  let from: (typeof accounts)[number] | undefined = accounts.find((a) => a.dir === 'from');
  let to: (typeof accounts)[number] | undefined = accounts.find((a) => a.dir === 'to' && a !== from);
  if (!from && to) from = accounts.find((a) => a !== to && a.dir !== 'to');
  if (!to && from) to = accounts.find((a) => a !== from && a.dir !== 'from');
  if (!from && !to && accounts.length >= 2) {
    from = accounts[0];
    to = accounts[1];
  }
  if (!from && !to && accounts.length === 1) {
    const only = accounts[0]!;
    if (only.dir === 'from') from = only;
    else to = only;
  }
  const alternatives: { from?: string[]; to?: string[] } = {};
  if (from) {
    args.from = from.choices[0];
    if (from.choices.length > 1) alternatives.from = from.choices;
  }
  if (to) {
    args.to = to.choices[0];
    if (to.choices.length > 1) alternatives.to = to.choices;
  }
  // "из резерва" without naming the source: only one source can be meant if there is only one.
  if (args.from === undefined && r.index.sourceIds.length === 1 && has(r.tokens, 'reserve')) args.from = `reserve:${r.index.sourceIds[0]}`;
  return { args, ...(alternatives.from || alternatives.to ? { alternatives } : {}) };
}

interface Built {
  args: IntentArgs;
  /** other values for one argument when the text does not say which */
  choices?: { key: string; values: unknown[] }[];
}

function buildArgs(intent: IntentName, r: Reading): Built {
  const args: IntentArgs = {};
  switch (intent) {
    case 'reserved': {
      const sm = bestMentionOf(r, 'source');
      const ids = sm ? idsOf(sm, 'source') : [];
      pushIf(args, 'source', ids[0]);
      pushIf(args, 'date', r.date?.date);
      return ids.length > 1 ? { args, choices: [{ key: 'source', values: ids }] } : { args };
    }
    case 'projects': {
      pushIf(args, 'status', r.status?.status);
      const pm = bestMentionOf(r, 'priority');
      const ids = pm ? idsOf(pm, 'priority') : [];
      pushIf(args, 'priority', ids[0]);
      return ids.length > 1 ? { args, choices: [{ key: 'priority', values: ids }] } : { args };
    }
    case 'project':
    case 'history': {
      const ids = projectChoices(r);
      pushIf(args, 'project', ids[0]);
      if (intent === 'history') {
        const sm = bestMentionOf(r, 'source');
        if (ids.length === 0 && sm) pushIf(args, 'source', idsOf(sm, 'source')[0]);
        pushIf(args, 'n', historyCount(r));
        pushIf(args, 'date', r.date?.date);
      }
      return ids.length > 1 ? { args, choices: [{ key: 'project', values: ids }] } : { args };
    }
    case 'priorities':
      pushIf(args, 'date', r.date?.date);
      return { args };
    case 'scenario':
      return { args: scenarioArgs(r) };
    case 'reallocate': {
      const { args: a, alternatives } = reallocateArgs(r);
      const choices: { key: string; values: unknown[] }[] = [];
      if (alternatives?.from) choices.push({ key: 'from', values: alternatives.from });
      if (alternatives?.to) choices.push({ key: 'to', values: alternatives.to });
      return choices.length ? { args: a, choices } : { args: a };
    }
    default:
      return { args };
  }
}

function optionsFor(intent: IntentName, built: Built): { intent: IntentName; args: IntentArgs }[] {
  if (!built.choices || built.choices.length === 0) return [{ intent, args: built.args }];
  const first = built.choices[0]!;
  return first.values.slice(0, 3).map((v) => ({ intent, args: { ...built.args, [first.key]: v } }));
}

function parseSlashCommand(text: string, catalogue: Catalogue, today: string): ParseResult | null {
  const m = /^\s*\/([a-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text);
  const bare = normalizeText(text);
  let name: string | null = null;
  let rest = '';
  if (m) {
    name = m[1]!.toLowerCase();
    rest = m[2] ?? '';
  } else if (isIntentName(bare)) name = bare;
  if (name === 'start') name = 'help';
  if (!name || !isIntentName(name)) return null;
  const built = rest.trim() ? buildArgs(name, read(rest, catalogue, today)) : { args: {} };
  return { kind: 'intent', intent: name, args: built.args, confidence: 1 };
}

function parseUnsafe(input: unknown, catalogue: Catalogue, opts: ParseOptions): ParseResult {
  const text = (typeof input === 'string' ? input : String(input ?? '')).slice(0, MAX_INPUT_CHARS);
  const today = typeof opts?.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(opts.today) ? opts.today : new Date().toISOString().slice(0, 10);
  const slash = parseSlashCommand(text, catalogue, today);
  if (slash) return slash;
  const r = read(text, catalogue, today);
  if (r.tokens.length === 0) return { kind: 'unknown' };
  const scores = score(r);
  const ranked = INTENT_NAMES.map((intent) => ({ intent, score: scores[intent] }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  const top = ranked[0];
  if (!top || top.score < 1) return { kind: 'unknown' };
  const second = ranked[1];
  const built = buildArgs(top.intent, r);
  if (second && second.score >= top.score - 0.2) {
    const options = [...optionsFor(top.intent, built), { intent: second.intent, args: buildArgs(second.intent, r).args }];
    return { kind: 'ambiguous', options: options.slice(0, 3) };
  }
  if (built.choices?.length) return { kind: 'ambiguous', options: optionsFor(top.intent, built) };
  const margin = top.score - (second?.score ?? 0);
  const confidence = Math.max(0.05, Math.min(1, (0.5 + margin / (2 * top.score)) * Math.min(1, top.score / 3)));
  return { kind: 'intent', intent: top.intent, args: built.args, confidence: Math.round(confidence * 100) / 100 };
}

/**
 * Read a free-text request as a command with arguments against the catalogue. Never throws:
 * anything unreadable is `{ kind: 'unknown' }`. Only the first 1000 characters are read.
 */
export function parseText(text: string, catalogue: Catalogue, opts: ParseOptions): ParseResult {
  try {
    return parseUnsafe(text, catalogue, opts);
  } catch {
    return { kind: 'unknown' };
  }
}
