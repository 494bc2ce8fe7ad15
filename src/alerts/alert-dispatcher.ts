import { Telegram } from 'telegraf';
import type { BudgetDb } from '../../db/client.js';
import { statement } from '../../db/statements.js';
import type { Lang } from '../i18n/lang.js';
import { rowToTransfer } from '../ledger/record-transfer.js';
import type { Logger } from '../logging/logger.js';
import { alertText } from './alert-text.js';
import { RateLimiter } from './rate-limiter.js';
import { dropPendingAlerts } from './subscriptions.js';

/**
 * Sends one alert; resolves Telegram's message_id. Failures are thrown the way telegraf throws
 * them: an error with `response: { error_code, parameters }` for an answer from the Bot API,
 * anything else (network error, timeout, malformed answer) for no usable answer.
 */
export type AlertSender = (chatId: number, text: string, signal: AbortSignal) => Promise<number>;

/** The real sender: telegraf's Telegram client against `apiRoot` (api.telegram.org or an emulator). */
export function telegramAlertSender(token: string, apiRoot: string): AlertSender {
  const telegram = new Telegram(token, { apiRoot, webhookReply: false });
  return async (chatId, text, signal) => {
    // telegraf types `signal` with the abort-controller shim's class; Node's own AbortSignal is what node-fetch checks for.
    const options = { signal } as unknown as Parameters<Telegram['callApi']>[2];
    const message = await telegram.callApi('sendMessage', { chat_id: chatId, text, link_preview_options: { is_disabled: true } }, options);
    return message.message_id;
  };
}

/** What a failed send means for the alert. Decided by error_code and parameters, never by description text. */
export type SendFailure =
  | { kind: 'retry-after'; seconds: number }
  | { kind: 'migrated'; chatId: number }
  /** 403 (blocked, kicked) or 400 (chat not found, no right to write): this chat cannot get alerts. */
  | { kind: 'unreachable' }
  /** 401 or 404: the token or the API root is wrong; nothing can be sent until that is fixed. */
  | { kind: 'unauthorized' }
  /** Another 4xx: this message will not go through by retrying. */
  | { kind: 'rejected' }
  /** Network error, timeout, 5xx, or an answer that is not the Bot API's: try again later. */
  | { kind: 'transient' };

interface ApiErrorShape {
  response?: { error_code?: unknown; description?: unknown; parameters?: { retry_after?: unknown; migrate_to_chat_id?: unknown } };
}

export function classifySendError(error: unknown): SendFailure {
  const response = (error as ApiErrorShape | null)?.response;
  const code = typeof response?.error_code === 'number' ? response.error_code : null;
  if (code === null) return { kind: 'transient' };
  const parameters = response?.parameters ?? {};
  if (typeof parameters.migrate_to_chat_id === 'number' && Number.isSafeInteger(parameters.migrate_to_chat_id)) {
    return { kind: 'migrated', chatId: parameters.migrate_to_chat_id };
  }
  if (code === 429 || typeof parameters.retry_after === 'number') {
    const seconds = typeof parameters.retry_after === 'number' && parameters.retry_after > 0 ? parameters.retry_after : 1;
    return { kind: 'retry-after', seconds };
  }
  if (code >= 500) return { kind: 'transient' };
  if (code === 403 || code === 400) return { kind: 'unreachable' };
  if (code === 401 || code === 404) return { kind: 'unauthorized' };
  return { kind: 'rejected' };
}

function describeError(error: unknown): string {
  const response = (error as ApiErrorShape | null)?.response;
  const text =
    typeof response?.error_code === 'number'
      ? `${response.error_code} ${typeof response.description === 'string' ? response.description : ''}`.trim()
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : String(error);
  return text.slice(0, 500);
}

