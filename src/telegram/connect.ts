import { TelegramError, type Telegram } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import type { Logger } from '../logging/logger.js';
import { callApi } from './api-call.js';
import { TokenRefusedError } from './long-polling.js';

/**
 * Asks Telegram who the bot is, retrying with a growing pause (up to 30 s) while the API is out of
 * reach, so a network blip at start does not kill the process. Gives up only on a refused token.
 */
export async function connectToTelegram(telegram: Telegram, log: Logger, stopRequested: () => boolean): Promise<UserFromGetMe | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await callApi(telegram, 'getMe', {});
    } catch (error) {
      if (error instanceof TelegramError && (error.code === 401 || error.code === 404)) {
        throw new TokenRefusedError(`Telegram refused the bot token (${error.code}): check BOT_TOKEN`);
      }
      const pauseMs = Math.min(30_000, 500 * 2 ** Math.min(attempt, 6));
      log.warn({ attempt, pauseMs, reason: (error as Error).message }, 'cannot reach the Bot API yet; retrying');
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      if (stopRequested()) return null;
    }
  }
}
