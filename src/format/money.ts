import type { Lang } from '../i18n/lang.js';

// Money is whole tenge everywhere; this file is the only place that rounds it, for display.

const SCALES: Record<Lang, { value: number; unit: string }[]> = {
  ru: [
    { value: 1e12, unit: 'трлн' },
    { value: 1e9, unit: 'млрд' },
    { value: 1e6, unit: 'млн' },
    { value: 1e3, unit: 'тыс.' },
  ],
  kk: [
    { value: 1e12, unit: 'трлн' },
    { value: 1e9, unit: 'млрд' },
    { value: 1e6, unit: 'млн' },
    { value: 1e3, unit: 'мың' },
  ],
  en: [
    { value: 1e12, unit: 'trn' },
    { value: 1e9, unit: 'bn' },
    { value: 1e6, unit: 'mn' },
    { value: 1e3, unit: 'k' },
  ],
};

const NUMBER_LOCALE: Record<Lang, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-US' };

// Building an Intl.NumberFormat costs far more than using one (it was half of a reply's time): keep them.
const formatters = new Map<string, Intl.NumberFormat>();

/** A plain number in the language's style (decimal comma for ru/kk), with up to `maxFractionDigits`. */
export function formatNumber(value: number, lang: Lang, maxFractionDigits = 2): string {
  const key = `${lang}:${maxFractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: maxFractionDigits, minimumFractionDigits: 0 });
    formatters.set(key, formatter);
  }
  return formatter.format(value).replace(/\u00a0|\u202f/g, ' ');
}

const SIGNIFICANT_DIGITS = 4;

/**
 * `tenge / scale` to four significant digits, rounded half up in integer arithmetic (so 230 950 000 000
 * is 231 bn, not a float's 230.9), trailing zeros dropped: 31 300 000 000 → "31,3".
 */
function scaled(tenge: number, scale: number, lang: Lang): string {
  const integerDigits = Math.max(1, Math.floor(tenge / scale).toString().length);
  const decimals = Math.max(0, SIGNIFICANT_DIGITS - integerDigits);
  const unit = scale / 10 ** decimals;
  let units = Math.floor(tenge / unit);
  if (2 * (tenge - units * unit) >= unit) units += 1;
  return formatNumber(units / 10 ** decimals, lang, decimals);
}

/** Short form: `1,25 трлн ₸`, `31,3 млрд ₸` (ru/kk), `₸1.25 trn`, `₸31.3 bn` (en). */
export function formatMoneyShort(tenge: number, lang: Lang): string {
  const sign = tenge < 0 ? '−' : '';
  const abs = Math.abs(tenge);
  // 999 999 999 999 would round up to "1 000 млрд": pick the scale after rounding to four digits.
  const rounded = Number(abs.toPrecision(SIGNIFICANT_DIGITS));
  const scale = SCALES[lang].find((s) => rounded >= s.value);
  const body = scale ? `${scaled(abs, scale.value, lang)} ${scale.unit}` : formatNumber(abs, lang, 0);
  return lang === 'en' ? `${sign}₸${body}` : `${sign}${body} ₸`;
}

/** Every tenge: `235 700 000 000 ₸` (ru/kk), `₸235,700,000,000` (en). */
export function formatMoneyExact(tenge: number, lang: Lang): string {
  const sign = tenge < 0 ? '−' : '';
  const body = formatNumber(Math.abs(tenge), lang, 0);
  return lang === 'en' ? `${sign}₸${body}` : `${sign}${body} ₸`;
}

/** A percentage: `5,5 %` / `5.5%`. */
export function formatPercent(value: number, lang: Lang, maxFractionDigits = 2): string {
  const body = formatNumber(value, lang, maxFractionDigits);
  return lang === 'en' ? `${body}%` : `${body} %`;
}
