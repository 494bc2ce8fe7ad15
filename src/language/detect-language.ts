import type { Lang } from '../i18n/lang.js';

const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const KAZAKH_WORDS = /(^|[^а-яёәғқңөұүһі])(қанша|қандай|туралы|жоба|бойынша|керек|және|бар|жоқ|көрсет|тізім)/i;
/** "ал … ше?" ("and …?") frames a Kazakh follow-up written without Kazakh letters. */
const KAZAKH_FRAME = /^\s*ал\s|\sше\s*[?!.]*\s*$|(^|\s)мен(\s|$)/i;
const CYRILLIC = /[а-яё]/i;
const LATIN_WORD = /[a-z]{3,}/i;

/**
 * The language a question is written in, when the letters say so clearly: Kazakh-only letters or
 * words → kk, other Cyrillic → ru, Latin words → en; null for numbers, ids and commands alone.
 */
export function detectLanguage(text: string): Lang | null {
  if (KAZAKH_LETTERS.test(text) || KAZAKH_WORDS.test(text) || KAZAKH_FRAME.test(text)) return 'kk';
  if (CYRILLIC.test(text)) return 'ru';
  if (LATIN_WORD.test(text)) return 'en';
  return null;
}
