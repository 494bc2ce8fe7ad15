import { dative, locative } from '../i18n/kazakh-case.js';
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { kk } from 'date-fns/locale/kk';
import { ru } from 'date-fns/locale/ru';
import { parseISO } from 'date-fns/parseISO';
import type { Lang } from '../i18n/lang.js';
import { formatDate } from './dates.js';

const LOCALES = { ru, kk, en: enUS } as const;
const ROMAN = ['I', 'II', 'III', 'IV'];

type Period = { kind: 'asOf'; date: string } | { kind: 'range'; from: string; to: string; grain: string };

const monthName = (date: string, lang: Lang): string => format(parseISO(date), lang === 'en' ? 'MMMM' : 'LLLL', { locale: LOCALES[lang] });
const year = (date: string): string => date.slice(0, 4);

/**
 * A period as a reply names it: "март 2026" / "2026 жылғы наурыз" / "March 2026", "II квартал 2026",
 * "I полугодие 2026", "2026 год", "с 1 января по 30 ноября 2026", "на 1 июля 2026", "за всё время".
 */
export function formatPeriod(period: Period, lang: Lang): string {
  if (period.kind === 'asOf') return { ru: `на ${formatDate(period.date, 'ru')}`, kk: `${locative(formatDate(period.date, 'kk'))} жағдай бойынша`, en: `as of ${formatDate(period.date, 'en')}` }[lang];
  const { from, to, grain } = period;
  const y = year(from);
  switch (grain) {
    case 'all':
      return { ru: `за всё время (по ${formatDate(to, 'ru')})`, kk: `барлық кезең (${dative(formatDate(to, 'kk'))} дейін)`, en: `all to date (${formatDate(to, 'en')})` }[lang];
    case 'month':
      return { ru: `${monthName(from, 'ru')} ${y}`, kk: `${y} жылғы ${monthName(from, 'kk')}`, en: `${monthName(from, 'en')} ${y}` }[lang];
    case 'quarter': {
      const q = Math.floor((Number(from.slice(5, 7)) - 1) / 3);
      return { ru: `${ROMAN[q]} квартал ${y}`, kk: `${y} жылғы ${ROMAN[q]} тоқсан`, en: `Q${q + 1} ${y}` }[lang];
    }
    case 'half': {
      const h = from.slice(5, 7) === '01' ? 0 : 1;
      return { ru: `${ROMAN[h]} полугодие ${y}`, kk: `${y} жылғы ${ROMAN[h]} жартыжылдық`, en: `H${h + 1} ${y}` }[lang];
    }
    case 'year':
      return { ru: `${y} год`, kk: `${y} жыл`, en: y }[lang];
    default: {
      // A span of days, the year to date among them.
      const sameYear = year(from) === year(to);
      const start = sameYear && lang !== 'kk' ? formatDate(from, lang).replace(/ \d{4}$/, '') : formatDate(from, lang);
      return { ru: `с ${start} по ${formatDate(to, 'ru')}`, kk: `${start} – ${formatDate(to, 'kk')}`, en: `${start} – ${formatDate(to, 'en')}` }[lang];
    }
  }
}
