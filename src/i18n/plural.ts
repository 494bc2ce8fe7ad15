import type { Lang } from './lang.js';

// A noun after a number in the reader's language: "1 project, 2 projects"; "1 проект, 3 проекта,
// 5 проектов"; in Kazakh a noun after a number does not change ("5 жоба").

const RULES: Record<Lang, Intl.PluralRules> = { ru: new Intl.PluralRules('ru'), kk: new Intl.PluralRules('kk'), en: new Intl.PluralRules('en') };

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** `n` and the form of the noun that goes with it, e.g. countOf('ru', 3, PROJECTS.ru) → "3 проекта". */
export function countOf(lang: Lang, n: number, forms: PluralForms): string {
  return `${n.toLocaleString(lang === 'en' ? 'en-US' : lang)} ${forms[RULES[lang].select(n)] ?? forms.other}`;
}

export const PROJECTS: Record<Lang, PluralForms> = {
  ru: { one: 'проект', few: 'проекта', many: 'проектов', other: 'проекта' },
  kk: { other: 'жоба' },
  en: { one: 'project', other: 'projects' },
};

export const DAYS: Record<Lang, PluralForms> = {
  ru: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
  kk: { other: 'күн' },
  en: { one: 'day', other: 'days' },
};