export interface AlertDispatcherOptions {
  db: BudgetDb;
  /** A bot token and API root (telegraf's Telegram client is used), or any sender. */
  sender: AlertSender | { token: string; apiRoot: string };
  log?: Logger;
  /** Overall sends per second (ALERTS_PER_SECOND); default 25. */
  perSecond?: number;
  /** Sends per second to one chat; default 1. */
  perChatPerSecond?: number;
  /** Sends per minute to one group chat (negative id); default 20. */
  groupPerMinute?: number;
  /** Extra milliseconds added to every limit's window (clock granularity); default 5. */
  limitMarginMs?: number;
  /** Sends in flight at once (never two to one chat); default 16. */
  maxInFlight?: number;
  /** A request without an answer by then is aborted and retried like a network error; default 10 000. */
  requestTimeoutMs?: number;
  /** How often the outbox is read for alerts written by other processes (the CLI); default 1000. */
  pollIntervalMs?: number;
  /** Backoff after a network error, timeout or 5xx: base × 2^(attempt−1), jittered, capped; defaults 1 s and 5 min. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Pause after 401/404 (bad token or API root); default 60 s. */
  unauthorizedPauseMs?: number;
}

/** The oldest pending alert of one chat: alerts reach a chat in the order their transfers were recorded. */
interface Head {
  id: number;
  chatId: number;
  transferSeq: number;
  lang: Lang;
  attempts: number;
  nextAttemptAt: number;
}

interface HeadRow {
  id: number;
  chat_id: number;
  transfer_seq: number;
  lang: Lang;
  attempts: number;
  next_attempt_at: number;
}

type Result =
  | { kind: 'sent'; messageId: number }
  | { kind: 'not-pending' }
  | { kind: 'transfer-gone' }
  | ({ error: string } & SendFailure);

interface Finished {
  head: Head;
  result: Result;
  at: number;
}

const toHead = (row: HeadRow): Head => ({
  id: row.id,
  chatId: row.chat_id,
  transferSeq: row.transfer_seq,
  lang: row.lang,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
});

const FLUSH_DELAY_MS = 2;

const HEAD_COLUMNS = 'id, chat_id, transfer_seq, lang, attempts, next_attempt_at';

/**
 * Sends the alert outbox to Telegram within its limits: overall (token bucket + one-second window),
 * one message per second per chat, 20 per minute per group. It waits out 429 retry_after, retries
 * network errors, timeouts and 5xx with capped exponential backoff, turns off subscriptions of
 * chats that blocked the bot or are gone, and follows a group's migration to a supergroup. All
 * state is in the database, so after a restart it simply carries on; an alert that was in flight
 * when the process died is sent again (its transfer id makes the duplicate recognisable).
 */
export class AlertDispatcher {
  private readonly db: BudgetDb;
  private readonly send: AlertSender;
  private readonly log: Logger | undefined;
  private readonly limiter: RateLimiter;
  private readonly privateIntervalMs: number;
  private readonly groupIntervalMs: number;
  private readonly maxInFlight: number;
  private readonly requestTimeoutMs: number;
  private readonly pollIntervalMs: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly unauthorizedPauseMs: number;

  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private nudged = false;
  private refreshAll = true;
  private lastRefreshAt = 0;

  /** Each chat's oldest pending alert; a chat goes to the back when its head changes (round robin). */
  private readonly heads = new Map<number, Head>();
  private readonly staleChats = new Set<number>();
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly busyChats = new Set<number>();
  private readonly chatReadyAt = new Map<number, number>();
  private pausedUntil = 0;
  private finished: Finished[] = [];
  /** A fan-out sends the same text to many chats: rendered once per transfer and language. */
  private readonly texts = new Map<string, string | null>();
  private flushTimer: NodeJS.Timeout | null = null;

