import { createServer, type Server } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Telegraf } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Logger } from '../logging/logger.js';

/** Telegram's updates are small; anything bigger than this is not from Telegram. */
export const MAX_UPDATE_BYTES = 256 * 1024;

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/**
 * The webhook endpoint: POST only, the secret header must match (401 otherwise), bodies over
 * MAX_UPDATE_BYTES are refused (413). Updates are answered 200 at once and handled in order.
 */
export function createWebhookServer(bot: Telegraf, options: { path: string; secret: string; log: Logger }): Server {
  const expected = Buffer.from(options.secret);
  const secretMatches = (given: string | string[] | undefined) =>
    typeof given === 'string' && given.length === options.secret.length && timingSafeEqual(Buffer.from(given), expected);
  let queue = Promise.resolve();

  return createServer((req, res) => {
    const end = (status: number) => {
      res.writeHead(status).end();
    };
    if (req.method !== 'POST' || req.url !== options.path) return end(404);
    if (!secretMatches(req.headers[SECRET_HEADER])) return end(401);
    if (Number(req.headers['content-length'] ?? 0) > MAX_UPDATE_BYTES) return end(413);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_UPDATE_BYTES) {
        end(413);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_UPDATE_BYTES) return;
      let update: Update;
      try {
        update = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Update;
      } catch {
        return end(400);
      }
      end(200);
      queue = queue.then(() => bot.handleUpdate(update)).catch((error: unknown) => options.log.error({ err: error }, 'webhook update failed'));
    });
  });
}
