// Answers one message (argv[3]) as a user with access, on the database at argv[2], and prints the
// outcome as JSON. The full-disk test runs it with a file-size limit the next write cannot fit in.
import { closeDatabase, openDatabase } from '../../db/client.js';
import { handleMessage } from '../../src/conversation/handle-message.js';
import { replyToPlainText } from '../../src/render/plain-text.js';
import { createLogger } from '../../src/logging/logger.js';

const [path, text] = process.argv.slice(2);
const db = openDatabase(path!);
const outcome = await handleMessage(
  { text: text!, user: { id: 4242, name: 'Tester', languageCode: 'en' }, chat: { id: 4242, kind: 'private' } },
  { db, now: () => new Date(), adminIds: [4242], log: createLogger('silent') },
);
process.stdout.write(`${JSON.stringify({ status: outcome.status, errorId: outcome.errorId ?? null, text: replyToPlainText(outcome.reply) })}\n`);
closeDatabase(db);
