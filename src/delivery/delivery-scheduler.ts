import type { Logger } from '../logging/logger.js';
import { SendError, type OutgoingMessage, type Sender, type SendFailure } from './outgoing-message.js';
import { RateLimiter } from './rate-limiter.js';
import { ReadyQueue } from './ready-queue.js';

/**
 * How a delivery ended. `retry-later`: the job's attempts in memory ran out on network errors, 5xx
 * or 429; the caller may try again later (the outbox does, from the database).
 */
export type DeliveryResult =
  | { kind: 'sent'; messageId: number | null; attempts: number }
  | { kind: 'skipped'; attempts: number }
  | { kind: 'failed'; failure: Exclude<SendFailure, { kind: 'transient' | 'retry-after' | 'unauthorized' }>; error: string; attempts: number }
  | { kind: 'retry-later'; retryAt: number; error: string; attempts: number }
  | { kind: 'stopped'; attempts: number };

export interface DeliveryJob {
  chatId: number;
  /** The message, or how to make it (a chart rendered off the event loop) when its turn comes. */
  message: OutgoingMessage | (() => Promise<OutgoingMessage>);
  /** Checked right before every attempt: false skips the job (an alert unsubscribed meanwhile, a lost lease). */
  stillWanted?: () => boolean;
  /** Attempts before giving up with `retry-later`; default 8 (about a minute of backoff). */
  maxAttempts?: number;
  /** Attempts already made in earlier lives of this message (the outbox remembers them). */
  attemptsBefore?: number;
}

export interface SchedulerOptions {
  sender: Sender;
  log?: Logger;
  /** Messages per second over all chats (Telegram allows about 30); default 25. */
  perSecond?: number;
  /** Sustained messages per second to one chat; default 1. */
  perChatPerSecond?: number;
  /** Messages one chat may get at once before the per-chat rate applies (Telegram tolerates short bursts); default 3. */
  chatBurst?: number;
  /** Messages to one group chat (negative id) within `groupWindowMs`; default 20. */
  groupPerMinute?: number;
  /** The group limit's window; default a minute (shorter only in tests). */
  groupWindowMs?: number;
  /** Extra milliseconds on every limit's window (clock granularity); default 5. */
  limitMarginMs?: number;
  /** Sends in flight at once (never two to one chat); default 16. */
  maxInFlight?: number;
  /**
   * A send without an answer by then is aborted and retried. Generous: Telegram may have delivered
   * a message whose answer was slow, and a retry would then show it twice. Default 30 s.
   */
  sendTimeoutMs?: number;
  /** Backoff after a network error, timeout or 5xx: base × 2^(attempt−1), jittered, capped; defaults 1 s and 5 min. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Pause after 401 (a refused token); default 60 s. */
  unauthorizedPauseMs?: number;
  now?: () => number;
}

interface Pending {
  job: DeliveryJob;
  attempts: number;
  resolve: (result: DeliveryResult) => void;
}

interface ChatState {
  id: number;
  queue: Pending[];
  busy: boolean;
  /** Not before this (a 429 for this chat, or backoff of its head). */
  notBefore: number;
  tokens: number;
  refilledAt: number;
  /** Group chats: when each of the last sends of the past minute was answered. */
  recent: number[];
}

const DEFAULT_MAX_ATTEMPTS = 8;

/**
 * Sends messages to Telegram within its limits, one chat's messages in the order they were submitted,
 * many chats at once: overall (a token bucket and a one-second window), per chat (a short burst, then
 * `perChatPerSecond`), per group (`groupPerMinute`). It waits out 429 retry_after (everyone waits
 * when a private chat got it: the bot as a whole is too fast), retries network errors, timeouts and
 * 5xx with capped exponential backoff, and pauses after 401/404. A stalled request holds only its own
 * chat, and only until `sendTimeoutMs`.
 */
export class DeliveryScheduler {
  private readonly send: Sender;
  private readonly log: Logger | undefined;
  private readonly limiter: RateLimiter;
  private readonly perChatPerSecond: number;
  private readonly chatBurst: number;
  private readonly groupPerMinute: number;
  private readonly groupWindowMs: number;
  private readonly margin: number;
  private readonly maxInFlight: number;
  private readonly sendTimeoutMs: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly unauthorizedPauseMs: number;
  private readonly now: () => number;

  private readonly chats = new Map<number, ChatState>();
  private readonly ready = new ReadyQueue<ChatState>();
  private inFlight = 0;
  private pausedUntil = 0;
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private stopping = false;
  private idleWaiters: (() => void)[] = [];
  /** Jobs submitted and not yet finished. */
  private unfinished = 0;
  private pumping = false;
  private pumpAgain = false;
  /** Idle chats are forgotten when the map grows past this (then it doubles: amortised, never a scan per send). */
  private sweepAbove = 5000;

