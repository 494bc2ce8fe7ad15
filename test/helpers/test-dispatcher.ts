import type { BudgetDb } from '../../db/client.js';
import { subscriptionChatChanges } from '../../src/alerts/subscriptions.js';
import { DeliveryScheduler } from '../../src/delivery/delivery-scheduler.js';
import { OutboxDispatcher } from '../../src/outbox/outbox-dispatcher.js';
import { botApiSender, telegramClient } from '../../src/telegram/bot-api-sender.js';
import { renderOutboxMessage } from '../../src/telegram/outbox-rendering.js';

/**
 * The bot's outbox dispatcher over a Bot API at `apiRoot`, for the restart tests' child processes:
 * one request at a time, so a kill can leave at most one message sent but not recorded.
 */
export function testDispatcher(db: BudgetDb, apiRoot: string, options: { perSecond: number; leaseMs: number; pollIntervalMs: number }): OutboxDispatcher {
  const scheduler = new DeliveryScheduler({
    sender: botApiSender(telegramClient('123:TEST', apiRoot)),
    perSecond: options.perSecond,
    perChatPerSecond: 20,
    maxInFlight: 1,
    retryBaseMs: 50,
    sendTimeoutMs: 10_000,
  });
  return new OutboxDispatcher({
    db,
    scheduler,
    render: (row) => renderOutboxMessage(db, row),
    chats: subscriptionChatChanges(db),
    pollIntervalMs: options.pollIntervalMs,
    maxClaimed: 1,
    leaseMs: options.leaseMs,
  });
}
