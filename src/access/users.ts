import { eq } from 'drizzle-orm';
import type { BudgetDb } from '../../db/client.js';
import { languagePreferences, users, type Role } from '../../db/schema.js';
import { statement } from '../../db/statements.js';
import { langFromTelegramCode, type Lang } from '../i18n/lang.js';

// The two look-ups of every message use cached prepared statements (drizzle's builder prepares anew each call).

/** The role of a Telegram user: admin if listed in ADMIN_IDS, else what the database says, else none. */
export function roleOf(db: BudgetDb, telegramId: number, adminIds: readonly number[]): Role | null {
  if (adminIds.includes(telegramId)) return 'admin';
  const row = statement(db, 'SELECT role FROM users WHERE telegram_id = ?').get(telegramId) as { role: Role } | undefined;
  return row?.role ?? null;
}

export function grantRole(db: BudgetDb, telegramId: number, role: Role, grantedBy: number, now: Date): void {
  const row = { telegramId, role, grantedBy, grantedAt: now.toISOString() };
  db.insert(users).values(row).onConflictDoUpdate({ target: users.telegramId, set: row }).run();
}

/** Removes a user's access; true when there was any. */
export function revokeRole(db: BudgetDb, telegramId: number): boolean {
  return db.delete(users).where(eq(users.telegramId, telegramId)).run().changes > 0;
}

export function preferredLang(db: BudgetDb, telegramId: number): Lang | null {
  const row = statement(db, 'SELECT lang FROM language_preferences WHERE telegram_id = ?').get(telegramId) as { lang: Lang } | undefined;
  return row?.lang ?? null;
}

export function setPreferredLang(db: BudgetDb, telegramId: number, lang: Lang): void {
  db.insert(languagePreferences).values({ telegramId, lang }).onConflictDoUpdate({ target: languagePreferences.telegramId, set: { lang } }).run();
}

/** The language to answer in: the one chosen with /lang, else Telegram's language_code. */
export function replyLang(db: BudgetDb, telegramId: number, languageCode: string | undefined): Lang {
  return preferredLang(db, telegramId) ?? langFromTelegramCode(languageCode);
}