  constructor(options: SchedulerOptions) {
    this.send = options.sender;
    this.log = options.log;
    this.margin = options.limitMarginMs ?? 5;
    this.limiter = new RateLimiter(options.perSecond ?? 25, this.margin);
    this.perChatPerSecond = options.perChatPerSecond ?? 1;
    this.chatBurst = Math.max(1, options.chatBurst ?? 3);
    this.groupPerMinute = options.groupPerMinute ?? 20;
    this.groupWindowMs = options.groupWindowMs ?? 60_000;
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 16);
    this.sendTimeoutMs = options.sendTimeoutMs ?? 30_000;
    this.retryBaseMs = options.retryBaseMs ?? 1000;
    this.retryMaxMs = options.retryMaxMs ?? 300_000;
    this.unauthorizedPauseMs = options.unauthorizedPauseMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Queues a message for its chat; resolves when it was sent or finally could not be. */
  submit(job: DeliveryJob): Promise<DeliveryResult> {
    if (this.stopping) return Promise.resolve({ kind: 'stopped', attempts: 0 });
    return new Promise((resolve) => {
      const chat = this.chatState(job.chatId);
      this.unfinished += 1;
      chat.queue.push({ job, attempts: job.attemptsBefore ?? 0, resolve });
      if (!chat.busy && chat.queue.length === 1) this.ready.push(chat, this.readyAt(chat, this.now()));
      this.pump();
    });
  }

  /** Messages waiting or being sent. */
  get backlog(): number {
    return this.unfinished;
  }

  get inFlightCount(): number {
    return this.inFlight;
  }

  /** Resolves when nothing is queued or in flight. */
  idle(): Promise<void> {
    if (this.backlog === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Takes nothing new, waits for the sends in flight, and ends every queued job as `stopped`. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const chat of this.chats.values()) {
      const queued = chat.busy ? chat.queue.slice(1) : chat.queue;
      for (const pending of queued) pending.resolve({ kind: 'stopped', attempts: pending.attempts });
      this.unfinished -= queued.length;
      chat.queue.length = chat.busy ? 1 : 0;
    }
    while (this.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  private chatState(id: number): ChatState {
    let chat = this.chats.get(id);
    if (!chat) {
      chat = { id, queue: [], busy: false, notBefore: 0, tokens: this.chatBurst, refilledAt: this.now(), recent: [] };
      this.chats.set(id, chat);
    }
    return chat;
  }

  /** When the chat's limits let its next message start. */
  private readyAt(chat: ChatState, now: number): number {
    let at = Math.max(now, chat.notBefore);
    this.refill(chat, now);
    if (chat.tokens < 1) at = Math.max(at, chat.refilledAt + Math.ceil(((1 - chat.tokens) * 1000) / this.perChatPerSecond) + this.margin);
    if (chat.id < 0) {
      const windowMs = this.groupWindowMs + this.margin;
      chat.recent = chat.recent.filter((t) => t > now - windowMs);
      if (chat.recent.length >= this.groupPerMinute) at = Math.max(at, chat.recent[chat.recent.length - this.groupPerMinute]! + windowMs);
    }
    return at;
  }

  private refill(chat: ChatState, now: number): void {
    if (now > chat.refilledAt) {
      chat.tokens = Math.min(this.chatBurst, chat.tokens + ((now - chat.refilledAt) * this.perChatPerSecond) / 1000);
      chat.refilledAt = now;
    }
  }

  private pump(): void {
    if (this.stopping) return;
    // Finishing a job pumps again; a nested call only asks the running one to go round once more.
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        this.pumpOnce();
      } while (this.pumpAgain);
    } finally {
      this.pumping = false;
    }
  }

  private pumpOnce(): void {
    const now = this.now();
    let wakeAt = Infinity;
    while (this.ready.size > 0) {
      if (now < this.pausedUntil) {
        wakeAt = this.pausedUntil;
        break;
      }
      const [chat, at] = this.ready.peek()!;
      if (at > now) {
        wakeAt = at;
        break;
      }
      // The chat's limits may have moved since it was queued (another of its sends finished).
      const readyAt = this.readyAt(chat, now);
      if (readyAt > now) {
        this.ready.pop();
        this.ready.push(chat, readyAt);
        continue;
      }
      // A finishing send pumps again, so a full pipe needs no timer.
      if (this.inFlight >= this.maxInFlight) break;
      const limitWait = this.limiter.delay(now);
      if (limitWait > 0) {
        if (Number.isFinite(limitWait)) wakeAt = now + limitWait;
        break;
      }
      this.ready.pop();
      this.start(chat, now);
    }
    this.schedule(wakeAt);
  }

