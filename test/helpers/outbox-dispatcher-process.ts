// The bot's outbox dispatcher alone, in its own process: sends the outbox of the database at argv[2]
// through the Bot API at argv[3] (at most argv[4] messages a second), exits 0 when nothing is left.
// The restart test kills it with SIGKILL mid-fan-out and starts it again; the lease test runs two.
import { closeDatabase, openDatabase } from '../../db/client.js';
import { hasUnsent } from '../../db/stores/outbox-store.js';
import { subscriptionChatChanges } from '../../src/alerts/subscriptions.js';
import { DeliveryScheduler } from '../../src/delivery/delivery-scheduler.js';
import { OutboxDispatcher } from '../../src/outbox/outbox-dispatcher.js';
import { botApiSender, telegramClient } from '../../src/telegram/bot-api-sender.js';
import { renderOutboxMessage } from '../../src/telegram/outbox-rendering.js';

const [path, apiRoot, perSecond, leaseMs] = process.argv.slice(2);
const db = openDatabase(path!);
const scheduler = new DeliveryScheduler({
  sender: botApiSender(telegramClient('123:TEST', apiRoot!)),
  perSecond: Number(perSecond),
  perChatPerSecond: 20,
  // One request at a time, so a kill can leave at most one alert sent but not recorded.
  maxInFlight: 1,
  retryBaseMs: 50,
  sendTimeoutMs: 10_000,
});
const dispatcher = new OutboxDispatcher({
  db,
  scheduler,
  render: (row) => renderOutboxMessage(db, row),
  chats: subscriptionChatChanges(db),
  pollIntervalMs: 100,
  maxClaimed: 1,
  leaseMs: Number(leaseMs ?? 15_000),
});
dispatcher.start();
process.stdout.write('started\n');
while (hasUnsent(db)) await new Promise((resolve) => setTimeout(resolve, 50));
await dispatcher.stop();
closeDatabase(db);
