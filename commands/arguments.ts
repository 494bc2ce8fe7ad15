import type { Lang } from '../src/i18n/lang.js';
import { COMMON_TEXT } from '../src/i18n/common-text.js';
import { perLang } from '../src/i18n/per-lang.js';
import { parseDate } from '../src/language/index.js';
import { localName } from '../src/i18n/local-names.js';
import { resolveName, type NamedThing } from '../src/queries/resolve-names.js';
import type { NamedKind } from '../db/stores/catalogue-store.js';
import { ChoiceNeeded, UserError, type CommandContext } from './command.js';

// Reading the words after a command: dates, and names of projects, sources and areas.

/**
 * Splits `words` into a date at its end (`2026-03-01`, `01.03.2026`, `1 марта`, `1 марта 2026`) and
 * the rest. Returns the rest unchanged when no date is there.
 */
export function splitTrailingDate(words: string, today: string): { rest: string; date?: string } {
  const tokens = words.trim().split(/\s+/).filter(Boolean);
  for (let size = Math.min(3, tokens.length); size >= 1; size--) {
    const date = parseDate(tokens.slice(-size).join(' '), today);
    if (date) return { rest: tokens.slice(0, -size).join(' '), date };
  }
  return { rest: tokens.join(' ') };
}

/** A date argument that must be a date: a clear error otherwise. */
export function requireDate(text: string, context: CommandContext): string {
  const date = parseDate(text.trim(), context.today);
  if (!date) throw new UserError(perLang((lang) => COMMON_TEXT[lang].badDate(text.trim())));
  return date;
}

/**
 * The project, source or area the user meant: one clear match, or buttons to choose from
 * (`actionFor` builds the command each button runs), or a polite "not found".
 */
export function resolveOrAsk(
  context: CommandContext,
  kind: NamedKind,
  text: string,
  actionFor: (id: string) => string,
  notFound: (text: string, lang: Lang) => string,
): NamedThing {
  const found = resolveName(context.services.db, kind, text);
  if (found.kind === 'one') return found.match;
  if (found.kind === 'several') {
    const choices = found.candidates.map((c) => ({ label: localName(c, context.lang), action: actionFor(c.id) }));
    // Only alike: say it is not there, and offer the closest names.
    throw new ChoiceNeeded(choices, found.sure ? undefined : perLang((lang) => `${notFound(text, lang)} ${COMMON_TEXT[lang].closest}`));
  }
  throw new ChoiceNeeded([], perLang((lang) => notFound(text, lang)));
}
