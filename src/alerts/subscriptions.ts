import { deactivateDigestsOf } from '../../db/stores/digests-store.js';
import { deactivateWatchesOf } from '../../db/stores/watches-store.js';
import type { QuietHours } from '../../db/stores/quiet-hours-store.js';
import { ensureQuietHours } from './quiet-hours.js';
import type { BudgetDb } from '../../db/client.js';
import { dropUnsent, moveUnsent } from '../../db/stores/outbox-store.js';
import { inWriteTransaction } from '../../db/stores/transaction.js';
import {
  activeChatsOf,
  deactivateSubscription,
  moveSubscription,
  subscriptionOf,
  upsertSubscription,
  type Subscription,
} from '../../db/stores/subscriptions-store.js';
import type { Lang } from '../i18n/lang.js';
import type { ChatChanges } from '../outbox/outbox-dispatcher.js';

export type { Subscription } from '../../db/stores/subscriptions-store.js';
export { listSubscriptions, subscriptionOf } from '../../db/stores/subscriptions-store.js';

/** Kinds of outbox message a subscription asked for: they stop with it. */
const SUBSCRIBED_KINDS = ['transfer-alert'] as const;

export interface SubscribeInput {
  chatId: number;
  userId: number;
  priority?: string | null;
  minAmount?: number | null;
  lang: Lang;
}

/**
 * Subscribes a chat (one subscription per chat: subscribing again replaces its filters and
 * language). Only transfers recorded from now on are alerted. Returns the subscription as stored:
 * read back after the write, so nothing is reported that the disk did not keep.
 */
export function subscribe(db: BudgetDb, input: SubscribeInput, now: Date, quietHours: QuietHours | null = null): Subscription {
  return inWriteTransaction(db, () => {
    ensureQuietHours(db, input.chatId, quietHours);
    upsertSubscription(db, {
      chatId: input.chatId,
      userId: input.userId,
      priority: input.priority ?? null,
      minAmount: input.minAmount ?? null,
      lang: input.lang,
      createdAt: now.toISOString(),
    });
    return subscriptionOf(db, input.chatId)!;
  });
}

/** Stops a chat's alerts at once: the subscription turns off and its alerts not yet sent are dropped. False when it had none. */
export function unsubscribe(db: BudgetDb, chatId: number): boolean {
  return inWriteTransaction(db, () => {
    const changed = deactivateSubscription(db, chatId);
    dropUnsent(db, chatId, 'unsubscribed', SUBSCRIBED_KINDS);
    return changed;
  });
}

/** Stops everything a user set up to be pushed — alerts, digests, watches — when their access is revoked; returns how many. */
export function unsubscribeAllOf(db: BudgetDb, userId: number): number {
  return inWriteTransaction(db, () => {
    const chats = activeChatsOf(db, userId);
    for (const chatId of chats) unsubscribe(db, chatId);
    return chats.length + deactivateDigestsOf(db, userId) + deactivateWatchesOf(db, userId);
  });
}

/** What the outbox dispatcher reports about chats: gone for good, or moved to a supergroup. */
export function subscriptionChatChanges(db: BudgetDb): ChatChanges {
  return {
    chatGone(chatId, why) {
      deactivateSubscription(db, chatId);
      dropUnsent(db, chatId, `the chat is unreachable: ${why}`);
    },
    chatMoved(fromChatId, toChatId) {
      moveSubscription(db, fromChatId, toChatId);
      moveUnsent(db, fromChatId, toChatId);
    },
  };
}
