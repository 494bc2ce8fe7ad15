// Where a question's words stand in the text as the person typed it: their capitals, "ё" and the
// marks between them are what tells a name from a command's word. Found with indexOf on the text in
// lower case, not a regular expression per word (compiling one per word and question cost about a
// tenth of reading a question).

import type { Token } from './tokenize.js';

export interface Place {
  start: number;
  end: number;
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** The text in lower case as words are read ("ё" as "е"), or null where that changes its length. */
let last: { text: string; lower: string | null } = { text: '', lower: '' };
function lowerOf(text: string): string | null {
  if (last.text !== text) {
    const lower = text.toLowerCase().replace(/ё/g, 'е');
    last = { text, lower: lower.length === text.length ? lower : null };
  }
  return last.lower;
}

/** Where `word` stands whole (no letter or digit of its kind glued on either side) from `from` on; −1 if nowhere. */
function wholeAt(lower: string, word: string, from: number): number {
  const edge = /^\p{Nd}/u.test(word) || word.startsWith('-') ? DIGIT : LETTER.test(word[0] ?? '') ? LETTER : null;
  let at = lower.indexOf(word, from);
  while (at >= 0 && edge && (edge.test(lower[at - 1] ?? '') || edge.test(lower[at + word.length] ?? ''))) at = lower.indexOf(word, at + 1);
  return at;
}

/** The word as typed where it first stands whole in the text, capitals kept; '' if it is not there as read. */
export function firstTyped(text: string, word: string): string {
  const lower = lowerOf(text);
  const at = lower === null ? -1 : wholeAt(lower, word, 0);
  return at < 0 ? '' : text.slice(at, at + word.length);
}

const PLACES = new WeakMap<readonly Token[], (Place | null)[]>();

/** Each token's place in the text, found in order, each after the one before (null: normalising changed it). */
export function placesOf(text: string, tokens: readonly Token[]): readonly (Place | null)[] {
  let places = PLACES.get(tokens);
  if (places) return places;
  const lower = lowerOf(text);
  places = [];
  let from = 0;
  for (const t of tokens) {
    const at = lower === null ? -1 : wholeAt(lower, t.text, from);
    places.push(at < 0 ? null : { start: at, end: at + t.text.length });
    if (at >= 0) from = at + t.text.length;
  }
  PLACES.set(tokens, places);
  return places;
}

/**
 * Which tokens are words cut short with a dot inside the sentence ("суд. актов", "межвед. обмена",
 * "принудит. исполнения"): the dot, then more of the sentence in lower case or a number.
 */
export function clippedWords(text: string, tokens: readonly Token[]): boolean[] {
  const places = placesOf(text, tokens);
  return tokens.map((t, i) => {
    const place = places[i];
    if (!place || t.isNumber || t.text.length < 3 || text[place.end] !== '.') return false;
    const after = /^\.\s*(\S)/u.exec(text.slice(place.end))?.[1];
    return after !== undefined && /[\p{Ll}\p{Nd}«"“]/u.test(after);
  });
}
