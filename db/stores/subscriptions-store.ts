import type { BudgetDb } from '../client.js';
import type { subscriptions } from '../schema.js';
import { prepared, runOne } from './prepared.js';

// Chats that asked for alerts. The only place that changes `subscriptions`.

export type SubscriptionRow = typeof subscriptions.$inferSelect;
export type Subscription = SubscriptionRow;

const COLUMNS = 'id, chat_id AS chatId, user_id AS userId, priority, min_amount AS minAmount, active, lang, created_at AS createdAt';

const toSubscription = (row: Omit<SubscriptionRow, 'active'> & { active: number }): Subscription => ({ ...row, active: row.active === 1 });

/** The chat's subscription (active or not), or null. */
export function subscriptionOf(db: BudgetDb, chatId: number): Subscription | null {
  const row = prepared(db, `SELECT ${COLUMNS} FROM subscriptions WHERE chat_id = ?`).get(chatId) as Parameters<typeof toSubscription>[0] | undefined;
  return row ? toSubscription(row) : null;
}

/** Every subscription, active or not, oldest first. */
export function listSubscriptions(db: BudgetDb): Subscription[] {
  return (prepared(db, `SELECT ${COLUMNS} FROM subscriptions ORDER BY id`).all() as Parameters<typeof toSubscription>[0][]).map(toSubscription);
}

/** Chats a user subscribed that still get alerts. */
export function activeChatsOf(db: BudgetDb, userId: number): number[] {
  return (prepared(db, 'SELECT chat_id AS chatId FROM subscriptions WHERE user_id = ? AND active = 1').all(userId) as { chatId: number }[]).map((r) => r.chatId);
}

/** Creates or replaces the chat's one subscription (active again); call inside a write transaction and read it back. */
export function upsertSubscription(db: BudgetDb, row: Omit<SubscriptionRow, 'id' | 'active'>): void {
  runOne(
    prepared(
      db,
      `INSERT INTO subscriptions (chat_id, user_id, priority, min_amount, active, lang, created_at)
       VALUES (@chatId, @userId, @priority, @minAmount, 1, @lang, @createdAt)
       ON CONFLICT (chat_id) DO UPDATE SET user_id = excluded.user_id, priority = excluded.priority,
         min_amount = excluded.min_amount, active = 1, lang = excluded.lang, created_at = excluded.created_at`,
    ),
    row,
  );
}

/** Turns a chat's subscription off; true when it was on. */
export function deactivateSubscription(db: BudgetDb, chatId: number): boolean {
  return prepared(db, 'UPDATE subscriptions SET active = 0 WHERE chat_id = ? AND active = 1').run(chatId).changes > 0;
}

/** A group became a supergroup: its subscription follows it (or switches off when the new chat has its own). */
export function moveSubscription(db: BudgetDb, fromChatId: number, toChatId: number): void {
  if (prepared(db, 'SELECT 1 FROM subscriptions WHERE chat_id = ?').get(toChatId)) deactivateSubscription(db, fromChatId);
  else prepared(db, 'UPDATE subscriptions SET chat_id = ? WHERE chat_id = ?').run(toChatId, fromChatId);
}
