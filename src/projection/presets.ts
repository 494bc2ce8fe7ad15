import type { Lang } from '../i18n/lang.js';

// Multiplier presets, with their sources in docs/projection.md. A reply must always say which multiplier it used.

export const PRESET_NAMES = ['ministry', 'imf-2020', 'advanced-economies', 'conservative'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Where published estimates of public-investment multipliers lie (IMF 2017 long run … IMF 2020). */
export const EMPIRICAL_MULTIPLIER_RANGE = { min: 1, max: 2.7 } as const;

export interface ScenarioPreset {
  name: PresetName;
  multiplier: number;
  source: string;
  /** A short name for legends and tables. */
  title: Record<Lang, string>;
  description: Record<Lang, string>;
  /** Only for presets above the empirical range: why the figure needs care. */
  note?: Record<Lang, string>;
}

export const SCENARIO_PRESETS: Record<PresetName, ScenarioPreset> = {
  ministry: {
    name: 'ministry',
    multiplier: 5,
    source: 'Minister Zh. Madiyev at the extended government meeting, BAQ.KZ, 10 Feb 2026',
    title: { ru: 'Министерство', kk: 'Министрлік', en: 'Ministry' },
    description: {
      ru: 'Оценка министерства ИИ: отдача 5:1',
      kk: 'ЖИ министрлігінің бағасы: қайтарым 5:1',
      en: 'The AI ministry’s figure: a 5-to-1 return',
    },
    note: {
      ru: 'Мультипликатор 5:1 выше эмпирического диапазона 1–2,7',
      kk: '5:1 мультипликаторы эмпирикалық 1–2,7 аралығынан жоғары',
      en: 'The 5:1 multiplier is above the empirical range of 1–2.7',
    },
  },
  'imf-2020': {
    name: 'imf-2020',
    multiplier: 2.7,
    source: 'IMF Fiscal Monitor, October 2020',
    title: { ru: 'МВФ 2020', kk: 'ХВҚ 2020', en: 'IMF 2020' },
    description: {
      ru: 'МВФ: 1 % ВВП госинвестиций даёт +2,7 % ВВП за ~2 года',
      kk: 'ХВҚ: ЖІӨ-нің 1 %-ы көлеміндегі мемлекеттік инвестиция ~2 жылда ЖІӨ-ні 2,7 %-ға арттырады',
      en: 'IMF: public investment of 1% of GDP adds 2.7% to GDP in ~2 years',
    },
  },
  'advanced-economies': {
    name: 'advanced-economies',
    multiplier: 1.5,
    source: 'Ilzetzki, Mendoza, Végh (2013), Journal of Monetary Economics',
    title: { ru: 'Развитые страны', kk: 'Дамыған елдер', en: 'Advanced economies' },
    description: {
      ru: 'Развитые страны: ~1,5 за 5 лет (0,4 в первый год)',
      kk: 'Дамыған елдер: 5 жылда ~1,5 (бірінші жылы 0,4)',
      en: 'Advanced economies: ~1.5 after 5 years (0.4 on impact)',
    },
  },
  conservative: {
    name: 'conservative',
    multiplier: 1,
    source: 'IMF (2017), public investment multipliers in developing economies, long run',
    title: { ru: 'Консервативная оценка', kk: 'Сақ бағалау', en: 'Conservative' },
    description: {
      ru: 'Развивающиеся страны: ~0,2 сразу, до ~1 в долгосрочной перспективе',
      kk: 'Дамушы елдер: бірден ~0,2, ұзақ мерзімде ~1-ге дейін',
      en: 'Developing economies: ~0.2 at first, towards 1 in the long run',
    },
  },
};

/** A preset by name, case-insensitive; undefined if there is none. */
export function findPreset(name: string): ScenarioPreset | undefined {
  const key = name.trim().toLowerCase();
  return (PRESET_NAMES as readonly string[]).includes(key) ? SCENARIO_PRESETS[key as PresetName] : undefined;
}

/** True for a multiplier above what published estimates support (the ministry's 5 is). */
export function isAboveEmpiricalRange(multiplier: number): boolean {
  return multiplier > EMPIRICAL_MULTIPLIER_RANGE.max;
}
