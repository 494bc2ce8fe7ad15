// The bot's outbox dispatcher alone, in its own process: sends the outbox of the database at argv[2]
// through the Bot API at argv[3] (at most argv[4] messages a second), exits 0 when nothing is left.
// The restart test kills it with SIGKILL mid-fan-out and starts it again; the lease test runs two.
import { closeDatabase, openDatabase } from '../../db/client.js';
import { hasUnsent } from '../../db/stores/outbox-store.js';
import { testDispatcher } from './test-dispatcher.js';

const [path, apiRoot, perSecond, leaseMs] = process.argv.slice(2);
const db = openDatabase(path!);
const dispatcher = testDispatcher(db, apiRoot!, { perSecond: Number(perSecond), leaseMs: Number(leaseMs ?? 15_000), pollIntervalMs: 100 });
dispatcher.start();
process.stdout.write('started\n');
while (hasUnsent(db)) await new Promise((resolve) => setTimeout(resolve, 50));
await dispatcher.stop();
closeDatabase(db);
