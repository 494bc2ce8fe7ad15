import { composeDigest } from '../../commands/alerts/digest-content.js';
import { startScheduler } from '../schedule/scheduler.js';
import type { Services } from '../../commands/command.js';
import type { Config } from '../config/config.js';
import { warmUp } from '../conversation/warm-up.js';
import { callApi } from './api-call.js';
import { botApiSender, telegramClient } from './bot-api-sender.js';
import { setCommandMenus } from './command-menus.js';
import { connectToTelegram } from './connect.js';
import { createBot } from './create-bot.js';
import { LongPolling } from './long-polling.js';
import type { UpdateRouter } from './update-router.js';
import { createWebhookServer } from './webhook-server.js';

const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;

/** Resolves at the first SIGINT or SIGTERM. */
const shutdownSignal = (): Promise<string> =>
  new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });

/**
 * Runs the bot (long polling, or a webhook) until SIGINT/SIGTERM, then stops cleanly: no new
 * updates, the updates being handled finish, the outbox and the replies in flight are sent or left
 * for the next start.
 */
export async function runBot(config: Extract<Config, { mode: 'polling' | 'webhook' }>, services: Services): Promise<void> {
  const { log } = services;
  let stopRequested = false;
  const signal = shutdownSignal().then((name) => {
    stopRequested = true;
    return name;
  });
  const telegram = telegramClient(config.BOT_TOKEN, config.TELEGRAM_API_ROOT);
  const me = await connectToTelegram(telegram, log, () => stopRequested);
  if (!me) return;
  const { router, outbox } = createBot({ telegram, sender: botApiSender(telegram), services, me, floodLimit: config.FLOOD_LIMIT, scheduler: { perSecond: config.MESSAGES_PER_SECOND } });
  outbox.start();
  let menus: Promise<void> | undefined;
  const scheduler = startScheduler({ db: services.db, now: () => services.now(), compose: composeDigest, log, wake: () => outbox.wake() });
  try {
    log.info({ username: me.username, mode: config.mode }, 'bot started');
    // Once the first updates had their chance (a question in the meantime builds what it needs).
    setTimeout(() => warmUp(services), 1500).unref();
    // The menu is set while the first updates are already answered: four calls to Telegram, each a
    // round trip, used to stand between a start and the first answer. It logs its own failures.
    menus = setCommandMenus(telegram, log);
    const dispatch = (update: Parameters<UpdateRouter['dispatch']>[0]) => router.dispatch(update);

    if (config.mode === 'webhook') {
      const url = new URL(config.WEBHOOK_URL);
      const server = createWebhookServer({ path: url.pathname, secret: config.WEBHOOK_SECRET, log, dispatch });
      await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
      await callApi(telegram, 'setWebhook', { url: url.href, secret_token: config.WEBHOOK_SECRET, allowed_updates: [...ALLOWED_UPDATES] });
      log.info({ port: config.PORT }, 'webhook listening');
      log.info({ signal: await signal }, 'stopping');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    } else {
      const polling = new LongPolling({ telegram, dispatch, log, allowedUpdates: ALLOWED_UPDATES });
      const running = polling.run();
      const stopped = await Promise.race([running.then(() => null), signal]);
      if (stopped) log.info({ signal: stopped }, 'stopping');
      polling.halt();
      await running;
      await router.idle();
      await polling.confirmHandled();
    }
    await router.idle();
  } finally {
    await menus;
    await scheduler.stop();
    await outbox.stop();
    log.info('stopped');
  }
}
