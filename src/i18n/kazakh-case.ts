// Kazakh case endings for the last word of a phrase ("2026 жылғы 1 қаңтар" → "…қаңтардан бастап",
// "…30 қарашаға дейін"). The ending follows the word's last vowel (back а о ұ ы, front ә ө ү і е)
// and its last sound (a vowel, a voiced or sonorant consonant, a voiceless one, a nasal): the
// declension rules of Kazakh grammars, and the twelve month forms a Kazakh-reading reviewer of this
// bot's texts listed (test/i18n/kazakh-case.test.ts holds them).

const FRONT = /[әөүіеэ]/u;
const BACK = /[аоұыяюуё]/u;
const VOICELESS = /[кқпстфхцчшщ]$/u;
const NASAL = /[мнң]$/u;
const VOWEL = /[аәеёиоөұүыіэюяу]$/u;

function isFront(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    if (FRONT.test(word[i]!)) return true;
    if (BACK.test(word[i]!)) return false;
  }
  return false;
}

/** The phrase with its last word in the ablative (шығыс септік): қаңтардан, ақпаннан, қыркүйектен, шілдеден. */
export function ablative(phrase: string): string {
  const word = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
  const vowel = isFront(word) ? 'е' : 'а';
  const consonant = VOWEL.test(word) ? 'д' : NASAL.test(word) ? 'н' : VOICELESS.test(word) ? 'т' : 'д';
  return `${phrase}${consonant}${vowel}н`;
}

/** The phrase with its last word in the dative (барыс септік): қарашаға, қаңтарға, қыркүйекке, шілдеге. */
export function dative(phrase: string): string {
  const word = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
  const front = isFront(word);
  return `${phrase}${VOICELESS.test(word) ? (front ? 'ке' : 'қа') : front ? 'ге' : 'ға'}`;
}

/** The phrase with its last word taking -дағы/-дегі/-тағы/-тегі ("in, as of"): қарашадағы, қыркүйектегі. */
export function locative(phrase: string): string {
  const word = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
  const front = isFront(word);
  return `${phrase}${VOICELESS.test(word) ? 'т' : 'д'}${front ? 'егі' : 'ағы'}`;
}