  private schedule(at: number): void {
    if (at === Infinity || at >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Infinity;
      this.pump();
    }, Math.max(1, at - this.now()));
  }

  private start(chat: ChatState, now: number): void {
    const pending = chat.queue[0]!;
    if (pending.job.stillWanted && !pending.job.stillWanted()) {
      this.finish(chat, { kind: 'skipped', attempts: pending.attempts });
      return;
    }
    chat.busy = true;
    this.inFlight += 1;
    this.limiter.take(now);
    this.refill(chat, now);
    chat.tokens -= 1;
    pending.attempts += 1;
    void this.attempt(pending).then((outcome) => this.settle(chat, pending, outcome));
  }

  private async attempt(pending: Pending): Promise<{ messageId: number | null } | { error: SendError }> {
    try {
      const message = typeof pending.job.message === 'function' ? await pending.job.message() : pending.job.message;
      // The message may have been built just now: keep it, so a retry sends the very same one.
      pending.job.message = message;
      return { messageId: await this.send(message, AbortSignal.timeout(this.sendTimeoutMs)) };
    } catch (error) {
      return { error: error instanceof SendError ? error : new SendError({ kind: 'transient' }, describe(error)) };
    }
  }

  private settle(chat: ChatState, pending: Pending, outcome: { messageId: number | null } | { error: SendError }): void {
    const at = this.now();
    this.inFlight -= 1;
    // Limits count from the answer: Telegram saw the message somewhere between the start and now.
    this.limiter.finished(at);
    if (chat.id < 0) chat.recent.push(at);
    chat.busy = false;
    if ('messageId' in outcome) {
      this.finish(chat, { kind: 'sent', messageId: outcome.messageId, attempts: pending.attempts });
      return;
    }
    const { failure, description } = outcome.error;
    const maxAttempts = (pending.job.attemptsBefore ?? 0) + (pending.job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    let retryAt: number | null = null;
    switch (failure.kind) {
      case 'retry-after':
        retryAt = at + failure.seconds * 1000;
        // A private chat is already kept to its own limit, so a 429 there means the bot as a whole is too fast.
        if (chat.id > 0) this.pausedUntil = Math.max(this.pausedUntil, retryAt);
        this.log?.warn({ chatId: chat.id, retryAfter: failure.seconds, global: chat.id > 0 }, 'delivery: Telegram asked to slow down');
        break;
      case 'transient': {
        const backoff = Math.min(this.retryMaxMs, this.retryBaseMs * 2 ** Math.min(30, pending.attempts - 1));
        retryAt = at + Math.round(backoff * (0.5 + Math.random() / 2));
        this.log?.warn({ chatId: chat.id, attempts: pending.attempts, error: description }, 'delivery: send failed, will retry');
        break;
      }
      case 'unauthorized':
        retryAt = at + this.unauthorizedPauseMs;
        this.pausedUntil = Math.max(this.pausedUntil, retryAt);
        this.log?.error({ error: description }, 'delivery: Telegram refused the bot token; pausing');
        break;
      default:
        this.finish(chat, { kind: 'failed', failure, error: description, attempts: pending.attempts });
        return;
    }
    if (pending.attempts >= maxAttempts) {
      this.finish(chat, { kind: 'retry-later', retryAt, error: description, attempts: pending.attempts });
      return;
    }
    chat.notBefore = Math.max(chat.notBefore, retryAt);
    this.ready.push(chat, this.readyAt(chat, at));
    this.pump();
  }

  private finish(chat: ChatState, result: DeliveryResult): void {
    const pending = chat.queue.shift()!;
    this.unfinished -= 1;
    pending.resolve(result);
    const now = this.now();
    if (chat.queue.length > 0) this.ready.push(chat, this.readyAt(chat, now));
    else if (this.chats.size > this.sweepAbove) this.forgetIdleChats(now);
    if (this.unfinished === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    this.pump();
  }

  /** Chats with nothing queued whose limits have fully recovered carry no state worth keeping. */
  private forgetIdleChats(now: number): void {
    const recoveredAfterMs = (this.chatBurst / this.perChatPerSecond) * 1000;
    for (const [id, chat] of this.chats) {
      const quiet = chat.queue.length === 0 && !chat.busy && chat.notBefore <= now && now - chat.refilledAt >= recoveredAfterMs;
      if (quiet && chat.recent.every((t) => t <= now - this.groupWindowMs - this.margin)) this.chats.delete(id);
    }
    this.sweepAbove = Math.max(5000, 2 * this.chats.size);
  }
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
}
