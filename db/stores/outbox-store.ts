import type { BudgetDb } from '../client.js';
import type { outbox, OutboxState } from '../schema.js';
import { prepared } from './prepared.js';
import { inWriteTransaction } from './transaction.js';

// The outbox's SQL and the dispatcher's lease. Messages reach a chat in the order they were written:
// only the oldest unfinished row of a chat (its head) is ever claimed.

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = Pick<OutboxRow, 'kind' | 'chatId' | 'lang' | 'createdAt'> &
  Partial<Pick<OutboxRow, 'subscriptionId' | 'dedupeKey' | 'nextAttemptAt' | 'heldUntil'>> & { payload: unknown };

const COLUMNS = `id, kind, chat_id AS chatId, subscription_id AS subscriptionId, dedupe_key AS dedupeKey, payload, lang, state, attempts,
  next_attempt_at AS nextAttemptAt, held_until AS heldUntil, claimed_by AS claimedBy, message_id AS messageId, last_error AS lastError, created_at AS createdAt, sent_at AS sentAt`;

/** Queues one message; false when a message with the same dedupe key is already queued. */
export function enqueueMessage(db: BudgetDb, row: NewOutboxRow): boolean {
  return (
    prepared(
      db,
      `INSERT INTO outbox (kind, chat_id, subscription_id, dedupe_key, payload, lang, state, attempts, next_attempt_at, held_until, created_at)
       VALUES (@kind, @chatId, @subscriptionId, @dedupeKey, @payload, @lang, 'pending', 0, @nextAttemptAt, @heldUntil, @createdAt)
       ON CONFLICT (dedupe_key) DO NOTHING`,
    ).run({
      kind: row.kind,
      chatId: row.chatId,
      subscriptionId: row.subscriptionId ?? null,
      dedupeKey: row.dedupeKey ?? null,
      payload: JSON.stringify(row.payload),
      lang: row.lang,
      nextAttemptAt: row.nextAttemptAt ?? 0,
      heldUntil: row.heldUntil ?? null,
      createdAt: row.createdAt,
    }).changes === 1
  );
}

/**
 * One `transfer-alert` per active subscription that wants this transfer: a subscription narrows it
 * by priority area (of either project) and by minimum amount. Returns how many were queued.
 */
export function enqueueTransferAlerts(
  db: BudgetDb,
  transfer: { seq: number; id: string; amount: number; fromProject: string | null; toProject: string | null; recordedAt: string },
): number {
  return prepared(
    db,
    `INSERT INTO outbox (kind, chat_id, subscription_id, dedupe_key, payload, lang, state, attempts, next_attempt_at, created_at)
     SELECT 'transfer-alert', s.chat_id, s.id, 'transfer:' || @seq || ':' || s.chat_id, json_object('transferSeq', @seq, 'transferId', @id),
            s.lang, 'pending', 0, 0, @createdAt
     FROM subscriptions s
     WHERE s.active = 1
       AND (s.min_amount IS NULL OR s.min_amount <= @amount)
       AND (s.priority IS NULL OR s.priority IN (SELECT priority FROM projects WHERE id IN (@fromProject, @toProject)))
     ORDER BY s.id
     ON CONFLICT (dedupe_key) DO NOTHING`,
  ).run({ seq: transfer.seq, id: transfer.id, amount: transfer.amount, fromProject: transfer.fromProject, toProject: transfer.toProject, createdAt: transfer.recordedAt })
    .changes;
}

/**
 * Holds the messages of these kinds written after `afterId` for every chat whose quiet hours hold
 * `minuteOfDay` (local), until they end: `minuteStart` (the current minute, ms) plus the minutes left.
 * One statement for all chats, so a transfer alerting ten thousand subscribers stays one short write.
 */
export function holdInQuietHours(db: BudgetDb, input: { afterId: number; kinds: readonly string[]; minuteOfDay: number; minuteStart: number }): number {
  return prepared(
    db,
    `UPDATE outbox SET held_until = @minuteStart + ((q.end_minute - @m + 1440) % 1440) * 60000
     FROM quiet_hours q
     WHERE outbox.chat_id = q.chat_id AND outbox.id > @afterId AND outbox.state = 'pending'
       AND outbox.kind IN (SELECT value FROM json_each(@kinds))
       AND ((q.start_minute < q.end_minute AND @m >= q.start_minute AND @m < q.end_minute)
         OR (q.start_minute > q.end_minute AND (@m >= q.start_minute OR @m < q.end_minute)))`,
  ).run({ afterId: input.afterId, kinds: JSON.stringify(input.kinds), m: input.minuteOfDay, minuteStart: input.minuteStart }).changes;
}

