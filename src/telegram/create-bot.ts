import type { Telegram } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import type { Services } from '../../commands/command.js';
import { subscriptionChatChanges } from '../alerts/subscriptions.js';
import { DeliveryScheduler, type SchedulerOptions } from '../delivery/delivery-scheduler.js';
import type { Sender } from '../delivery/outgoing-message.js';
import { OutboxDispatcher, type OutboxDispatcherOptions } from '../outbox/outbox-dispatcher.js';
import { renderOutboxMessage } from './outbox-rendering.js';
import { UpdateRouter } from './update-router.js';

export interface BotParts {
  router: UpdateRouter;
  scheduler: DeliveryScheduler;
  outbox: OutboxDispatcher;
}

export interface BotOptions {
  /** For the calls that are not chat messages (answering buttons and inline queries). */
  telegram: Telegram;
  /** How chat messages are sent (the Bot API, or a recorder in tests and the bench). */
  sender: Sender;
  services: Services;
  me: UserFromGetMe;
  floodLimit?: string;
  scheduler?: Omit<SchedulerOptions, 'sender' | 'log'>;
  outbox?: Partial<Omit<OutboxDispatcherOptions, 'db' | 'scheduler' | 'render' | 'chats' | 'log'>>;
}

/**
 * The bot's moving parts, wired once: the delivery scheduler every message goes through, the outbox
 * dispatcher feeding it, and the update router whose replies it sends. Started by the caller.
 */
export function createBot(options: BotOptions): BotParts {
  const { services } = options;
  const scheduler = new DeliveryScheduler({ sender: options.sender, log: services.log, ...options.scheduler });
  const outbox = new OutboxDispatcher({
    db: services.db,
    scheduler,
    render: (row) => renderOutboxMessage(services.db, row),
    chats: subscriptionChatChanges(services.db),
    log: services.log,
    ...options.outbox,
  });
  const router = new UpdateRouter({
    telegram: options.telegram,
    scheduler,
    services: { ...services, outbox },
    me: options.me,
    ...(options.floodLimit ? { floodLimit: options.floodLimit } : {}),
  });
  return { router, scheduler, outbox };
}
