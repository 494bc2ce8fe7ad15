import { TelegramError, type Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Logger } from '../logging/logger.js';

export interface PollingOptions {
  telegram: Telegram;
  /** Takes one update; the promise ends when it was handled (its reply handed over). */
  dispatch(update: Update): Promise<void>;
  log: Logger;
  allowedUpdates: readonly string[];
  /** Seconds Telegram holds a getUpdates open when there is nothing new; default 25. */
  longPollSeconds?: number;
  /** Longest pause between failed attempts; default 30 s. */
  maxBackoffMs?: number;
}

/** The token was refused: nothing will work until it is fixed. */
export class TokenRefusedError extends Error {}

/**
 * Long polling that never lets one update hold the others: each update is handed to `dispatch` at
 * once (which orders them per chat) and the next getUpdates goes out without waiting. An update is
 * confirmed to Telegram (by the offset of a later getUpdates) only once it was handled, so a crash
 * in the middle hands it over again after the restart. 409 Conflict (another process polls with
 * this token), 429, 5xx and network errors are logged and waited out; only a refused token ends it.
 */
export class LongPolling {
  private stopped = false;
  private current: AbortController | null = null;
  private readonly inProgress = new Set<number>();
  /** Updates taken but maybe not yet confirmed: a getUpdates may hand them over again. */
  private readonly seen = new Set<number>();
  private nextOffset = 0;

  constructor(private readonly options: PollingOptions) {}

  async run(): Promise<void> {
    const { telegram, log } = this.options;
    const longPoll = this.options.longPollSeconds ?? 25;
    let failures = 0;
    while (!this.stopped) {
      this.current = new AbortController();
      const timeout = AbortSignal.timeout((longPoll + 15) * 1000);
      try {
        const updates = await telegram.callApi(
          'getUpdates',
          { offset: this.confirmedUpTo(), timeout: longPoll, allowed_updates: [...this.options.allowedUpdates] as never },
          { signal: AbortSignal.any([this.current.signal, timeout]) } as unknown as Parameters<Telegram['callApi']>[2],
        );
        failures = 0;
        for (const update of updates) this.take(update);
      } catch (error) {
        if (this.stopped) break;
        failures += 1;
        const pauseMs = this.pauseAfter(error, failures);
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
    }
    this.current = null;
    log.debug('long polling stopped');
  }

  /** Ends the loop: no more updates are taken (an open getUpdates is aborted). */
  halt(): void {
    this.stopped = true;
    this.current?.abort();
  }

  /** Tells Telegram which updates were handled (call after the last ones finished), so none comes back after a restart. */
  async confirmHandled(): Promise<void> {
    const offset = this.confirmedUpTo();
    if (offset === 0) return;
    try {
      await this.options.telegram.callApi('getUpdates', { offset, limit: 1, timeout: 0 }, { signal: AbortSignal.timeout(5000) } as unknown as Parameters<Telegram['callApi']>[2]);
    } catch {
      // Not confirmed: Telegram hands those updates over again after the restart.
    }
  }

  private take(update: Update): void {
    const id = update.update_id;
    this.nextOffset = Math.max(this.nextOffset, id + 1);
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.inProgress.add(id);
    void this.options.dispatch(update).finally(() => this.inProgress.delete(id));
  }

  /** Everything below the oldest update still being handled is done. */
  private confirmedUpTo(): number {
    let offset = this.nextOffset;
    for (const id of this.inProgress) offset = Math.min(offset, id);
    for (const id of this.seen) if (id < offset) this.seen.delete(id);
    return offset;
  }

  private pauseAfter(error: unknown, failures: number): number {
    const { log } = this.options;
    const backoff = Math.min(this.options.maxBackoffMs ?? 30_000, 500 * 2 ** Math.min(failures, 10));
    if (error instanceof TelegramError) {
      if (error.code === 401 || error.code === 404) throw new TokenRefusedError(`Telegram refused the bot token (${error.code}): check BOT_TOKEN`);
      if (error.code === 409) {
        log.warn({ retryInMs: backoff }, 'getUpdates: 409 Conflict — another instance is polling with this token (or a webhook is set); retrying');
        return backoff;
      }
      const retryAfter = error.parameters?.retry_after;
      if (typeof retryAfter === 'number') {
        log.warn({ retryAfter }, 'getUpdates: Telegram asked to slow down');
        return retryAfter * 1000;
      }
    }
    log.warn({ err: error, retryInMs: backoff }, 'getUpdates failed; retrying');
    return backoff;
  }
}
