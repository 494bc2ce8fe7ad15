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
  // A name written as one inside the sentence ("освоение у ҚазАвтоЖол") is no sign of the question's language.
  const plain = words.replace(/(?<=[\p{L}\d,.:;)—–-]\s+)\p{Lu}\S*/gu, ' ');
  const kazakh = (s: string) => KAZAKH_LETTERS.test(s) || KAZAKH_WORDS.test(s) || KAZAKH_FRAME.test(s);
  if (kazakh(plain) || (kazakh(words) && !CYRILLIC.test(plain) && !LATIN_WORD.test(plain))) return 'kk';
  // An English question around a Russian name ("Единая агроплатформа — how much was paid …").
  if ((words.match(ENGLISH_FRAME) ?? []).length >= 2) return 'en';
  if (CYRILLIC.test(words)) return 'ru';
  if (LATIN_WORD.test(words)) return 'en';
  return null;
}
