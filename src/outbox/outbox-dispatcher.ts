import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { BudgetDb } from '../../db/client.js';
import {
  acquireLease,
  claimDueHeads,
  isStillClaimed,
  markFinished,
  markRetry,
  markSent,
  releaseClaim,
  releaseClaims,
  releaseLease,
  type OutboxRow,
} from '../../db/stores/outbox-store.js';
import { inWriteTransaction } from '../../db/stores/transaction.js';
import type { DeliveryResult, DeliveryScheduler } from '../delivery/delivery-scheduler.js';
import type { OutgoingMessage } from '../delivery/outgoing-message.js';
import type { Logger } from '../logging/logger.js';

/** Turns an outbox row into the message to send; null when what it tells of is gone (a replaced demo transfer). */
export type RenderOutboxRow = (row: OutboxRow) => OutgoingMessage | null;

/** What the subscriptions module does when a chat turns out to be gone or moved. */
export interface ChatChanges {
  chatGone(chatId: number, why: string): void;
  chatMoved(fromChatId: number, toChatId: number): void;
}

export interface OutboxDispatcherOptions {
  db: BudgetDb;
  scheduler: DeliveryScheduler;
  render: RenderOutboxRow;
  chats: ChatChanges;
  log?: Logger;
  /** How long the lease lasts without a heartbeat; default 15 s. Another dispatcher takes over after that. */
  leaseMs?: number;
  /** How often the outbox is read for messages written by other processes; default 1000 ms. */
  pollIntervalMs?: number;
  /** Rows held in memory at once (claimed, waiting for their turn); default 500. */
  maxClaimed?: number;
  /** Attempts per claim before a failing message goes back to the database to wait; default 3. */
  attemptsPerClaim?: number;
  now?: () => number;
}

interface Finished {
  row: OutboxRow;
  /** `gone`: what the message tells of no longer exists (a transfer of a replaced demo dataset). */
  result: DeliveryResult | { kind: 'gone' };
  at: number;
}

const FLUSH_DELAY_MS = 2;

/**
 * Sends the outbox through the delivery scheduler. One dispatcher per database holds the lease (a
 * heartbeat renews it; another process takes over only after it expired), claims each chat's oldest
 * due message, hands it to the scheduler and records the outcome; the chat's next message becomes
 * claimable only then, so a chat gets its messages in order. All state is in the database: after a
 * crash the next dispatcher carries on, and a message that was in flight when the process died goes
 * out again (the only case of a duplicate; transfer alerts carry their transfer id so it is recognisable).
 */
export class OutboxDispatcher {
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly db: BudgetDb;
  private readonly scheduler: DeliveryScheduler;
  private readonly render: RenderOutboxRow;
  private readonly chats: ChatChanges;
  private readonly log: Logger | undefined;
  private readonly leaseMs: number;
  private readonly pollIntervalMs: number;
  private readonly maxClaimed: number;
  private readonly attemptsPerClaim: number;
  private readonly now: () => number;

  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private nudged = false;
  private leaseUntil = 0;
  private leaseRenewedAt = 0;
  private readonly claimed = new Map<number, Promise<void>>();
  private finished: Finished[] = [];
  private flushTimer: NodeJS.Timeout | null = null;

  constructor(options: OutboxDispatcherOptions) {
    this.db = options.db;
    this.scheduler = options.scheduler;
    this.render = options.render;
    this.chats = options.chats;
    this.log = options.log;
    this.leaseMs = options.leaseMs ?? 15_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.maxClaimed = options.maxClaimed ?? 500;
    this.attemptsPerClaim = options.attemptsPerClaim ?? 3;
    this.now = options.now ?? Date.now;
  }

