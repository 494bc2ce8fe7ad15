import { beforeClose, type BudgetDb } from '../client.js';
import type { chatContexts } from '../schema.js';
import { prepared } from './prepared.js';
import { inWriteTransaction } from './transaction.js';

// The last question of each person in each chat. The only place that touches `chat_contexts`.
// Every answer remembers one, so writes are batched: a commit is an fsync (0.5 ms typical, 7 ms
// at p99 here), too dear for every reply. What waits is written within a second, and when the
// connection closes, without an fsync; a crash loses at most that second of follow-up context,
// never budget data.

export type ChatContextRow = typeof chatContexts.$inferSelect;

const FLUSH_AFTER_MS = 1000;

interface Pending {
  rows: Map<string, ChatContextRow>;
  timer: NodeJS.Timeout | null;
}

const PENDING = new WeakMap<BudgetDb, Pending>();
const keyOf = (chatId: number, userId: number) => `${chatId}:${userId}`;

function pendingOf(db: BudgetDb): Pending {
  let pending = PENDING.get(db);
  if (!pending) {
    pending = { rows: new Map(), timer: null };
    PENDING.set(db, pending);
    beforeClose(db, () => flushChatContexts(db));
  }
  return pending;
}

/** The person's last question in the chat, however old (the caller decides what is fresh). */
export function chatContextOf(db: BudgetDb, chatId: number, userId: number): ChatContextRow | null {
  const waiting = PENDING.get(db)?.rows.get(keyOf(chatId, userId));
  if (waiting) return waiting;
  const row = prepared(
    db,
    'SELECT chat_id AS chatId, user_id AS userId, intent, args, subject, saved_at AS savedAt FROM chat_contexts WHERE chat_id = ? AND user_id = ?',
  ).get(chatId, userId) as ChatContextRow | undefined;
  return row ?? null;
}

/** Remembers the question (written within a second, see above). */
export function rememberChatContext(db: BudgetDb, row: ChatContextRow): void {
  const pending = pendingOf(db);
  pending.rows.set(keyOf(row.chatId, row.userId), row);
  if (!pending.timer) {
    pending.timer = setTimeout(() => {
      try {
        flushChatContexts(db);
      } catch {
        // A busy or read-only database: the rows stay pending and the next remember tries again.
      }
    }, FLUSH_AFTER_MS);
    pending.timer.unref();
  }
}

/** Writes what waits, in one transaction. Throws when the database refuses (read-only, full disk); nothing is lost then. */
export function flushChatContexts(db: BudgetDb): void {
  const pending = PENDING.get(db);
  if (!pending) return;
  if (pending.timer) clearTimeout(pending.timer);
  pending.timer = null;
  if (pending.rows.size === 0 || !db.$client.open) return;
  const rows = [...pending.rows.values()];
  // Without waiting for the disk (a crash of the machine, not of the process, may lose the last
  // second of conversations); the ledger's own writes keep synchronous = FULL.
  const synchronous = db.$client.pragma('synchronous', { simple: true }) as number;
  db.$client.pragma('synchronous = NORMAL');
  try {
    writeRows(db, rows);
  } finally {
    db.$client.pragma(`synchronous = ${synchronous}`);
  }
  for (const row of rows) if (pending.rows.get(keyOf(row.chatId, row.userId)) === row) pending.rows.delete(keyOf(row.chatId, row.userId));
}

function writeRows(db: BudgetDb, rows: ChatContextRow[]): void {
  inWriteTransaction(db, () => {
    const upsert = prepared(
      db,
      `INSERT INTO chat_contexts (chat_id, user_id, intent, args, subject, saved_at) VALUES (@chatId, @userId, @intent, @args, @subject, @savedAt)
       ON CONFLICT (chat_id, user_id) DO UPDATE SET intent = excluded.intent, args = excluded.args, subject = excluded.subject, saved_at = excluded.saved_at`,
    );
    for (const row of rows) upsert.run(row);
    // Old conversations are of no use: what is a day older than the newest goes (on the bot's clock, not SQLite's).
    const newest = rows.reduce((latest, row) => (row.savedAt > latest ? row.savedAt : latest), '');
    const cutoff = new Date(Date.parse(newest) - 24 * 3600_000);
    if (!Number.isNaN(cutoff.getTime())) prepared(db, 'DELETE FROM chat_contexts WHERE saved_at < ?').run(cutoff.toISOString());
  });
}
