import type { BudgetDb } from '../client.js';
import type { watches, WatchKind } from '../schema.js';
import { prepared } from './prepared.js';

// Thresholds chats watch. The only place that changes `watches`.

export type WatchRow = typeof watches.$inferSelect;
export type NewWatch = Omit<WatchRow, 'id' | 'firing' | 'firedAt' | 'active'>;

const COLUMNS = `id, chat_id AS chatId, user_id AS userId, kind, target, threshold, unit, by_date AS byDate, firing, fired_at AS firedAt,
  active, lang, created_at AS createdAt`;

type Raw = Omit<WatchRow, 'active' | 'firing'> & { active: number; firing: number };
const toWatch = (row: Raw): WatchRow => ({ ...row, active: row.active === 1, firing: row.firing === 1 });

/** Adds a watch; returns its id. */
export function insertWatch(db: BudgetDb, row: NewWatch): number {
  const result = prepared(
    db,
    `INSERT INTO watches (chat_id, user_id, kind, target, threshold, unit, by_date, firing, active, lang, created_at)
     VALUES (@chatId, @userId, @kind, @target, @threshold, @unit, @byDate, 0, 1, @lang, @createdAt)`,
  ).run(row);
  return Number(result.lastInsertRowid);
}

/** A chat's active watches, oldest first (their order is the number /unwatch takes). */
export function watchesOf(db: BudgetDb, chatId: number): WatchRow[] {
  return (prepared(db, `SELECT ${COLUMNS} FROM watches WHERE chat_id = ? AND active = 1 ORDER BY id`).all(chatId) as Raw[]).map(toWatch);
}

/** Every active watch of these kinds. */
export function activeWatches(db: BudgetDb, kinds: readonly WatchKind[]): WatchRow[] {
  const all = (prepared(db, `SELECT ${COLUMNS} FROM watches WHERE active = 1 ORDER BY id`).all() as Raw[]).map(toWatch);
  return all.filter((w) => kinds.includes(w.kind));
}

/** Records whether a watch's condition holds now; `firedAt` when it just became true. */
export function setFiring(db: BudgetDb, id: number, firing: boolean, firedAt?: string): void {
  if (firedAt) prepared(db, 'UPDATE watches SET firing = 1, fired_at = ? WHERE id = ?').run(firedAt, id);
  else prepared(db, 'UPDATE watches SET firing = ? WHERE id = ?').run(firing ? 1 : 0, id);
}

/** A chat's watches that alerted from `since` on (UTC ISO), for its digest. */
export function firedSince(db: BudgetDb, chatId: number, since: string): WatchRow[] {
  return (prepared(db, `SELECT ${COLUMNS} FROM watches WHERE chat_id = ? AND fired_at >= ? ORDER BY fired_at`).all(chatId, since) as Raw[]).map(toWatch);
}

/** Stops one watch of a chat; true when it was active. */
export function deactivateWatch(db: BudgetDb, chatId: number, id: number): boolean {
  return prepared(db, 'UPDATE watches SET active = 0 WHERE id = ? AND chat_id = ? AND active = 1').run(id, chatId).changes === 1;
}

/** Stops every watch a user set up (their access was revoked); returns how many. */
export function deactivateWatchesOf(db: BudgetDb, userId: number): number {
  return prepared(db, 'UPDATE watches SET active = 0 WHERE user_id = ? AND active = 1').run(userId).changes;
}
