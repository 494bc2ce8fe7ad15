import type { Services } from '../../commands/command.js';
import type { Config } from '../config/config.js';
import { setCommandMenus } from './command-menus.js';
import { connectToTelegram } from './connect.js';
import { createBot } from './create-bot.js';
import { createWebhookServer } from './webhook-server.js';

const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;

/** Resolves at the first SIGINT or SIGTERM. */
const shutdownSignal = (): Promise<string> =>
  new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });

/** Runs the bot (long polling, or a webhook when WEBHOOK_URL is set) until SIGINT/SIGTERM, then stops cleanly. */
export async function runBot(config: Config, services: Services): Promise<void> {
  const { log } = services;
  let stopRequested = false;
  const signal = shutdownSignal().then((name) => {
    stopRequested = true;
    return name;
  });
  const bot = createBot({ token: config.BOT_TOKEN!, apiRoot: config.TELEGRAM_API_ROOT, services, floodLimit: config.FLOOD_LIMIT });
  const me = await connectToTelegram(bot, log, () => stopRequested);
  if (!me) return;
  bot.botInfo = me;
  log.info({ username: bot.botInfo.username, mode: config.WEBHOOK_URL ? 'webhook' : 'polling' }, 'bot started');
  await setCommandMenus(bot.telegram, log);

  if (config.WEBHOOK_URL) {
    const url = new URL(config.WEBHOOK_URL);
    const server = createWebhookServer(bot, { path: url.pathname, secret: config.WEBHOOK_SECRET!, log });
    await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
    await bot.telegram.setWebhook(url.href, { secret_token: config.WEBHOOK_SECRET, allowed_updates: [...ALLOWED_UPDATES] });
    log.info({ port: config.PORT }, 'webhook listening');
    log.info({ signal: await signal }, 'stopping');
    await new Promise<void>((resolve) => server.close(() => resolve()));
    log.info('stopped');
    return;
  }
  const polling = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] });
  const stopped = await Promise.race([polling.then(() => null), signal]);
  if (stopped) {
    log.info({ signal: stopped }, 'stopping');
    bot.stop(stopped);
    await polling;
  }
  log.info('stopped');
}
