import type { BudgetDb } from '../../db/client.js';
import type { Role } from '../../db/schema.js';
import { deleteUser, languageOf, roleInDatabase, setLanguage, upsertUser } from '../../db/stores/access-store.js';
import { langFromTelegramCode, type Lang } from '../i18n/lang.js';

/** The role of a Telegram user: admin if listed in ADMIN_IDS, else what the database says, else none. */
export function roleOf(db: BudgetDb, telegramId: number, adminIds: readonly number[]): Role | null {
  return adminIds.includes(telegramId) ? 'admin' : roleInDatabase(db, telegramId);
}

export function grantRole(db: BudgetDb, telegramId: number, role: Role, grantedBy: number, now: Date): void {
  upsertUser(db, { telegramId, role, grantedBy, grantedAt: now.toISOString() });
}

/** Removes a user's access; true when there was any. */
export const revokeRole = (db: BudgetDb, telegramId: number): boolean => deleteUser(db, telegramId);

export const preferredLang = (db: BudgetDb, telegramId: number): Lang | null => languageOf(db, telegramId);

export const setPreferredLang = (db: BudgetDb, telegramId: number, lang: Lang): void => setLanguage(db, telegramId, lang);

/** The language to answer in: the one chosen with /lang, else Telegram's language_code. */
export function replyLang(db: BudgetDb, telegramId: number, languageCode: string | undefined): Lang {
  return preferredLang(db, telegramId) ?? langFromTelegramCode(languageCode);
}
