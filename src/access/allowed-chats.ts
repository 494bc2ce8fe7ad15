import type { BudgetDb } from '../../db/client.js';
import { allowChat as storeAllowChat } from '../../db/stores/access-store.js';

export { denyChat, isChatAllowed } from '../../db/stores/access-store.js';

/** Lets everyone in a group query the bot (only editors reallocate). */
export function allowChat(db: BudgetDb, chatId: number, allowedBy: number, now: Date): void {
  storeAllowChat(db, { chatId, allowedBy, allowedAt: now.toISOString() });
}
