import type { BudgetDb } from '../../db/client.js';
import { accountKind } from '../../db/stores/ledger-store.js';
import { parseAmount } from '../language/index.js';
import { accountKindOf, projectAccount, reserveAccount } from '../ledger/accounts.js';
import { resolveName } from '../queries/resolve-names.js';

// Reading `/reallocate <amount> <from> <to> [reason]` when names have several words: the amount
// comes first; every split of the remaining words into "from" and "to" is tried, and the one where
// both names are found wins.

export interface AccountMatch {
  /** The ledger account: `project:<id>`, `reserve:<source>`, `savings`, `spent`. */
  account: string;
  name: string;
  /** The words were the account's id or name exactly (not a forgiving match). */
  exact: boolean;
}

export type AccountResolution = { kind: 'one'; match: AccountMatch } | { kind: 'several'; candidates: AccountMatch[] } | { kind: 'none' };

// Words that join the parts: "с KazLLM на суперкомпьютер", "from A to B", "A → B".
const FROM_WORDS = new Set(['from', 'с', 'со', 'из', 'изо', 'от']);
const TO_WORDS = new Set(['to', 'into', 'на', 'в', 'во', 'к', 'для', '→', '->', '=>', '—', '–', '-']);
const ARROWS = new Set(['→', '->', '=>']);
const RESERVE_PREFIX = /^(?:reserve|резерв\p{L}*)(?::\s*|\s+)(.+)$/iu;
const PROJECT_PREFIX = /^(?:project|проект\p{L}*|жоба\p{L}*)(?::\s*|\s+)(.+)$/iu;
const REASON_SEPARATOR =
  /\s+[—–]\s*|\s+-\s+|:\s+|(?:^|\s)(?:because|потому что|потому|так как|поскольку|причина|основание|себебі|өйткені)(?=[\s:,]|$)/iu;

// "— причина: ..." / ": reason ..." name the reason after the separator: the word itself is not part of it.
const REASON_WORD = /^(?:reason|причина|основание|себебі|негіздеме)(?:[\s:,—–-]+|$)/iu;

const MAX_NAME_WORDS = 16;

const lower = (text: string) => text.trim().toLowerCase();

/** The account that words name: an account id, `reserve <source>`, or a project (by id or name, forgivingly). */
export function resolveAccount(db: BudgetDb, words: string): AccountResolution {
  const tokens = words.trim().split(/\s+/).filter(Boolean);
  while (tokens.length > 1 && (FROM_WORDS.has(lower(tokens[0]!)) || TO_WORDS.has(lower(tokens[0]!)))) tokens.shift();
  const text = tokens.join(' ');
  if (text === '' || text.length > 200) return { kind: 'none' };

  if (accountKindOf(text) && accountKind(db, text)) {
    return { kind: 'one', match: { account: text, name: text, exact: true } };
  }
  const reserve = RESERVE_PREFIX.exec(text);
  if (reserve) return resolveAs(db, 'source', reserve[1]!);
  const project = PROJECT_PREFIX.exec(text);
  if (project) {
    const named = resolveAs(db, 'project', project[1]!);
    if (named.kind !== 'none') return named;
  }
  const asProject = resolveAs(db, 'project', text);
  if (asProject.kind !== 'none') return asProject;
  // A source's name alone means its reserve ("из Национального фонда").
  return resolveAs(db, 'source', text);
}

function resolveAs(db: BudgetDb, kind: 'project' | 'source', text: string): AccountResolution {
  const found = resolveName(db, kind, text);
  const toMatch = (thing: { id: string; name: string }): AccountMatch => ({
    account: kind === 'project' ? projectAccount(thing.id) : reserveAccount(thing.id),
    name: thing.name,
    exact: lower(text) === lower(thing.id) || lower(text) === lower(thing.name),
  });
  if (found.kind === 'one') return { kind: 'one', match: toMatch(found.match) };
  if (found.kind === 'several') return { kind: 'several', candidates: found.candidates.map(toMatch) };
  return { kind: 'none' };
}

export interface ReallocationWords {
  amount: number | null;
  /** The words for each side, as split (the best guess when not both were found). */
  fromText: string;
  toText: string;
  reason: string;
  /** Every split where both names were found, best first (exact names before forgiving matches). */
  pairs: { from: AccountMatch; to: AccountMatch }[];
}

/** Splits off the reason: after " — ", ": ", or "because" / "потому что" / "причина" / "себебі". */
export function splitReason(text: string): { head: string; reason: string } {
  const match = REASON_SEPARATOR.exec(text);
  if (!match) return { head: text.trim(), reason: '' };
  const head = text.slice(0, match.index).trim();
  const reason = text
    .slice(match.index + match[0].length)
    .replace(/^[\s:,—–-]+/u, '')
    .replace(REASON_WORD, '')
    // "because of the deadline": the reason is "the deadline"
    .replace(/^of\s+/iu, '')
    .trim();
  return { head, reason };
}

