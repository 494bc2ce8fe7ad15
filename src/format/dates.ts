// Per-function and per-locale imports: 'date-fns/locale' alone loads every locale (~0.6 s and 40 MB at start).
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { kk } from 'date-fns/locale/kk';
import { ru } from 'date-fns/locale/ru';
import { parseISO } from 'date-fns/parseISO';
import type { Lang } from '../i18n/lang.js';

const LOCALES = { ru, kk, en: enUS } as const;
const PATTERN: Record<Lang, string> = { ru: 'd MMMM yyyy', kk: "yyyy 'жылғы' d MMMM", en: 'd MMMM yyyy' };

// Replies name the same few hundred days again and again (a page of movements names five), and
// date-fns parses and formats each anew: the words are kept, a few thousand at most.
const FORMATTED = new Map<string, string>();
const FORMATTED_KEPT = 4096;

/** `2026-03-01` → `1 марта 2026` / `2026 жылғы 1 наурыз` / `1 March 2026`; without the year: `1 марта`. */
export function formatDate(isoDate: string, lang: Lang, options: { year?: boolean } = {}): string {
  const key = `${lang}${options.year === false ? '-' : '+'}${isoDate}`;
  let text = FORMATTED.get(key);
  if (text === undefined) {
    text = format(parseISO(isoDate), options.year === false ? 'd MMMM' : PATTERN[lang], { locale: LOCALES[lang] });
    if (FORMATTED.size >= FORMATTED_KEPT) FORMATTED.clear();
    FORMATTED.set(key, text);
  }
  return text;
}
