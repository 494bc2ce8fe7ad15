import type { BudgetDb } from '../../db/client.js';
import { statement } from '../../db/statements.js';
import type { Lang } from '../i18n/lang.js';

export interface Subscription {
  id: number;
  chatId: number;
  userId: number;
  /** A priority area id; null for every area. */
  priority: string | null;
  /** Whole tenge; null for any amount. */
  minAmount: number | null;
  active: boolean;
  lang: Lang;
  createdAt: string;
}

interface SubscriptionRow {
  id: number;
  chat_id: number;
  user_id: number;
  priority: string | null;
  min_amount: number | null;
  active: number;
  lang: Lang;
  created_at: string;
}

const toSubscription = (row: SubscriptionRow): Subscription => ({
  id: row.id,
  chatId: row.chat_id,
  userId: row.user_id,
  priority: row.priority,
  minAmount: row.min_amount,
  active: row.active === 1,
  lang: row.lang,
  createdAt: row.created_at,
});

export interface SubscribeInput {
  chatId: number;
  userId: number;
  priority?: string | null;
  minAmount?: number | null;
  lang: Lang;
}

/**
 * Subscribes a chat (one subscription per chat: subscribing again replaces its filters and
 * language). Only transfers recorded from now on are alerted.
 */
export function subscribe(db: BudgetDb, input: SubscribeInput, now: Date): Subscription {
  const row = statement(
    db,
    `INSERT INTO subscriptions (chat_id, user_id, priority, min_amount, active, lang, created_at)
     VALUES (@chatId, @userId, @priority, @minAmount, 1, @lang, @createdAt)
     ON CONFLICT (chat_id) DO UPDATE SET user_id = excluded.user_id, priority = excluded.priority,
       min_amount = excluded.min_amount, active = 1, lang = excluded.lang, created_at = excluded.created_at
     RETURNING *`,
  ).get({
    chatId: input.chatId,
    userId: input.userId,
    priority: input.priority ?? null,
    minAmount: input.minAmount ?? null,
    lang: input.lang,
    createdAt: now.toISOString(),
  }) as SubscriptionRow;
  return toSubscription(row);
}

/**
 * Stops a chat's alerts at once: the subscription turns inactive and its alerts not yet sent are
 * dropped. Returns false when the chat had no active subscription.
 */
export function unsubscribe(db: BudgetDb, chatId: number): boolean {
  const run = db.$client.transaction((): boolean => {
    const changed = statement(db, 'UPDATE subscriptions SET active = 0 WHERE chat_id = ? AND active = 1').run(chatId).changes > 0;
    dropPendingAlerts(db, chatId, 'unsubscribed');
    return changed;
  });
  return run.immediate();
}

/** Marks a chat's alerts not yet sent as dropped (with why), returning how many. */
export function dropPendingAlerts(db: BudgetDb, chatId: number, why: string): number {
  return statement(db, "UPDATE alert_outbox SET state = 'dropped', last_error = ? WHERE chat_id = ? AND state = 'pending'").run(why, chatId).changes;
}

/**
 * Stops every subscription made by a user (e.g. when their access is revoked), with their pending
 * alerts; returns how many subscriptions were stopped.
 */
export function unsubscribeAllOf(db: BudgetDb, userId: number): number {
  const run = db.$client.transaction((): number => {
    const chats = statement(db, 'SELECT chat_id FROM subscriptions WHERE user_id = ? AND active = 1').all(userId) as { chat_id: number }[];
    for (const { chat_id } of chats) unsubscribe(db, chat_id);
    return chats.length;
  });
  return run.immediate();
}

/** The chat's subscription (active or not), or null. */
export function subscriptionOf(db: BudgetDb, chatId: number): Subscription | null {
  const row = statement(db, 'SELECT * FROM subscriptions WHERE chat_id = ?').get(chatId) as SubscriptionRow | undefined;
  return row ? toSubscription(row) : null;
}

/** Every active subscription, oldest first. */
export function activeSubscriptions(db: BudgetDb): Subscription[] {
  return (statement(db, 'SELECT * FROM subscriptions WHERE active = 1 ORDER BY id').all() as SubscriptionRow[]).map(toSubscription);
}

/** Every subscription, active or not, oldest first (for admins and tests). */
export function listSubscriptions(db: BudgetDb): Subscription[] {
  return (statement(db, 'SELECT * FROM subscriptions ORDER BY id').all() as SubscriptionRow[]).map(toSubscription);
}
