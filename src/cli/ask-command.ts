import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { seedDemoIfEmpty } from '../dataset/seed-demo.js';
import { replyToPlainText } from '../render/plain-text.js';
import { CONSOLE_USER } from '../console/console-chat.js';
import { handleMessage } from '../conversation/handle-message.js';
import { AuditLog } from '../audit/audit-log.js';
import { createLogger } from '../logging/logger.js';
import type { CliCommand } from './cli-context.js';

/**
 * `ask "<text>" [--json]`: answers one message as the console chat would (a local admin) and exits;
 * with no text, answers each line of stdin. `--json` prints one object per line:
 * {"intent": "<command>", "args": {...}, "reply": {"text", "data", "buttons"}}.
 */
export const askCommand: CliCommand = async (argv, { io, db, now, config }) => {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const database = db();
  seedDemoIfEmpty(database);
  const audit = new AuditLog(config.DATABASE_PATH);
  const services = { db: database, now, adminIds: config.ADMIN_IDS, log: createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL), audit };

  const answer = async (text: string) => {
    const outcome = await handleMessage({ text, user: CONSOLE_USER, chat: { id: 0, kind: 'console' }, roleOverride: 'admin' }, services);
    if (values.json) {
      const reply = { text: replyToPlainText(outcome.reply), data: outcome.reply.data, buttons: outcome.reply.buttons ?? [] };
      io.out(JSON.stringify({ intent: outcome.intent, args: outcome.args, reply }));
    } else io.out(replyToPlainText(outcome.reply));
  };

  try {
    if (positionals.length > 0) await answer(positionals.join(' '));
    else for await (const line of createInterface({ input: process.stdin, terminal: false })) if (line.trim() !== '') await answer(line);
  } finally {
    audit.close();
  }
  return 0;
};
