// The bot's scheduled work and outbox dispatcher alone, in their own process: runs the scheduler's
// pass for the database at argv[2] with the clock at argv[4], sends through the Bot API at argv[3],
// and exits 0 when nothing is left to send. The digest restart test kills it with SIGKILL.
import { composeDigest } from '../../commands/alerts/digest-content.js';
import { closeDatabase, openDatabase } from '../../db/client.js';
import { hasUnsent } from '../../db/stores/outbox-store.js';
import { subscriptionChatChanges } from '../../src/alerts/subscriptions.js';
import { DeliveryScheduler } from '../../src/delivery/delivery-scheduler.js';
import { OutboxDispatcher } from '../../src/outbox/outbox-dispatcher.js';
import { runScheduledWork } from '../../src/schedule/scheduler.js';
import { botApiSender, telegramClient } from '../../src/telegram/bot-api-sender.js';
import { renderOutboxMessage } from '../../src/telegram/outbox-rendering.js';

const [path, apiRoot, nowIso] = process.argv.slice(2);
const db = openDatabase(path!);
const scheduler = new DeliveryScheduler({
  sender: botApiSender(telegramClient('123:TEST', apiRoot!)),
  perSecond: 200,
  perChatPerSecond: 20,
  // One request at a time, so a kill can leave at most one message sent but not recorded.
  maxInFlight: 1,
  retryBaseMs: 50,
  sendTimeoutMs: 10_000,
});
const dispatcher = new OutboxDispatcher({
  db,
  scheduler,
  render: (row) => renderOutboxMessage(db, row),
  chats: subscriptionChatChanges(db),
  pollIntervalMs: 50,
  maxClaimed: 1,
  leaseMs: 1000,
});
dispatcher.start();
await runScheduledWork({ db, now: () => new Date(nowIso!), compose: composeDigest });
while (hasUnsent(db)) await new Promise((resolve) => setTimeout(resolve, 50));
await dispatcher.stop();
closeDatabase(db);