/** The newest outbox row's id (0 when empty): messages written after it are the ones a change queued. */
export function lastOutboxId(db: BudgetDb): number {
  return (prepared(db, 'SELECT COALESCE(MAX(id), 0) AS id FROM outbox').get() as { id: number }).id;
}

export function listOutbox(db: BudgetDb): OutboxRow[] {
  return prepared(db, `SELECT ${COLUMNS} FROM outbox ORDER BY id`).all() as OutboxRow[];
}

export function outboxCounts(db: BudgetDb): Record<OutboxState, number> {
  const counts: Record<OutboxState, number> = { pending: 0, sending: 0, sent: 0, failed: 0, dropped: 0 };
  for (const { state, n } of prepared(db, 'SELECT state, COUNT(*) AS n FROM outbox GROUP BY state').all() as { state: OutboxState; n: number }[]) counts[state] = n;
  return counts;
}

/** Whether any message still waits to be sent, held ones aside (one index lookup). */
export function hasUnsent(db: BudgetDb): boolean {
  return prepared(db, "SELECT 1 FROM outbox WHERE state IN ('pending', 'sending') AND held_until IS NULL LIMIT 1").get() !== undefined;
}

// ── The lease: one dispatcher per database ─────────────────────────────────────────────────────

/**
 * Takes or renews the lease for `owner` until `now + ttlMs`; false while another owner holds an
 * unexpired one. Taking it over from another owner puts that owner's claimed rows back to pending.
 */
export function acquireLease(db: BudgetDb, owner: string, now: number, ttlMs: number): boolean {
  return inWriteTransaction(db, () => {
    const current = prepared(db, 'SELECT owner, expires_at AS expiresAt FROM dispatcher_lease WHERE id = 1').get() as { owner: string; expiresAt: number } | undefined;
    if (current && current.owner !== owner && current.expiresAt > now) return false;
    prepared(
      db,
      `INSERT INTO dispatcher_lease (id, owner, expires_at) VALUES (1, @owner, @expiresAt)
       ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at`,
    ).run({ owner, expiresAt: now + ttlMs });
    if (current?.owner !== owner) {
      // Whoever held it is gone: what it had claimed may or may not have reached Telegram, and goes out again.
      prepared(db, "UPDATE outbox SET state = 'pending', claimed_by = NULL WHERE state = 'sending' AND claimed_by IS NOT @owner").run({ owner });
    }
    return true;
  });
}

/** Gives the lease up at once (a clean stop), so the next dispatcher need not wait for it to expire. */
export function releaseLease(db: BudgetDb, owner: string): void {
  prepared(db, "UPDATE dispatcher_lease SET expires_at = 0 WHERE id = 1 AND owner = ?").run(owner);
}

/**
 * Each chat's oldest due message, oldest first. It walks the pending rows in id order and stops at
 * the limit (`+` keeps SQLite off the next_attempt_at index, which would sort every pending row
 * first: 6–7 ms a claim with 8 000 alerts queued, against under 1 ms).
 */
export const CLAIM_DUE_HEADS = `SELECT ${COLUMNS} FROM outbox o
  WHERE o.state = 'pending' AND +o.next_attempt_at <= @now AND (o.held_until IS NULL OR o.held_until <= @now)
    AND o.id = (SELECT MIN(h.id) FROM outbox h WHERE h.chat_id = o.chat_id AND h.state IN ('pending', 'sending')
                  AND (h.held_until IS NULL OR h.held_until <= @now))
  ORDER BY o.id LIMIT @limit`;

/**
 * Claims up to `limit` chat heads that are due, oldest first, while `owner` holds the lease: each
 * chat's oldest unfinished message, only when it is pending and its time has come.
 */