/** The longest run of words at the start (or else at the end) that is an amount of money. */
function amountSplits(tokens: string[]): { amount: number; rest: string[] }[] {
  const out: { amount: number; rest: string[] }[] = [];
  const longest = Math.min(tokens.length, 8);
  for (let k = longest; k >= 1; k--) {
    const amount = parseAmount(tokens.slice(0, k).join(' '));
    if (amount !== null) out.push({ amount, rest: tokens.slice(k) });
  }
  if (out.length === 0) {
    for (let k = longest; k >= 1; k--) {
      const amount = parseAmount(tokens.slice(-k).join(' '));
      if (amount !== null) out.push({ amount, rest: tokens.slice(0, -k) });
    }
  }
  return out;
}

/**
 * Every way to cut the words into "from", "to" and, when no separator marked it, a trailing reason
 * (`/reallocate 5 млн kazllm cyber-shield перенос сроков`). At an arrow only, when there is one.
 */
function nameSplits(rest: string[], reasonGiven: boolean): { fromText: string; toText: string; reason: string }[] {
  const arrow = rest.findIndex((t) => ARROWS.has(t));
  // No name is longer than a dozen words or so: longer sides are not tried (and long junk stays cheap).
  const cuts = (arrow > 0 ? [arrow] : Array.from({ length: Math.max(0, rest.length - 1) }, (_, i) => i + 1)).filter((cut) => cut <= MAX_NAME_WORDS);
  const out: { fromText: string; toText: string; reason: string }[] = [];
  for (const cut of cuts) {
    const lastEnd = reasonGiven ? rest.length : Math.min(rest.length, cut + MAX_NAME_WORDS);
    for (let end = rest.length; end > cut; end--) {
      if (end - cut > MAX_NAME_WORDS || (end < rest.length && end > lastEnd)) continue;
      out.push({ fromText: rest.slice(0, cut).join(' '), toText: rest.slice(cut, end).join(' '), reason: rest.slice(end).join(' ') });
      if (reasonGiven) break;
    }
  }
  return out;
}

export function readReallocationWords(db: BudgetDb, text: string): ReallocationWords {
  const { head, reason: markedReason } = splitReason(text);
  const tokens = head.split(/\s+/).filter(Boolean);
  const splits = amountSplits(tokens);
  if (splits.length === 0) return { amount: null, fromText: '', toText: '', reason: markedReason, pairs: [] };
  const resolved = new Map<string, AccountResolution>();
  const resolve = (words: string) => {
    let found = resolved.get(words);
    if (!found) resolved.set(words, (found = resolveAccount(db, words)));
    return found;
  };

  let fallback: { amount: number; fromText: string; toText: string; score: number } | null = null;
  for (const { amount, rest } of splits) {
    // A shorter reading of the amount ("5" of "5 млн") is tried only when the longer one leaves no plausible names.
    if (fallback?.score === 2) break;
    const pairs: (ReallocationWords['pairs'][number] & { reason: string })[] = [];
    for (const { fromText, toText, reason } of nameSplits(rest, markedReason !== '')) {
      const from = resolve(fromText);
      const to = resolve(toText);
      if (from.kind === 'one' && to.kind === 'one') {
        if (from.match.account !== to.match.account) pairs.push({ from: from.match, to: to.match, reason });
        // Both sides name one account: that is the mistake to report ("from and to are the same"), not a missing name.
        else if (!fallback || fallback.score < 2) fallback = { amount, fromText: from.match.account, toText: to.match.account, score: 2 };
        continue;
      }
      if (reason !== '') continue;
      const score = (from.kind === 'none' ? 0 : 1) + (to.kind === 'none' ? 0 : 1);
      if (!fallback || score > fallback.score) fallback = { amount, fromText, toText, score };
    }
    if (pairs.length > 0) {
      // Exact names first (so "a b test move" is a → b with a reason); among forgiving matches, the longest names.
      pairs.sort(
        (a, b) => Number(b.from.exact && b.to.exact) - Number(a.from.exact && a.to.exact) || a.reason.length - b.reason.length,
      );
      const unique = pairs.filter((p, i) => pairs.findIndex((q) => q.from.account === p.from.account && q.to.account === p.to.account) === i);
      const best = unique[0]!;
      return {
        amount,
        fromText: best.from.account,
        toText: best.to.account,
        reason: markedReason || best.reason,
        pairs: unique.map(({ from, to }) => ({ from, to })),
      };
    }
  }
  const first = splits[0]!;
  const guess = fallback ?? { amount: first.amount, fromText: first.rest.slice(0, 1).join(' '), toText: first.rest.slice(1).join(' ') };
  return { amount: guess.amount, fromText: guess.fromText, toText: guess.toText, reason: markedReason, pairs: [] };
}

