import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny local stand-in for the Bot API's sendMessage that ENFORCES a sending limit the way
 * Telegram does: over `limitPerSec` accepted messages in the last second, it answers 429 with
 * `parameters.retry_after`. For benchmarks (src/ must not import the tests' fake server).
 */
export class RateLimitedBotApi {
  accepted = 0;
  rateLimited = 0;
  /** When each accepted message arrived (ms since the epoch). */
  readonly acceptedAt: number[] = [];
  private readonly server: Server;
  private oldest = 0;
  private nextMessageId = 1;

  private constructor(private readonly limitPerSec: number) {
    this.server = createServer((req, res) => this.handle(req, res));
  }

  static async start(limitPerSec: number): Promise<RateLimitedBotApi> {
    const api = new RateLimitedBotApi(limitPerSec);
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const method = (req.url ?? '').split('/').pop();
      if (method !== 'sendMessage') return reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      let chatId = 0;
      try {
        chatId = Number((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { chat_id?: unknown }).chat_id);
      } catch {
        return reply(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
      }
      const now = Date.now();
      while (this.oldest < this.acceptedAt.length && this.acceptedAt[this.oldest]! <= now - 1000) this.oldest += 1;
      if (this.acceptedAt.length - this.oldest >= this.limitPerSec) {
        this.rateLimited += 1;
        const retryAfter = Math.max(1, Math.ceil((this.acceptedAt[this.oldest]! + 1000 - now) / 1000));
        return reply(res, 429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } });
      }
      this.accepted += 1;
      this.acceptedAt.push(now);
      const messageId = this.nextMessageId++;
      reply(res, 200, { ok: true, result: { message_id: messageId, date: Math.floor(now / 1000), chat: { id: chatId, type: chatId < 0 ? 'group' : 'private' }, text: '' } });
    });
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
