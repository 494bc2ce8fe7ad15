import { splitReason } from '../../src/reallocations/reallocation-words.js';
import { has, isGenericWord, isStopWord, signalPatterns, tokenFitsAny, topKind, idsOf, type Mention, type ReadArgs, type Reading } from '../../src/language/index.js';

// How a plain-language reallocation names its two sides: «переведи 2 млрд с ЦОД на киберщит»,
// "move 5bn from KazLLM to the supercomputer", «KazLLM-нен суперкомпьютерге 5 млрд аудар».

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

function reallocationArgs(r: Reading): { args: Record<string, unknown>; alternatives?: { from?: string[]; to?: string[] } } {
  const args: Record<string, unknown> = {};
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
  if (args.from === undefined && r.index.sourceIds.length === 1 && has(r, 'reserve')) args.from = `reserve:${r.index.sourceIds[0]}`;
  // "… — усиление мониторинга", "…: перенос сроков", "… because …": the reason, as the slash command reads it.
  const { reason } = splitReason(r.text);
  if (reason) args.reason = reason;
  return { args, ...(alternatives.from || alternatives.to ? { alternatives } : {}) };
}


/** The reallocation's evidence beyond its verbs: an amount of money and two accounts say "move money". */
const ASKS_HOW_MUCH = /(?:^|[^\p{L}])(?:сколько|скольк\p{L}*|how much|how many|қанша)(?:$|[^\p{L}])/iu;

export function reallocationScore(r: Reading, keywords: number): number {
  const moneyAmount = r.amounts.find((a) => a.hasScale || a.hasCurrency);
  // A bare number counts as money only when large and not a year ("за 2026").
  const anyAmount = moneyAmount ?? r.amounts.find((a) => a.value >= 1000 && !(a.value >= 1900 && a.value <= 2100));
  const accounts = r.mentions.filter((m) => topKind(m) === 'project' || topKind(m) === 'source').length;
  let score = keywords;
  const moveVerb = keywords > 0;
  if (moveVerb && anyAmount) score += 3;
  if (moveVerb && accounts >= 2) score += 2;
  if (!moveVerb && moneyAmount && accounts >= 2) score += 4;
  // No other command takes a sum of money: "из резерва на KazLLM 5 млрд" is a transfer too.
  else if (!moveVerb && moneyAmount && accounts === 1) score += 3.5;
  if (!anyAmount && accounts < 2) score *= 0.4;
  // "How much did X shift to Y?" asks about a movement; an order names its sum, as money (a bare
  // number beside "how much" is a name's: "топокарты 1:10000").
  if (!moneyAmount && ASKS_HOW_MUCH.test(r.text)) score *= 0.3;
  return score;
}

/** The reallocation's arguments: amount, from, to (and the choices when a side could be several accounts). */
export function reallocationQuestionArgs(r: Reading): ReadArgs {
  const { args, alternatives } = reallocationArgs(r);
  const choices: { key: string; values: unknown[] }[] = [];
  if (alternatives?.from) choices.push({ key: 'from', values: alternatives.from });
  if (alternatives?.to) choices.push({ key: 'to', values: alternatives.to });
  return choices.length ? { args, choices } : { args };
}
