// A lender named in full is also named by its initials: "Исламский банк развития" is the ИсБР that a
// source called "IsDB … loan" holds, "European Bank for Reconstruction and Development" the EBRD.
// A lender named so, or by its initials, that nothing in the data holds is a lender the data lacks:
// "сколько ЕБРР выделил на реестр" is about the EBRD's money, never about the register alone.
import { initialsGroup } from './concept-glossary.js';
import { candidatesHolding, type EntityCandidate, type Mention } from './match-entity.js';
import type { Token } from './tokenize.js';

/** Words an official name's initials pass over ("по", "и", "of", "and"). */
const JOINING = new Set(['и', 'по', 'of', 'and', 'for', 'the', 'мен', 'және']);
/** A body's kind noun: three words whose initials happen to spell "ООН" name nothing without one. */
const BODY_NOUN = /^(?:банк\p{L}*|bank|фонд\p{L}*|funds?|қор\p{L}*|организац\p{L}*|organi[sz]ation|ұйым\p{L}*|агентств\p{L}*|agency|союз\p{L}*|union|одақ\p{L}*)$/u;
const MAX_WORDS = 6;

export interface Span {
  tokenStart: number;
  tokenEnd: number;
}

export interface BodyNames {
  /** Bodies named in full that some name holds by their initials. */
  mentions: Mention[];
  /** Lenders named (in full or by initials) that no name holds. */
  foreignLenders: Span[];
}

const nameWord = (t: Token | undefined): boolean => t !== undefined && !t.isNumber && /^\p{L}{3,}$/u.test(t.text);

/** The longest run of words from `i` whose initials are a known body's, with a kind noun among them. */
function bodyAt(tokens: readonly Token[], i: number): (Span & { forms: readonly string[]; lender: boolean }) | null {
  let initials = '';
  let noun = false;
  let best: (Span & { forms: readonly string[]; lender: boolean }) | null = null;
  for (let j = i, words = 0; j < tokens.length && words < MAX_WORDS; j++) {
    const t = tokens[j]!;
    if (j > i && JOINING.has(t.text)) continue;
    if (!nameWord(t)) break;
    initials += t.text[0];
    words++;
    noun ||= BODY_NOUN.test(t.text);
    const group = initials.length >= 3 && noun ? initialsGroup(initials) : null;
    if (group) best = { tokenStart: i, tokenEnd: j + 1, ...group };
  }
  return best;
}

export function readBodyNames(tokens: readonly Token[], candidates: readonly EntityCandidate[]): BodyNames {
  const mentions: Mention[] = [];
  const foreignLenders: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A lender's two letters count too ("EU", "ЕС").
    const typed = /^\p{L}{2,}$/u.test(tokens[i]!.text) ? initialsGroup(tokens[i]!.text) : null;
    if (!nameWord(tokens[i]) && !typed?.lender) continue;
    const body = (nameWord(tokens[i]) ? bodyAt(tokens, i) : null) ?? (typed ? { tokenStart: i, tokenEnd: i + 1, ...typed } : null);
    // Only lenders: other bodies' words find them well enough, and three words that only happen to
    // spell "ҰҚК" ("Ұлттық қордан келетін") must not make the National Security Committee.
    if (!body?.lender) continue;
    const holders = candidatesHolding(candidates, body.forms, (words) => words.some((w) => BODY_NOUN.test(w)));
    // Typed initials are the matcher's own to find; only the words in full need their initials read.
    if (holders.length > 0 && body.tokenEnd - body.tokenStart > 1) {
      mentions.push({ start: tokens[body.tokenStart]!.start, end: tokens[body.tokenEnd - 1]!.end, tokenStart: body.tokenStart, tokenEnd: body.tokenEnd, matches: holders, byInitials: true });
    }
    if (holders.length === 0) foreignLenders.push({ tokenStart: body.tokenStart, tokenEnd: body.tokenEnd });
    i = body.tokenEnd - 1;
  }
  return { mentions, foreignLenders };
}
