import { dirname, join } from 'node:path';
import type { Services } from '../commands/command.js';
import { closeDatabase, DatabaseOpenError, openDatabase, type BudgetDb } from '../db/client.js';
import { AuditLog } from './audit/audit-log.js';
import { ConfigError, loadConfig } from './config/config.js';
import { runConsoleChat } from './console/console-chat.js';
import { seedDemoIfEmpty } from './dataset/seed-demo.js';
import { createLogger } from './logging/logger.js';
import { quietHoursSetting } from './alerts/quiet-hours.js';
import { TokenRefusedError } from './telegram/long-polling.js';
import { runBot } from './telegram/run-bot.js';

// `npm start`: the Telegram bot when BOT_TOKEN is set, otherwise the console chat. A start that
// cannot go on (configuration, database, token) says so in one line and exits with code 2.

const fail = (message: string): never => {
  process.stderr.write(`Cannot start: ${message}\n`);
  process.exit(2);
};

let config;
let db: BudgetDb;
try {
  config = loadConfig();
  db = openDatabase(config.DATABASE_PATH);
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseOpenError) fail(error.message);
  throw error;
}

const log = createLogger(config.mode === 'console' ? 'warn' : config.LOG_LEVEL, config.mode === 'console' ? [] : [config.BOT_TOKEN]);
const seeded = seedDemoIfEmpty(db);
if (seeded) log.info({ transfers: seeded.transfersRecorded }, 'empty database filled with the demo dataset');
const audit = new AuditLog(config.DATABASE_PATH, { onError: (error, waiting) => log.error({ err: error, waiting }, 'audit entries not written (the waiting ones are tried again)') });
// CLOCK_START sets the clock back or forward once; it then runs at the usual pace (scheduled digests in demos and tests).
const clockShift = config.CLOCK_START ? Date.parse(config.CLOCK_START) - Date.now() : 0;
const services: Services = {
  db,
  now: () => new Date(Date.now() + clockShift),
  adminIds: config.ADMIN_IDS,
  log,
  audit,
  quietHours: quietHoursSetting(config.QUIET_HOURS),
};

try {
  if (config.mode === 'console') await runConsoleChat(services, join(dirname(config.DATABASE_PATH), 'charts'));
  else await runBot(config, services);
} catch (error) {
  if (error instanceof TokenRefusedError) fail(error.message);
  throw error;
} finally {
  audit.close();
  closeDatabase(db);
}
