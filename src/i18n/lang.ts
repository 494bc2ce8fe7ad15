import { z } from 'zod';
import { LANG_CODES } from '../../db/schema.js';

/** The reply languages: Russian, Kazakh, English (the database's list). */
export const LANGS = LANG_CODES;
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

/** Telegram's language_code → ours: Kazakh and Russian speakers get their language, everyone else English. */
export function langFromTelegramCode(code: string | undefined): Lang {
  const base = (code ?? '').toLowerCase().split('-')[0];
  if (base === 'kk') return 'kk';
  if (base === 'ru') return 'ru';
  return 'en';
}
