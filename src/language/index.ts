// Free-text understanding: a question → a command with arguments, and the pieces it is made of
// (amounts, dates, percents, forgiving name matching) for commands to read their own words with.
export { parseText, rankIntents, MAX_INPUT_CHARS, type ParseResult, type ParseOptions, type IntentArgs } from './parse-text.js';
export { weighted, type IntentWords, type LexiconEntry, type PreviousQuestion, type ReadArgs, type Subject } from './intent-words.js';
export { followUpSigns, oneOfKindNamed } from './follow-up.js';
export {
  read as readQuestion,
  bestMentionOf,
  catalogueCandidates,
  has,
  idsOf,
  mentionsOf,
  candidateOf,
  namedIds,
  projectChoices,
  putIf,
  topKind,
  withChoices,
  ENTITY_KINDS,
  PLACE_NOUN,
  type Catalogue,
  type EntityKind,
  type Reading,
} from './reading.js';
export { parseAmount, findAmount, findAmounts } from './parse-amount.js';
export { parseDate, findDate } from './parse-date.js';
export { parsePercent, parseNumberWords, numberAt } from './parse-number-words.js';
export { candidatesAtPlace, matchEntities, findMentions, type EntityCandidate, type Mention } from './match-entity.js';
export { normalizeText, transliterate, phoneticKey } from './normalize-text.js';
export { tokenize, type Token } from './tokenize.js';
export { placeOf, placesInNames } from './places.js';
export { findStatus, signalPatterns } from './vocabulary.js';
export { anyPatternIn, compileAll, findPattern, tokenFitsAny, type CompiledPattern } from './keyword-match.js';
export { isGenericWord, isStopWord } from './stop-words.js';
export { detectLanguage } from './detect-language.js';
export { editDistance } from './word-similarity.js';
export { asksRanking, asTyped, listEndNamed, saysRankingCount, readBudgetQuestion, passedBetweenProjects, SURE, wordsOfNamed, type BudgetQuestion } from './budget-question.js';
export { findPeriod, quarterByOrdinal, spansOneQuarter, type PeriodMatch } from './parse-period.js';
