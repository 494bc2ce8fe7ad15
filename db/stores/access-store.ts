import type { BudgetDb } from '../client.js';
import type { allowedChats, languagePreferences, Role, users } from '../schema.js';
import { prepared } from './prepared.js';

// Who may use the bot: users and their roles, language choices, groups the bot answers in.

export type UserRow = typeof users.$inferSelect;
export type LanguagePreferenceRow = typeof languagePreferences.$inferSelect;
export type AllowedChatRow = typeof allowedChats.$inferSelect;
type Lang = LanguagePreferenceRow['lang'];

export function roleInDatabase(db: BudgetDb, telegramId: number): Role | null {
  return (prepared(db, 'SELECT role FROM users WHERE telegram_id = ?').get(telegramId) as { role: Role } | undefined)?.role ?? null;
}

export function upsertUser(db: BudgetDb, row: Omit<UserRow, 'name'>): void {
  prepared(
    db,
    `INSERT INTO users (telegram_id, role, granted_by, granted_at) VALUES (@telegramId, @role, @grantedBy, @grantedAt)
     ON CONFLICT (telegram_id) DO UPDATE SET role = excluded.role, granted_by = excluded.granted_by, granted_at = excluded.granted_at`,
  ).run(row);
}

/** True when there was a user to remove. */
export function deleteUser(db: BudgetDb, telegramId: number): boolean {
  return prepared(db, 'DELETE FROM users WHERE telegram_id = ?').run(telegramId).changes > 0;
}

export function languageOf(db: BudgetDb, telegramId: number): Lang | null {
  return (prepared(db, 'SELECT lang FROM language_preferences WHERE telegram_id = ?').get(telegramId) as { lang: Lang } | undefined)?.lang ?? null;
}

export function setLanguage(db: BudgetDb, telegramId: number, lang: Lang): void {
  prepared(db, 'INSERT INTO language_preferences (telegram_id, lang) VALUES (?, ?) ON CONFLICT (telegram_id) DO UPDATE SET lang = excluded.lang').run(telegramId, lang);
}

export function isChatAllowed(db: BudgetDb, chatId: number): boolean {
  return prepared(db, 'SELECT 1 FROM allowed_chats WHERE chat_id = ?').get(chatId) !== undefined;
}

export function allowChat(db: BudgetDb, row: AllowedChatRow): void {
  prepared(db, 'INSERT INTO allowed_chats (chat_id, allowed_by, allowed_at) VALUES (@chatId, @allowedBy, @allowedAt) ON CONFLICT DO NOTHING').run(row);
}

/** True when the chat had been allowed. */
export function denyChat(db: BudgetDb, chatId: number): boolean {
  return prepared(db, 'DELETE FROM allowed_chats WHERE chat_id = ?').run(chatId).changes > 0;
}
