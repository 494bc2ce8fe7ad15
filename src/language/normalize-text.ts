// Text normalisation for matching: one canonical form for Russian, Kazakh and English input,
// plus Latin↔Cyrillic transliteration and a phonetic key that lets "kazllm" meet "КазЛЛМ".

import { keptAnswers } from './kept-answers.js';

/**
 * Lower-case, ё→е, drop control/format characters (RTL marks, zero-width joiners, soft hyphens),
 * turn punctuation, quotes, emoji and symbols into spaces, collapse spaces.
 * Kept: letters of any script (Kazakh ә ғ қ ң ө ұ ү һ і included), digits, `%`, `₸`,
 * and `. , - /` when they sit between two digits (2,5 · 1.2 · 2026-03-01 · 01/03/2026),
 * and a minus directly in front of a number that does not follow a word (so "-5" stays negative).
 */
export function normalizeText(input: string): string {
  // A Russian adjective ending hyphened to initials ("ЕБРР-овский заём", "AIIB-шный") is the initials,
  // and so are initials with "и" (and) in lower case ("УПТиАД": names are indexed by their content words).
  const initials = String(input)
    .normalize('NFKC')
    .replace(/(?<![\p{L}\p{Nd}])(\p{Lu}{2,6})-(?:ов|ев)?(?:ск|шн)\p{Ll}*/gu, '$1')
    // A Russian case ending glued to initials ("у НИТа", "ЦОДу") is the initials.
    .replace(/(?<![\p{L}\p{Nd}])(\p{Lu}{2,5})(?:а|у|е|ом|ой|ы|ов|ам|ами|ах)(?![\p{L}\p{Nd}])/gu, '$1')
    .replace(/(?<![\p{L}\p{Nd}])(\p{Lu}{2,5})и(\p{Lu}{1,4})(?![\p{L}\p{Nd}])/gu, '$1$2');
  // Latin letters with accents as their plain letters ("Tańba" → "tanba"); Cyrillic й and ё keep theirs.
  let s = initials.toLowerCase().normalize('NFD').replace(/([a-z])\p{M}+/gu, '$1').normalize('NFC');
  s = s.replace(/ё/g, 'е');
  // The English possessive ("Children's Rights") is no word of its own: it would split a name.
  s = s.replace(/([a-z])['’]s(?![\p{L}\p{Nd}])/gu, '$1');
  s = s.replace(/\p{Cf}/gu, ''); // format chars: RTL/LTR marks, ZWJ, soft hyphen — invisible, glue words
  s = s.replace(/\p{M}/gu, ''); // stray combining marks (after NFKC composed letters keep theirs)
  s = s.replace(/[\u2212\u2012\u2013\u2014]/g, '-');
  // "ск-ко", "ск.", "скок" are "сколько" written short in a hurry.
  s = s.replace(/(?<![\p{L}\p{Nd}])ск-ко(?![\p{L}\p{Nd}])/gu, 'сколько');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (/[\p{L}\p{Nd}%₸]/u.test(ch)) {
      out += ch;
      continue;
    }
    const prev = s[i - 1] ?? '';
    const next = s[i + 1] ?? '';
    if ('.,-/'.includes(ch) && /\d/.test(prev) && /\d/.test(next)) {
      out += ch;
      continue;
    }
    if (ch === '-' && /\d/.test(next) && !/[\p{L}\p{Nd}]/u.test(prev)) {
      out += ch;
      continue;
    }
    out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}

const CYR_TO_LAT: Record<string, string> = {
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z',
  и: 'i', й: 'y', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

// Longest first: multi-letter Latin sequences before single letters.
const LAT_TO_CYR: [string, string][] = [
  ['shch', 'щ'], ['sch', 'щ'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'],
  ['yu', 'ю'], ['ya', 'я'], ['yo', 'ё'], ['ye', 'е'], ['ph', 'ф'],
  ['a', 'а'], ['b', 'б'], ['c', 'к'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'],
  ['i', 'и'], ['j', 'ж'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'],
  ['q', 'қ'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['w', 'в'], ['x', 'кс'],
  ['y', 'ы'], ['z', 'з'],
  ['ä', 'ә'], ['ğ', 'ғ'], ['ı', 'ы'], ['ñ', 'ң'], ['ö', 'ө'], ['ş', 'ш'], ['ū', 'ұ'], ['ü', 'ү'], ['ç', 'ч'],
];

/**
 * Transliterate Russian/Kazakh Cyrillic to Latin (`'latin'`), or Latin (including the 2021
 * Kazakh Latin alphabet) to Cyrillic (`'cyrillic'`). Other characters pass through. Lower-case output.
 */
export function transliterate(text: string, to: 'latin' | 'cyrillic'): string {
  const s = String(text).toLowerCase();
  if (to === 'latin') {
    let out = '';
    for (const ch of s) out += CYR_TO_LAT[ch] ?? ch;
    return out;
  }
  let out = '';
  let i = 0;
  outer: while (i < s.length) {
    for (const [lat, cyr] of LAT_TO_CYR) {
      if (s.startsWith(lat, i)) {
        out += cyr;
        i += lat.length;
        continue outer;
      }
    }
    out += s[i];
    i++;
  }
  return out;
}

/**
 * A rough phonetic key of one word, the same for its Cyrillic and Latin spellings:
 * Кибер­щит / kiberschit → "kiberšit", суперкомпьютер / supercomputer → "superkomputer",
 * КазЛЛМ / kazllm → "kazlm". Used to compare words, never shown.
 */
export const phoneticKey = keptAnswers(50_000, (word: string): string => {
  let s = transliterate(word.toLowerCase().replace(/ё/g, 'е'), 'latin');
  s = s
    .replace(/ä/g, 'a').replace(/ğ/g, 'g').replace(/q/g, 'k').replace(/ñ/g, 'n').replace(/ö/g, 'o')
    .replace(/ş/g, 'sh').replace(/[ūü]/g, 'u').replace(/ı/g, 'i').replace(/ç/g, 'ch');
  s = s
    .replace(/shch|sch/g, 'š')
    .replace(/sh/g, 'š')
    .replace(/tch|ch/g, 'č')
    .replace(/dzh|zh|dj|j/g, 'ž')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ts|tz/g, 's') // ц: Нацфонд ~ национальный, cifrovaya ~ цифровая
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/(?<=[^aeiou])yo/g, 'e') // ё typed as "yo" after a consonant: zavershyonnye ~ завершенные
    .replace(/y/g, 'i')
    .replace(/iu/g, 'u')
    .replace(/['’`]/g, '');
  if (s.length > 3) s = s.replace(/(.)\1+/g, '$1'); // ИИ stays "ii", not "i"
  return s;
});
