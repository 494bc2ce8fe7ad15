import type { Lang } from '../i18n/lang.js';

const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const KAZAKH_WORDS = /(^|[^а-яёәғқңөұүһі])(қанша|қандай|туралы|жоба|бойынша|керек|және|бар|жоқ|көрсет|тізім|канша|кандай|жане|корсет|тизим)/i;
/** "ал … ше?" ("and …?") frames a Kazakh follow-up written without Kazakh letters. */
const KAZAKH_FRAME = /^\s*ал\s|\sше\s*[?!.]*\s*$|(^|\s)мен(\s|$)/i;
const CYRILLIC = /[а-яё]/i;
const LATIN_WORD = /[a-z]{3,}/i;
const ENGLISH_FRAME = /(?<![a-z])(?:how|what|which|who|the|was|were|is|are|did|does|has|have|much|many|show|give|list|for|of|in)(?![a-z])/gi;

/**
 * The language a question is written in, when the letters say so clearly: Kazakh-only letters or
 * words → kk, other Cyrillic → ru, Latin words → en; null for numbers, ids and commands alone.
 */
export function detectLanguage(text: string): Lang | null {
  // A name in quotes is often in another language than the question around it.
  const outside = text.replace(/[«"“„][^»"”]*[»"”]/gu, ' ');
  const words = /\p{L}{2,}/u.test(outside) ? outside : text;
  if (KAZAKH_LETTERS.test(words) || KAZAKH_WORDS.test(words) || KAZAKH_FRAME.test(words)) return 'kk';
  // An English question around a Russian name ("Единая агроплатформа — how much was paid …").
  if ((words.match(ENGLISH_FRAME) ?? []).length >= 2) return 'en';
  if (CYRILLIC.test(words)) return 'ru';
  if (LATIN_WORD.test(words)) return 'en';
  return null;
}
