import { LANGS, type Lang } from './lang.js';

/** The same text in every language, made by one function of the language. */
export function perLang(make: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Record<Lang, string>;
}
