// Free text (ru/kk/en) → a command with arguments, deterministically and locally. Evidence is added
// up per command: its keywords, then its own reading of what the question holds (names, numbers,
// dates). The best command wins; a near tie, or a name that could be several things, gives the
// likeliest options for buttons.
import { readBudgetQuestion } from './budget-question.js';
import { followUpSigns, oneOfKindNamed } from './follow-up.js';
import { keywordScores, type IntentWords, type PreviousQuestion } from './intent-words.js';
import { normalizeText } from './normalize-text.js';
import { has, read, type Catalogue, type Reading } from './reading.js';

export type IntentArgs = Record<string, unknown>;

export type ParseResult =
  | { kind: 'intent'; intent: string; args: IntentArgs; confidence: number; followUp?: true }
  /** Readings to choose from (one to three): a single one is a "did you mean …?" for words that fit it only faintly. */
  | { kind: 'ambiguous'; options: { intent: string; args: IntentArgs }[] }
  | { kind: 'unknown' };

export interface ParseOptions {
  /** ISO date that "today", "вчера", "1 марта" are read against. */
  today: string;
  /** Every command's words (from the commands' registry). */
  intents: readonly IntentWords[];
  /** The question asked just before in the same chat, for follow-ups ("а в апреле?"). */
  previous?: PreviousQuestion;
}

/** Longest input read; the rest is ignored. */
export const MAX_INPUT_CHARS = 1000;

function argsOf(intent: IntentWords, reading: ReturnType<typeof read>) {
  return intent.args?.(reading) ?? { args: {} };
}

function optionsFor(intent: string, built: ReturnType<typeof argsOf>): { intent: string; args: IntentArgs }[] {
  const first = built.choices?.[0];
  if (!first) return [{ intent, args: built.args }];
  return first.values.slice(0, 3).map((v) => ({ intent, args: { ...built.args, [first.key]: v } }));
}

/** Every command with evidence for it in the question, best first. */
export function rankIntents(reading: Reading, intents: readonly IntentWords[]): { intent: IntentWords; score: number }[] {
  const keywords = keywordScores(reading.hits, intents);
  return intents
    .map((intent) => ({ intent, score: intent.score ? intent.score(reading, keywords.get(intent.name) ?? 0) : (keywords.get(intent.name) ?? 0) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** Evidence enough for a command to be a question of its own rather than a follow-up to another. */
const NEW_QUESTION_SCORE = 3;

/**
 * A follow-up to `previous`, answered by the first command that can continue it: those whose own
 * words are in it ("а освоение?" → execution), then the command asked before ("а в апреле?").
 */
function continueQuestion(reading: Reading, ranked: ReturnType<typeof rankIntents>, previous: PreviousQuestion, intents: readonly IntentWords[]): ParseResult | null {
  const signs = followUpSigns(reading);
  // After a project's card, "how much is left?" asks about that project (a reserve is not the project's).
  const afterCard = signs.bare && previous.subject !== undefined && previous.args.measure === undefined && !has(reading, 'reserve');
  if (!signs.marked && !signs.elliptic && !afterCard) return null;
  // Its own words, or the question's shape alone when that ranks first ("what percent of it is spent" is execution).
  const own = ranked.filter((x, i) => i === 0 || reading.hits.some((h) => h.intent === x.intent.name)).map((x) => x.intent);
  // Another command's own question said in full ("switch to the ministry preset" after a spending
  // question) is a new question, not the old one with odd words in it; "who's paying for it" still
  // points back.
  // "Ал басым бағыттар бойынша бөліп көрсетші" after a figures question: the same figures by area,
  // though the areas' noun is another kind of command's word (a figures command's own words ask its own measure).
  const family = intents.find((i) => i.name === previous.intent)?.family;
  const regrouped = previous.args.measure !== undefined && signs.marked && ranked[0] !== undefined && (family === undefined || ranked[0].intent.family !== family) && readBudgetQuestion(reading).groupBy !== undefined;
  // "And karaganda?" after the Shymkent department asks the same of Karaganda's, though a project there
  // has the word in its name; "а по такси?" after an area, of the one area about taxis.
  const retargeted = signs.placeOnly || (signs.marked && sameKindNamed(reading, previous));
  const anotherQuestion = !signs.pointing && !retargeted && !regrouped && ranked[0] !== undefined && ranked[0].intent.name !== previous.intent && ranked[0].score >= NEW_QUESTION_SCORE;
  const before = anotherQuestion ? undefined : intents.find((i) => i.name === previous.intent);
  const order = before && (regrouped || retargeted) ? [before, ...own.filter((i) => i !== before)] : before && !own.includes(before) ? [...own, before] : own;
  for (const intent of order) {
    const built = intent.continues?.(previous, reading);
    if (built && !built.choices?.length) return { kind: 'intent', intent: intent.name, args: built.args, confidence: 0.9, followUp: true };
  }
  return null;
}

/** Whether a follow-up's words name one thing of the kind the question before was about (an area, source or administrator). */
function sameKindNamed(reading: Reading, previous: PreviousQuestion): boolean {
  return oneOfKindNamed(reading, (previous.args.scope as { kind?: unknown } | undefined)?.kind) !== undefined;
}

/**
 * Reads a free-text request as a command with arguments against the catalogue. Only the first 1000
 * characters are read. Throws only on a bug (the caller logs it and says it did not understand).
 */
export function parseText(input: string, catalogue: Catalogue, options: ParseOptions): ParseResult {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error(`parseText: today must be YYYY-MM-DD (got "${options.today}")`);
  const text = String(input ?? '').slice(0, MAX_INPUT_CHARS);
  const byName = new Map(options.intents.map((i) => [i.name, i]));
  // A command's name typed alone ("help", "sources") is that command.
  const bare = byName.get(normalizeText(text));
  if (bare) return { kind: 'intent', intent: bare.name, args: {}, confidence: 1 };

  const reading = read(text, catalogue, options.today, options.intents);
  if (reading.tokens.length === 0) return { kind: 'unknown' };
  const ranked = rankIntents(reading, options.intents);
  if (options.previous) {
    const continued = continueQuestion(reading, ranked, options.previous, options.intents);
    if (continued) return continued;
  }
  const top = ranked[0];
  if (!top || top.score < 1) return { kind: 'unknown' };
  const family = top.intent.family;
  const second = ranked.find((x) => x !== top && !(family && x.intent.family === family));
  const built = argsOf(top.intent, reading);
  if (second && second.score >= top.score - 0.2) {
    const options = [...optionsFor(top.intent.name, built), { intent: second.intent.name, args: argsOf(second.intent, reading).args }];
    // A name the data lacks is what to say, whichever of the two was meant: never a choice of commands about nothing.
    const lacking = options.find((o) => o.args.unknown !== undefined);
    if (lacking) return { kind: 'intent', intent: lacking.intent, args: lacking.args, confidence: 0.5 };
    return { kind: 'ambiguous', options: options.slice(0, 3) };
  }
  if (built.choices?.length) return { kind: 'ambiguous', options: optionsFor(top.intent.name, built) };
  const margin = top.score - (second?.score ?? 0);
  const confidence = Math.max(0.05, Math.min(1, (0.5 + margin / (2 * top.score)) * Math.min(1, top.score / 3)));
  return { kind: 'intent', intent: top.intent.name, args: built.args, confidence: Math.round(confidence * 100) / 100 };
}
