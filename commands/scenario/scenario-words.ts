import { findPattern, numberAt, signalPatterns, tokenFitsAny, type Reading } from '../../src/language/index.js';

/** A scenario's numbers in a question: the share of GDP (the percent nearest "ВВП"), years, multiplier. */
export function scenarioArgsFromQuestion(r: Reading): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  const tokens = r.tokens;
  const gdpAt = signalPatterns('gdp').flatMap((p) => findPattern(tokens, p).map((h) => h.tokenStart));
  const share = r.percents.find((p) => gdpAt.some((g) => Math.abs(g - p.tokenStart) <= 3 || Math.abs(g - p.tokenEnd) <= 2)) ?? r.percents[0];
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
  for (let k = 0; k < tokens.length && args.multiplier === undefined; k++) {
    if (!tokenFitsAny(tokens[k], multPatterns)) continue;
    for (const j of [k + 1, k + 2, k + 3, k - 1, k - 2]) {
      if (j < 0 || j >= tokens.length || taken[j]) continue;
      if (j > k + 1 && !tokens.slice(k + 1, j).every((t) => t.ignorable || /^(?:x|х|равн\p{L}*|тең|of|is|=)$/u.test(t.text))) continue;
      const n = numberAt(tokens, j);
      if (n && n.value > 0 && n.value <= 100) {
        args.multiplier = n.value;
        break;
      }
    }
  }
  return args;
}
