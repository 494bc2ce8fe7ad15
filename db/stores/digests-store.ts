import type { BudgetDb } from '../client.js';
import type { digests } from '../schema.js';
import { prepared, runOne } from './prepared.js';

// Chats that asked for digests. The only place that changes `digests`.

export type DigestRow = typeof digests.$inferSelect;

const COLUMNS = `id, chat_id AS chatId, user_id AS userId, cadence, at_minute AS atMinute, weekday, last_slot AS lastSlot,
  active, lang, created_at AS createdAt`;

const toDigest = (row: Omit<DigestRow, 'active'> & { active: number }): DigestRow => ({ ...row, active: row.active === 1 });

/** The chat's digest (active or not), or null. */
export function digestOf(db: BudgetDb, chatId: number): DigestRow | null {
  const row = prepared(db, `SELECT ${COLUMNS} FROM digests WHERE chat_id = ?`).get(chatId) as Parameters<typeof toDigest>[0] | undefined;
  return row ? toDigest(row) : null;
}

/** Every digest still wanted. */
export function activeDigests(db: BudgetDb): DigestRow[] {
  return (prepared(db, `SELECT ${COLUMNS} FROM digests WHERE active = 1 ORDER BY id`).all() as Parameters<typeof toDigest>[0][]).map(toDigest);
}

/** Creates or replaces the chat's one digest (active again, counting from `lastSlot`). */
export function upsertDigest(db: BudgetDb, row: Omit<DigestRow, 'id' | 'active'>): void {
  runOne(
    prepared(
      db,
      `INSERT INTO digests (chat_id, user_id, cadence, at_minute, weekday, last_slot, active, lang, created_at)
       VALUES (@chatId, @userId, @cadence, @atMinute, @weekday, @lastSlot, 1, @lang, @createdAt)
       ON CONFLICT (chat_id) DO UPDATE SET user_id = excluded.user_id, cadence = excluded.cadence, at_minute = excluded.at_minute,
         weekday = excluded.weekday, last_slot = excluded.last_slot, active = 1, lang = excluded.lang, created_at = excluded.created_at`,
    ),
    row,
  );
}

/** Turns a chat's digest off; true when it was on. */
export function deactivateDigest(db: BudgetDb, chatId: number): boolean {
  return prepared(db, 'UPDATE digests SET active = 0 WHERE chat_id = ? AND active = 1').run(chatId).changes > 0;
}

/**
 * Moves a digest on to the slot it was just sent for, only if nobody did already (the slot it had is
 * still there): with the message queued in the same transaction, a digest goes out once per slot.
 */
export function advanceDigest(db: BudgetDb, id: number, from: string, to: string): boolean {
  return prepared(db, 'UPDATE digests SET last_slot = @to WHERE id = @id AND last_slot = @from AND active = 1').run({ id, from, to }).changes === 1;
}

/** Turns off every digest a user set up (their access was revoked); returns how many. */
export function deactivateDigestsOf(db: BudgetDb, userId: number): number {
  return prepared(db, 'UPDATE digests SET active = 0 WHERE user_id = ? AND active = 1').run(userId).changes;
}
