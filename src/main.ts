import { dirname, join } from 'node:path';
import { closeDatabase, openDatabase } from '../db/client.js';
import { seedDemoIfEmpty } from '../db/seed-demo.js';
import type { Services } from '../commands/command.js';
import { AlertDispatcher } from './alerts/alert-dispatcher.js';
import { AuditLog } from './audit/audit-log.js';
import { ConfigError, loadConfig, type Config } from './config/config.js';
import { runConsoleChat } from './console/console-chat.js';
import { createLogger } from './logging/logger.js';
import { runBot } from './telegram/run-bot.js';

// `npm start`: the Telegram bot when BOT_TOKEN is set, otherwise the console chat.
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Cannot start: ${error.message}\n`);
  process.exit(2);
}

const log = createLogger(config.BOT_TOKEN ? config.LOG_LEVEL : 'warn', [config.BOT_TOKEN ?? '']);
const db = openDatabase(config.DATABASE_PATH);
const seeded = seedDemoIfEmpty(db);
if (seeded) log.info({ transfers: seeded.transfersRecorded }, 'empty database filled with the demo dataset');
// Alerts are sent only by the bot process; the console chat and the CLI just queue them in the outbox.
const alerts = config.BOT_TOKEN
  ? new AlertDispatcher({ db, sender: { token: config.BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT }, perSecond: config.ALERTS_PER_SECOND, log })
  : undefined;
const audit = new AuditLog(config.DATABASE_PATH);
const services: Services = { db, now: () => new Date(), adminIds: config.ADMIN_IDS, log, alerts, audit };

try {
  if (alerts) {
    alerts.start();
    try {
      await runBot(config, services);
    } finally {
      await alerts.stop();
    }
  } else await runConsoleChat(services, join(dirname(config.DATABASE_PATH), 'charts'));
} finally {
  audit.close();
  closeDatabase(db);
}
