import { createServer, type Server } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Update } from 'telegraf/types';
import type { Logger } from '../logging/logger.js';

/** Telegram's updates are small; anything bigger than this is not from Telegram. */
export const MAX_UPDATE_BYTES = 256 * 1024;

/** Telegram keeps at most 100 connections to a webhook (max_connections); more are someone else. */
export const MAX_CONNECTIONS = 256;

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface WebhookOptions {
  path: string;
  secret: string;
  log: Logger;
  /** Takes one update; answered 200 at once, handled in the background (per chat in order). */
  dispatch(update: Update): Promise<void>;
  /** How long a client may take to send its headers and then its whole request; default 10 s. */
  requestTimeoutMs?: number;
}

/**
 * The webhook endpoint: POST only, the secret header must match (401 otherwise), bodies over
 * MAX_UPDATE_BYTES are refused (413). Connections are capped and slow or half-open clients are cut
 * off after a few seconds, so unauthenticated connections cannot starve the process of sockets.
 */
export function createWebhookServer(options: WebhookOptions): Server {
  const expected = Buffer.from(options.secret);
  const secretMatches = (given: string | string[] | undefined) =>
    typeof given === 'string' && given.length === options.secret.length && timingSafeEqual(Buffer.from(given), expected);
  const timeoutMs = options.requestTimeoutMs ?? 10_000;

  const server = createServer({ requestTimeout: timeoutMs, headersTimeout: Math.min(timeoutMs, 5000), keepAliveTimeout: 5000 }, (req, res) => {
    const end = (status: number) => {
      res.writeHead(status, { connection: 'close' }).end();
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
      } catch (error) {
        options.log.warn({ err: error, bytes: size }, 'webhook: a request body that is not JSON');
        return end(400);
      }
      if (typeof update !== 'object' || update === null || typeof update.update_id !== 'number') {
        options.log.warn({ bytes: size }, 'webhook: a JSON body that is not an update');
        return end(400);
      }
      end(200);
      void options.dispatch(update);
    });
  });
  server.maxConnections = MAX_CONNECTIONS;
  // A socket that sends nothing at all (half-open) is closed too.
  server.on('connection', (socket) => socket.setTimeout(timeoutMs, () => socket.destroy()));
  return server;
}
