import type { ServerResponse } from 'node:http';
import { replyJson, startLocalBotApi } from './local-bot-api.js';

/**
 * A tiny local stand-in for the Bot API's sendMessage that ENFORCES a sending limit the way
 * Telegram does: over `limitPerSec` accepted messages in the last second, it answers 429 with
 * `parameters.retry_after`. For benchmarks.
 */
export class RateLimitedBotApi {
  accepted = 0;
  rateLimited = 0;
  /** When each accepted message arrived (ms since the epoch). */
  readonly acceptedAt: number[] = [];
  private oldest = 0;
  private nextMessageId = 1;
  private server!: Awaited<ReturnType<typeof startLocalBotApi>>;

  private constructor(private readonly limitPerSec: number) {}

  static async start(limitPerSec: number): Promise<RateLimitedBotApi> {
    const api = new RateLimitedBotApi(limitPerSec);
    api.server = await startLocalBotApi((method, params, res) => api.handle(method, params, res));
    return api;
  }

  get apiRoot(): string {
    return this.server.apiRoot;
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  private handle(method: string, params: Record<string, unknown>, res: ServerResponse): void {
    if (method !== 'sendMessage') return replyJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const chatId = Number(params.chat_id);
    const now = Date.now();
    while (this.oldest < this.acceptedAt.length && this.acceptedAt[this.oldest]! <= now - 1000) this.oldest += 1;
    if (this.acceptedAt.length - this.oldest >= this.limitPerSec) {
      this.rateLimited += 1;
      const retryAfter = Math.max(1, Math.ceil((this.acceptedAt[this.oldest]! + 1000 - now) / 1000));
      return replyJson(res, 429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } });
    }
    this.accepted += 1;
    this.acceptedAt.push(now);
    const messageId = this.nextMessageId++;
    replyJson(res, 200, { ok: true, result: { message_id: messageId, date: Math.floor(now / 1000), chat: { id: chatId, type: chatId < 0 ? 'group' : 'private' }, text: '' } });
  }
}
