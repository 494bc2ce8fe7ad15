import type { Lang } from '../i18n/lang.js';
import { compileAll, PatternSet, type SetHit } from './keyword-match.js';
import type { Reading } from './reading.js';
import type { Token } from './tokenize.js';

// What a command says about the questions it answers: its keywords per language (with weights),
// extra evidence from what a question holds, and how the question gives its arguments. The parser
// reads every command's words; the commands' registry hands them over.

export interface LexiconEntry {
  /** Words compared on phonetic keys; `*` = any ending; several words = consecutive. */
  pattern: string;
  weight: number;
}

/** Arguments read from a question; `choices` when one of them could be several things (buttons to pick). */
export interface ReadArgs {
  args: Record<string, unknown>;
  choices?: { key: string; values: unknown[] }[];
}

/** The thing an answer was about: a project, a source, an area, an administrator or a status. */
export interface Subject {
  kind: 'project' | 'source' | 'area' | 'administrator' | 'status';
  id: string;
}

/** The question asked before in the same chat: its command, arguments, and what it was about. */
export interface PreviousQuestion {
  intent: string;
  args: Record<string, unknown>;
  subject?: Subject;
}

export interface IntentWords {
  /** The command's name. */
  name: string;
  lexicon: Record<Lang, LexiconEntry[]>;
  /**
   * Commands of one family answer together: when several have their words in a question ("получено,
   * потрачено, остаток"), the leading one answers for all, so they are not offered as a choice.
   */
  family?: string;
  /** The question's score for this command, given what its keywords scored (default: just that). */
  score?(reading: Reading, keywordScore: number): number;
  /** The command's arguments from the question (default: none). */
  args?(reading: Reading): ReadArgs;
  /**
   * Arguments for a follow-up that changes part of `previous` ("а в апреле?" after a question about
   * March, "а освоение?" after a project's card), or null when this command cannot continue it.
   */
  continues?(previous: PreviousQuestion, reading: Reading): ReadArgs | null;
}

/** Lexicon entries of one weight: `weighted(3, 'резерв*', 'reserv*')`. */
export function weighted(weight: number, ...patterns: string[]): LexiconEntry[] {
  return patterns.map((pattern) => ({ pattern, weight }));
}

export interface LexiconHit {
  intent: string;
  weight: number;
  tokenStart: number;
  tokenEnd: number;
}

interface CompiledLexicon {
  entries: { intent: string; weight: number }[];
  set: PatternSet;
}

const compiled = new WeakMap<readonly IntentWords[], CompiledLexicon>();

function compiledLexicon(intents: readonly IntentWords[]): CompiledLexicon {
  let lexicon = compiled.get(intents);
  if (!lexicon) {
    const all = intents.flatMap((intent) => Object.values(intent.lexicon).flatMap((entries) => entries.map((e) => ({ intent: intent.name, weight: e.weight, pattern: e.pattern }))));
    lexicon = { entries: all.map(({ intent, weight }) => ({ intent, weight })), set: new PatternSet(compileAll(all.map((e) => e.pattern))) };
    compiled.set(intents, lexicon);
  }
  return lexicon;
}

/**
 * All keyword hits of every command's lexicon in the tokens. Tokens marked in `asWritten` (a date,
 * a month) match keywords only as written, never as a typo ("қаңтарда" is January, not "қайтар*").
 */
export function lexiconHits(tokens: readonly Token[], intents: readonly IntentWords[], asWritten: readonly boolean[] = []): LexiconHit[] {
  const { entries, set } = compiledLexicon(intents);
  const hit = (h: SetHit): LexiconHit => ({ ...entries[h.pattern]!, tokenStart: h.tokenStart, tokenEnd: h.tokenEnd });
  const hits = set.findAll(tokens, false).map(hit);
  // A word that is some keyword as written is no typo of another ("reserve" is not "receive").
  const exact = new Array<boolean>(tokens.length).fill(false);
  for (const h of hits) for (let i = h.tokenStart; i < h.tokenEnd; i++) exact[i] = true;
  for (const h of set.findAll(tokens)) {
    let written = false;
    for (let i = h.tokenStart; i < h.tokenEnd; i++) if (exact[i] || asWritten[i]) written = true;
    if (!written) hits.push(hit(h));
  }
  return hits;
}

/** Per command, the sum of its strongest non-overlapping keyword hits. */
export function keywordScores(hits: readonly LexiconHit[], intents: readonly IntentWords[]): Map<string, number> {
  const scores = new Map<string, number>();
  for (const { name } of intents) {
    const own = hits.filter((h) => h.intent === name).sort((a, b) => b.weight - a.weight);
    const taken = new Set<number>();
    let score = 0;
    for (const h of own) {
      let free = true;
      for (let i = h.tokenStart; i < h.tokenEnd; i++) if (taken.has(i)) free = false;
      if (!free) continue;
      for (let i = h.tokenStart; i < h.tokenEnd; i++) taken.add(i);
      score += h.weight;
    }
    scores.set(name, score);
  }
  return scores;
}