  /** Starts sending in the background (idempotent). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /**
   * Stops claiming, stops the scheduler (messages still queued end as `stopped` and stay in the
   * outbox), waits for the sends in flight, records their outcome and gives the lease up.
   */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.nudge();
    await this.loop;
    await this.scheduler.stop();
    await Promise.all(this.claimed.values());
    this.flush();
    try {
      inWriteTransaction(this.db, () => {
        releaseClaims(this.db, this.owner);
        releaseLease(this.db, this.owner);
      });
    } catch (error) {
      this.log?.error({ err: error }, 'outbox: giving the lease up failed (it expires by itself)');
    }
  }

  /** New messages were committed: look at the outbox now instead of at the next poll. */
  wake(): void {
    this.nudge();
  }

  /** Whether this process holds the lease now. */
  get isLeader(): boolean {
    return this.leaseUntil > this.now();
  }

  get claimedCount(): number {
    return this.claimed.size;
  }

  private nudge(): void {
    this.nudged = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        this.tick();
      } catch (error) {
        this.log?.error({ err: error }, 'outbox: reading the outbox failed');
      }
      if (!this.running) break;
      await this.sleep(this.pollIntervalMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.nudged) {
      this.nudged = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        this.nudged = false;
        resolve();
      };
      const timer = setTimeout(done, Math.max(1, ms));
      this.wakeUp = done;
    });
  }

  private tick(): void {
    const now = this.now();
    // Renew well before expiry (a third of the lease), so a busy moment never lets it lapse.
    if (now - this.leaseRenewedAt >= this.leaseMs / 3 || !this.isLeader) {
      const held = acquireLease(this.db, this.owner, now, this.leaseMs);
      if (held && !this.isLeader) this.log?.info({ owner: this.owner }, 'outbox: this process sends the outbox now');
      this.leaseUntil = held ? now + this.leaseMs : 0;
      this.leaseRenewedAt = now;
    }
    if (!this.isLeader) return;
    const room = this.maxClaimed - this.claimed.size;
    if (room <= 0) return;
    for (const row of claimDueHeads(this.db, this.owner, now, room)) this.dispatch(row);
  }

  private dispatch(row: OutboxRow): void {
    let message: OutgoingMessage | null;
    try {
      message = this.render(row);
    } catch (error) {
      this.log?.error({ err: error, outboxId: row.id, kind: row.kind }, 'outbox: a message could not be rendered');
      message = null;
    }
    if (!message) {
      this.finished.push({ row, result: { kind: 'gone' }, at: this.now() });
      this.scheduleFlush();
      return;
    }
    const sending = this.scheduler
      .submit({
        chatId: row.chatId,
        message,
        attemptsBefore: row.attempts,
        maxAttempts: this.attemptsPerClaim,
        // Read again right before sending: an unsubscribe in the meantime must stop the message, and a
        // dispatcher that lost its lease must not send what another one may send now.
        stillWanted: () => this.isLeader && isStillClaimed(this.db, row.id, this.owner),
      })
      .then((result) => {
        this.finished.push({ row, result, at: this.now() });
        this.scheduleFlush();
      });
    this.claimed.set(row.id, sending);
  }

  private scheduleFlush(): void {
    // Outcomes arriving within a couple of milliseconds are written in one transaction (one fsync).
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = null;
      this.flush();
    }, FLUSH_DELAY_MS);
  }

  /** Records finished sends; only then does each chat's next message become claimable (so nothing goes out twice). */
  private flush(): void {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    const batch = this.finished;
    if (batch.length === 0) return;
    this.finished = [];
    try {
      inWriteTransaction(this.db, () => {
        for (const item of batch) this.record(item);
      });
    } catch (error) {
      if (!this.running) {
        // Stopping: these stay claimed and go out again after the restart.
        this.log?.error({ err: error, messages: batch.length }, 'outbox: recording outcomes failed while stopping');
        for (const { row } of batch) this.claimed.delete(row.id);
        return;
      }
      // The database was busy or failed: keep the outcomes (their chats stay blocked) and try again.
      this.log?.error({ err: error }, 'outbox: recording outcomes failed; retrying');
      this.finished = batch.concat(this.finished);
      this.flushTimer = setTimeout(() => {
        this.flushTimer = null;
        this.flush();
      }, 500);
      return;
    }
    for (const { row } of batch) this.claimed.delete(row.id);
    this.nudge();
  }

  private record({ row, result, at }: Finished): void {
    const db = this.db;
    switch (result.kind) {
      case 'sent':
        markSent(db, row.id, { messageId: result.messageId, attempts: result.attempts, sentAt: new Date(at).toISOString() });
        return;
      case 'skipped':
        return;
      case 'stopped':
        releaseClaim(db, row.id);
        return;
      case 'gone':
        markFinished(db, row.id, { state: 'dropped', attempts: row.attempts, error: 'what it tells of is no longer in the database' });
        return;
      case 'retry-later':
        markRetry(db, row.id, { attempts: result.attempts, nextAttemptAt: result.retryAt, error: result.error });
        return;
      case 'failed':
        switch (result.failure.kind) {
          case 'unreachable':
            markFinished(db, row.id, { state: 'dropped', attempts: result.attempts, error: result.error });
            this.chats.chatGone(row.chatId, result.error);
            this.log?.info({ chatId: row.chatId, error: result.error }, 'outbox: chat unreachable, its subscription turned off');
            return;
          case 'migrated':
            markRetry(db, row.id, { attempts: result.attempts, nextAttemptAt: 0, error: result.error });
            this.chats.chatMoved(row.chatId, result.failure.chatId);
            this.log?.info({ from: row.chatId, to: result.failure.chatId }, 'outbox: group migrated to a supergroup');
            return;
          case 'rejected':
            markFinished(db, row.id, { state: 'failed', attempts: result.attempts, error: result.error });
            this.log?.error({ chatId: row.chatId, error: result.error, kind: row.kind }, 'outbox: Telegram rejected a message');
            return;
        }
    }
  }
}
