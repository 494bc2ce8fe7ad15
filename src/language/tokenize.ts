// Split normalised text into word/number tokens that remember where they are.
import { phoneticKey } from './normalize-text.js';

export interface Token {
  /** the token as it stands in the normalised text */
  text: string;
  /** phonetic key (see phoneticKey); numbers and symbols keep their text */
  key: string;
  /** offsets in the normalised text: [start, end) */
  start: number;
  end: number;
  isNumber: boolean;
}

const TOKEN_RE = /-?\d+(?:[.,/-]\d+)*|[\p{L}]+|[%₸]/gu;

/** Tokens of a string that has already been through normalizeText. Letters and digits split apart: "250m" → 250, m. */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normalized.matchAll(TOKEN_RE)) {
    const text = m[0];
    const start = m.index ?? 0;
    const isNumber = /\d/.test(text);
    const symbol = text === '%' || text === '₸';
    tokens.push({ text, key: isNumber || symbol ? text : phoneticKey(text), start, end: start + text.length, isNumber });
  }
  return tokens;
}