export function claimDueHeads(db: BudgetDb, owner: string, now: number, limit: number): OutboxRow[] {
  return inWriteTransaction(db, () => {
    const lease = prepared(db, 'SELECT owner, expires_at AS expiresAt FROM dispatcher_lease WHERE id = 1').get() as { owner: string; expiresAt: number } | undefined;
    if (!lease || lease.owner !== owner || lease.expiresAt <= now) return [];
    const due = prepared(db, CLAIM_DUE_HEADS).all({ now, limit }) as OutboxRow[];
    const claim = prepared(db, "UPDATE outbox SET state = 'sending', claimed_by = ? WHERE id = ? AND state = 'pending'");
    for (const row of due) claim.run(owner, row.id);
    return due.map((row) => ({ ...row, state: 'sending' as const, claimedBy: owner }));
  });
}

/** Puts one claimed row back to pending as it was (its send never started). */
export function releaseClaim(db: BudgetDb, id: number): void {
  prepared(db, "UPDATE outbox SET state = 'pending', claimed_by = NULL WHERE id = ? AND state = 'sending'").run(id);
}

/** Puts this owner's claimed rows back to pending (a stop that did not finish them). */
export function releaseClaims(db: BudgetDb, owner: string): void {
  prepared(db, "UPDATE outbox SET state = 'pending', claimed_by = NULL WHERE state = 'sending' AND claimed_by = ?").run(owner);
}

// ── Outcomes (the dispatcher records them in batches, inside one transaction) ─────────────────

export function markSent(db: BudgetDb, id: number, outcome: { messageId: number | null; attempts: number; sentAt: string }): void {
  prepared(db, "UPDATE outbox SET state = 'sent', message_id = @messageId, attempts = @attempts, sent_at = @sentAt, last_error = NULL, claimed_by = NULL WHERE id = @id").run({
    id,
    ...outcome,
  });
}

/** Back to pending, not before `nextAttemptAt` (a still-claimed row only: an unsubscribe may have dropped it meanwhile). */
export function markRetry(db: BudgetDb, id: number, outcome: { attempts: number; nextAttemptAt: number; error: string }): void {
  prepared(
    db,
    "UPDATE outbox SET state = 'pending', attempts = @attempts, next_attempt_at = @nextAttemptAt, last_error = @error, claimed_by = NULL WHERE id = @id AND state = 'sending'",
  ).run({ id, ...outcome });
}

export function markFinished(db: BudgetDb, id: number, outcome: { state: 'failed' | 'dropped'; attempts: number; error: string }): void {
  prepared(db, 'UPDATE outbox SET state = @state, attempts = @attempts, last_error = @error, claimed_by = NULL WHERE id = @id').run({ id, ...outcome });
}

/** Whether a claimed row is still to be sent (an unsubscribe in the meantime drops it). */
export function isStillClaimed(db: BudgetDb, id: number, owner: string): boolean {
  return prepared(db, "SELECT 1 FROM outbox WHERE id = ? AND state = 'sending' AND claimed_by = ?").get(id, owner) !== undefined;
}

/** Drops a chat's messages not yet sent (with why); returns how many. */
export function dropUnsent(db: BudgetDb, chatId: number, why: string, kinds?: readonly string[]): number {
  const kindFilter = kinds ? `AND kind IN (${kinds.map(() => '?').join(', ')})` : '';
  return prepared(db, `UPDATE outbox SET state = 'dropped', last_error = ?, claimed_by = NULL WHERE chat_id = ? AND state IN ('pending', 'sending') ${kindFilter}`).run(
    why,
    chatId,
    ...(kinds ?? []),
  ).changes;
}

/** A group became a supergroup: its unsent messages go to the new chat id (a copy already there wins). */
export function moveUnsent(db: BudgetDb, fromChatId: number, toChatId: number): void {
  // Dedupe keys end with the chat id: they move too, and a copy already queued for the new chat wins.
  prepared(
    db,
    `UPDATE OR IGNORE outbox SET chat_id = @to, next_attempt_at = 0, state = 'pending', claimed_by = NULL,
       dedupe_key = CASE WHEN dedupe_key LIKE '%:' || @from THEN substr(dedupe_key, 1, length(dedupe_key) - length(@from)) || @to ELSE dedupe_key END
     WHERE chat_id = @from AND state IN ('pending', 'sending')`,
  ).run({ from: String(fromChatId), to: String(toChatId) });
  dropUnsent(db, fromChatId, `the group moved to ${toChatId}`);
}
