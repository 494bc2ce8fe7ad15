// Free-text understanding for the bot: parse a request into a command with arguments, and the
// pieces it is made of (amounts, dates, percentages, entity matching), for commands to reuse.
export { parseText, MAX_INPUT_CHARS, INTENT_NAMES } from './parse-text.js';
export type { Catalogue, IntentArgs, IntentName, ParseOptions, ParseResult } from './parse-text.js';
export { isIntentName } from './intent-names.js';
export { parseAmount, findAmount, findAmounts } from './parse-amount.js';
export type { AmountMatch, FindAmountOptions } from './parse-amount.js';
export { parseDate, findDate, findDateInTokens, monthOf } from './parse-date.js';
export type { DateMatch } from './parse-date.js';
export { parsePercent, parseNumberWords, findPercents, numberAt, numberWordValue, parseDecimal } from './parse-number-words.js';
export type { PercentMatch } from './parse-number-words.js';
export { matchEntities, findMentions, queryTokens } from './match-entity.js';
export type { EntityCandidate, EntityMatch, MatchOptions, Mention, MentionOptions, QueryToken } from './match-entity.js';
export { normalizeText, transliterate, phoneticKey } from './normalize-text.js';
export { tokenize } from './tokenize.js';
export type { Token } from './tokenize.js';
export { INTENT_LEXICON, STATUS_WORDS, PROJECT_STATUSES, findStatus } from './intent-lexicon.js';
export type { LexiconEntry, ProjectStatus } from './intent-lexicon.js';
export { detectLanguage } from './detect-language.js';
