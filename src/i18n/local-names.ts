import type { Lang } from './lang.js';

/** Something with an official name and maybe names in Kazakh and English. */
export interface LocalNames {
  name: string;
  nameKk?: string | null;
  nameEn?: string | null;
}

/** The name in the reader's language, the official one when there is none. */
export function localName(thing: LocalNames, lang: Lang): string {
  return (lang === 'kk' ? thing.nameKk : lang === 'en' ? thing.nameEn : null) || thing.name;
}

/**
 * The name as a reply shows it: in the reader's language, followed by the official name when that
 * differs ("Rural broadband (Широкополосный интернет в сёлах)"), so the name in the documents is
 * always there to recognise.
 */
export function displayName(thing: LocalNames, lang: Lang): string {
  const local = localName(thing, lang);
  return local === thing.name ? local : `${local} (${thing.name})`;
}
