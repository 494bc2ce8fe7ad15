// The bot's scheduled work and outbox dispatcher alone, in their own process: runs the scheduler's
// pass for the database at argv[2] with the clock at argv[4], sends through the Bot API at argv[3],
// and exits 0 when nothing is left to send. The digest restart test kills it with SIGKILL.
import { composeDigest } from '../../commands/alerts/digest-content.js';
import { closeDatabase, openDatabase } from '../../db/client.js';
import { hasUnsent } from '../../db/stores/outbox-store.js';
import { runScheduledWork } from '../../src/schedule/scheduler.js';
import { testDispatcher } from './test-dispatcher.js';

const [path, apiRoot, nowIso] = process.argv.slice(2);
const db = openDatabase(path!);
const dispatcher = testDispatcher(db, apiRoot!, { perSecond: 200, leaseMs: 1000, pollIntervalMs: 50 });
dispatcher.start();
await runScheduledWork({ db, now: () => new Date(nowIso!), compose: composeDigest });
while (hasUnsent(db)) await new Promise((resolve) => setTimeout(resolve, 50));
await dispatcher.stop();
closeDatabase(db);
