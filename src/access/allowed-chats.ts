import { eq } from 'drizzle-orm';
import type { BudgetDb } from '../../db/client.js';
import { allowedChats } from '../../db/schema.js';
import { statement } from '../../db/statements.js';

/** Group chats an admin opened with /allowchat: everyone in them may query, only editors reallocate. */
export function isChatAllowed(db: BudgetDb, chatId: number): boolean {
  return statement(db, 'SELECT 1 FROM allowed_chats WHERE chat_id = ?').get(chatId) !== undefined;
}

export function allowChat(db: BudgetDb, chatId: number, allowedBy: number, now: Date): void {
  db.insert(allowedChats).values({ chatId, allowedBy, allowedAt: now.toISOString() }).onConflictDoNothing().run();
}

/** True when the chat had been allowed. */
export function denyChat(db: BudgetDb, chatId: number): boolean {
  return db.delete(allowedChats).where(eq(allowedChats.chatId, chatId)).run().changes > 0;
}