  constructor(options: AlertDispatcherOptions) {
    this.db = options.db;
    this.send = typeof options.sender === 'function' ? options.sender : telegramAlertSender(options.sender.token, options.sender.apiRoot);
    this.log = options.log;
    const margin = options.limitMarginMs ?? 5;
    this.limiter = new RateLimiter(options.perSecond ?? 25, margin);
    const perChat = options.perChatPerSecond ?? 1;
    this.privateIntervalMs = 1000 / perChat + margin;
    this.groupIntervalMs = Math.max(1000 / perChat, 60_000 / (options.groupPerMinute ?? 20)) + margin;
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 16);
    this.requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.retryBaseMs = options.retryBaseMs ?? 1000;
    this.retryMaxMs = options.retryMaxMs ?? 300_000;
    this.unauthorizedPauseMs = options.unauthorizedPauseMs ?? 60_000;
  }

  /** Starts sending in the background (idempotent). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.refreshAll = true;
    this.loop = this.run();
  }

  /** Stops taking new alerts, waits for the ones in flight and records their outcome. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.nudge();
    await this.loop;
    await Promise.all(this.inFlight.values());
    this.flush();
  }

  /** New alerts were committed: look at the outbox now instead of at the next poll. */
  wake(): void {
    this.refreshAll = true;
    this.nudge();
  }

  /** Alerts being sent right now (for tests and status). */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  private nudge(): void {
    this.nudged = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let waitMs = this.pollIntervalMs;
      try {
        waitMs = this.tick(Date.now());
      } catch (error) {
        this.log?.error({ err: error }, 'alert dispatcher: reading the outbox failed');
      }
      if (!this.running) break;
      await this.sleep(waitMs);
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
      const timer = setTimeout(done, Math.max(1, Math.ceil(ms)));
      this.wakeUp = done;
    });
  }

  /** Starts whatever may be sent now; returns how long to wait before looking again. */
  private tick(now: number): number {
    if (this.refreshAll || now - this.lastRefreshAt >= this.pollIntervalMs) this.refreshHeads(now);
    else for (const chatId of this.staleChats) this.refreshHead(chatId);
    this.staleChats.clear();

    let wait = Math.max(1, this.lastRefreshAt + this.pollIntervalMs - now);
    if (now < this.pausedUntil) return Math.min(wait, this.pausedUntil - now);
    for (const head of this.heads.values()) {
      if (this.busyChats.has(head.chatId)) continue;
      if (head.nextAttemptAt > now) {
        wait = Math.min(wait, head.nextAttemptAt - now);
        continue;
      }
      const readyAt = this.chatReadyAt.get(head.chatId) ?? 0;
      if (readyAt > now) {
        wait = Math.min(wait, readyAt - now);
        continue;
      }
      // A finishing send wakes the loop, so a full pipe needs no timer.
      if (this.inFlight.size >= this.maxInFlight) return wait;
      const limitWait = this.limiter.delay(now);
      // Infinity: every counted send is still in flight; the first to finish wakes the loop.
      if (limitWait > 0) return Math.min(wait, limitWait);
      this.limiter.take(now);
      this.startSending(head);
    }
    return wait;
  }

  private refreshHeads(now: number): void {
    const rows = statement(
      this.db,
      `SELECT ${HEAD_COLUMNS} FROM alert_outbox WHERE id IN
         (SELECT MIN(id) FROM alert_outbox WHERE state = 'pending' GROUP BY chat_id)
       ORDER BY id`,
    ).all() as HeadRow[];
    this.heads.clear();
    for (const row of rows) this.heads.set(row.chat_id, toHead(row));
    this.refreshAll = false;
    this.lastRefreshAt = now;
    if (this.chatReadyAt.size > 10_000) {
      for (const [chatId, readyAt] of this.chatReadyAt) if (readyAt <= now) this.chatReadyAt.delete(chatId);
    }
  }

  private refreshHead(chatId: number): void {
    const row = statement(this.db, `SELECT ${HEAD_COLUMNS} FROM alert_outbox WHERE state = 'pending' AND chat_id = ? ORDER BY id LIMIT 1`).get(chatId) as
      | HeadRow
      | undefined;
    this.heads.delete(chatId);
    if (row) this.heads.set(chatId, toHead(row));
  }

  private startSending(head: Head): void {
    this.busyChats.add(head.chatId);
    const sending = this.deliver(head).then(
      (result) => this.finish(head, result),
      (error: unknown) => this.finish(head, { kind: 'transient', error: describeError(error) }),
    );
    this.inFlight.set(head.id, sending);
  }

  private async deliver(head: Head): Promise<Result> {
    // Read again right before sending: an unsubscribe in the meantime must stop the alert.
    const current = statement(this.db, 'SELECT state FROM alert_outbox WHERE id = ?').get(head.id) as { state: string } | undefined;
    if (current?.state !== 'pending') return { kind: 'not-pending' };
    const text = this.textOf(head);
    // Replacing the demo dataset by an import removes its transfers.
    if (text === null) return { kind: 'transfer-gone' };
    try {
      const messageId = await this.send(head.chatId, text, AbortSignal.timeout(this.requestTimeoutMs));
      return { kind: 'sent', messageId };
    } catch (error) {
      return { ...classifySendError(error), error: describeError(error) };
    }
  }

  private textOf(head: Head): string | null {
    const key = `${head.transferSeq}:${head.lang}`;
    let text = this.texts.get(key);
    if (text === undefined) {
      const row = statement(this.db, 'SELECT * FROM transfers WHERE seq = ?').get(head.transferSeq) as Parameters<typeof rowToTransfer>[0] | undefined;
      text = row ? alertText(this.db, rowToTransfer(row), head.lang) : null;
      if (this.texts.size >= 256) this.texts.delete(this.texts.keys().next().value!);
      this.texts.set(key, text);
    }
    return text;
  }

  private finish(head: Head, result: Result): void {
    const at = Date.now();
    // Limits count from the answer: Telegram saw the message somewhere between the start and now.
    this.limiter.finished(at);
    const interval = head.chatId < 0 ? this.groupIntervalMs : this.privateIntervalMs;
    this.chatReadyAt.set(head.chatId, Math.max(this.chatReadyAt.get(head.chatId) ?? 0, at + interval));
    this.finished.push({ head, result, at });
    // Outcomes arriving within a couple of milliseconds are written in one transaction (one fsync).
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = null;
      this.flush();
    }, FLUSH_DELAY_MS);
  }

  /** Records finished sends; only then may their chats be sent to again (so nothing is sent twice). */
  private flush(): void {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    const batch = this.finished;
    if (batch.length === 0) return;
    this.finished = [];
    try {
      this.db.$client.transaction(() => {
        for (const item of batch) this.record(item);
      }).immediate();
    } catch (error) {
      if (!this.running) {
        // Stopping: these alerts stay pending and go out again after the restart.
        this.log?.error({ err: error, alerts: batch.length }, 'alert dispatcher: recording outcomes failed while stopping');
        return;
      }
      // The database was busy or failed: keep the outcomes (their chats stay blocked) and try again.
      this.log?.error({ err: error }, 'alert dispatcher: recording outcomes failed; retrying');
      this.finished = batch.concat(this.finished);
      this.flushTimer = setTimeout(() => {
        this.flushTimer = null;
        this.flush();
      }, 500);
      return;
    }
    for (const { head, result } of batch) {
      this.inFlight.delete(head.id);
      this.busyChats.delete(head.chatId);
      this.staleChats.add(head.chatId);
      if (result.kind === 'migrated') this.staleChats.add(result.chatId);
    }
    this.nudge();
  }

  private record({ head, result, at }: Finished): void {
    const db = this.db;
    const attempts = head.attempts + 1;
    switch (result.kind) {
      case 'sent':
        statement(db, "UPDATE alert_outbox SET state = 'sent', message_id = ?, attempts = ?, sent_at = ?, last_error = NULL WHERE id = ?").run(
          result.messageId,
          attempts,
          new Date(at).toISOString(),
          head.id,
        );
        return;
      case 'not-pending':
        return;
      case 'transfer-gone':
        statement(db, "UPDATE alert_outbox SET state = 'dropped', last_error = ? WHERE id = ? AND state = 'pending'").run('the transfer is no longer in the ledger', head.id);
        return;
      case 'retry-after': {
        const until = at + result.seconds * 1000;
        this.retryAt(head.id, attempts, until, result.error);
        this.chatReadyAt.set(head.chatId, Math.max(this.chatReadyAt.get(head.chatId) ?? 0, until));
        // A private chat is already kept to one message a second, so a 429 there means the bot as a
        // whole is over its limit: everyone waits. A group can be over its own 20 a minute.
        if (head.chatId > 0) this.pausedUntil = Math.max(this.pausedUntil, until);
        this.log?.warn({ chatId: head.chatId, retryAfter: result.seconds, global: head.chatId > 0 }, 'alert dispatcher: Telegram asked to slow down');
        return;
      }
      case 'transient': {
        const backoff = Math.min(this.retryMaxMs, this.retryBaseMs * 2 ** Math.min(30, attempts - 1));
        this.retryAt(head.id, attempts, at + Math.round(backoff * (0.5 + Math.random() / 2)), result.error);
        this.log?.warn({ chatId: head.chatId, attempts, error: result.error }, 'alert dispatcher: send failed, will retry');
        return;
      }
      case 'unauthorized':
        this.retryAt(head.id, attempts, at + this.unauthorizedPauseMs, result.error);
        this.pausedUntil = Math.max(this.pausedUntil, at + this.unauthorizedPauseMs);
        this.log?.error({ error: result.error }, 'alert dispatcher: Telegram refused the bot (token or API root wrong); pausing');
        return;
      case 'rejected':
        statement(db, "UPDATE alert_outbox SET state = 'failed', attempts = ?, last_error = ? WHERE id = ?").run(attempts, result.error, head.id);
        this.log?.error({ chatId: head.chatId, error: result.error }, 'alert dispatcher: Telegram rejected an alert');
        return;
      case 'unreachable':
        statement(db, "UPDATE alert_outbox SET state = 'dropped', attempts = ?, last_error = ? WHERE id = ?").run(attempts, result.error, head.id);
        statement(db, 'UPDATE subscriptions SET active = 0 WHERE chat_id = ?').run(head.chatId);
        dropPendingAlerts(db, head.chatId, `subscription turned off: ${result.error}`);
        this.log?.info({ chatId: head.chatId, error: result.error }, 'alert dispatcher: chat unreachable, subscription turned off');
        return;
      case 'migrated':
        this.migrate(head, attempts, result.chatId, result.error);
        return;
    }
  }

  private retryAt(id: number, attempts: number, nextAttemptAt: number, error: string): void {
    statement(this.db, "UPDATE alert_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ? AND state = 'pending'").run(
      attempts,
      nextAttemptAt,
      error,
      id,
    );
  }

  /** The group became a supergroup with a new id: the subscription and its pending alerts move there and go out again. */
  private migrate(head: Head, attempts: number, newChatId: number, error: string): void {
    const db = this.db;
    const oldChatId = head.chatId;
    statement(db, "UPDATE alert_outbox SET attempts = ?, last_error = ? WHERE id = ? AND state = 'pending'").run(attempts, error, head.id);
    const taken = statement(db, 'SELECT 1 FROM subscriptions WHERE chat_id = ?').get(newChatId);
    if (taken) statement(db, 'UPDATE subscriptions SET active = 0 WHERE chat_id = ?').run(oldChatId);
    else statement(db, 'UPDATE subscriptions SET chat_id = ? WHERE chat_id = ?').run(newChatId, oldChatId);
    // An alert already queued for the new chat stays there; the old chat's copy is dropped.
    statement(db, "UPDATE OR IGNORE alert_outbox SET chat_id = ?, next_attempt_at = 0 WHERE chat_id = ? AND state = 'pending'").run(newChatId, oldChatId);
    dropPendingAlerts(db, oldChatId, `the group moved to ${newChatId}`);
    this.log?.info({ from: oldChatId, to: newChatId }, 'alert dispatcher: group migrated to a supergroup');
  }
}
