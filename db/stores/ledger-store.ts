import type { BudgetDb } from '../client.js';
import type { AccountKind, savingsRecognitions, transfers } from '../schema.js';
import { prepared, runOne } from './prepared.js';

// The ledger's SQL: accounts, transfers with their running balances, recognised savings.

export type TransferRow = typeof transfers.$inferSelect;
export type RecognitionRow = typeof savingsRecognitions.$inferSelect;

/** A transfer as the domain speaks of it (`from`/`to` are account ids). */
export interface TransferInput {
  id: string;
  date: string;
  from: string;
  to: string;
  amount: number;
  reason: string;
  actor: string;
}

/** A transfer once recorded: its place in the ledger and both balances after it. */
export interface RecordedTransfer extends TransferInput {
  seq: number;
  fromBalanceAfter: number;
  toBalanceAfter: number;
  recordedAt: string;
}

const TRANSFER_COLUMNS = `seq, id, date, from_account AS fromAccount, to_account AS toAccount, amount, reason, actor,
  from_balance_after AS fromBalanceAfter, to_balance_after AS toBalanceAfter, recorded_at AS recordedAt`;

export const toRecordedTransfer = (row: TransferRow): RecordedTransfer => ({
  seq: row.seq,
  id: row.id,
  date: row.date,
  from: row.fromAccount,
  to: row.toAccount,
  amount: row.amount,
  reason: row.reason,
  actor: row.actor,
  fromBalanceAfter: row.fromBalanceAfter,
  toBalanceAfter: row.toBalanceAfter,
  recordedAt: row.recordedAt,
});

/** The end of time, for "after every transfer". */
export const LATEST = '9999-12-31';

export function accountKind(db: BudgetDb, id: string): AccountKind | null {
  return (prepared(db, 'SELECT kind FROM accounts WHERE id = ?').get(id) as { kind: AccountKind } | undefined)?.kind ?? null;
}

/** Every account, reserves first, then projects, spent and savings. */
export function listAccounts(db: BudgetDb): { id: string; kind: AccountKind }[] {
  return prepared(
    db,
    `SELECT id, kind FROM accounts ORDER BY CASE kind WHEN 'reserve' THEN 0 WHEN 'project' THEN 1 WHEN 'spent' THEN 2 ELSE 3 END, id`,
  ).all() as { id: string; kind: AccountKind }[];
}

export function addAccount(db: BudgetDb, id: string, kind: AccountKind): void {
  prepared(db, 'INSERT INTO accounts (id, kind) VALUES (?, ?) ON CONFLICT DO NOTHING').run(id, kind);
}

/** A reserve account opens with its source's reserved amount (its first credit); every other account with zero. */
export function openingBalance(db: BudgetDb, account: string, kind: AccountKind): number {
  if (kind !== 'reserve') return 0;
  const row = prepared(db, 'SELECT reserved FROM sources WHERE id = ?').get(account.slice('reserve:'.length)) as { reserved: number } | undefined;
  return row?.reserved ?? 0;
}

/**
 * SQL for the last ledger row touching an account on or before a date, with the account's balance
 * after it: one index seek on each side, the later of the two. `account` and `asOf` are SQL
 * expressions (a parameter, or a column of an outer query), so sums over many accounts stay one statement.
 */
export const latestEntrySql = (account: string, asOf: string): string => `SELECT date, seq, balance FROM (
    SELECT * FROM (SELECT date, seq, from_balance_after AS balance FROM transfers
                   WHERE from_account = ${account} AND date <= ${asOf} ORDER BY date DESC, seq DESC LIMIT 1)
    UNION ALL
    SELECT * FROM (SELECT date, seq, to_balance_after AS balance FROM transfers
                   WHERE to_account = ${account} AND date <= ${asOf} ORDER BY date DESC, seq DESC LIMIT 1)
  ) ORDER BY seq DESC LIMIT 1`;

/** The last ledger row touching `account` on or before `asOf` (or ever, when null), with the account's balance after it. */
export function latestEntry(db: BudgetDb, account: string, asOf: string | null): { date: string; balance: number; seq: number } | null {
  const row = prepared(db, latestEntrySql('@account', '@asOf')).get({ account, asOf: asOf ?? LATEST }) as
    | { date: string; seq: number; balance: number }
    | undefined;
  return row ?? null;
}

export function ledgerIsEmpty(db: BudgetDb): boolean {
  return prepared(db, 'SELECT 1 FROM transfers LIMIT 1').get() === undefined;
}

export function transferById(db: BudgetDb, id: string): RecordedTransfer | undefined {
  const row = prepared(db, `SELECT ${TRANSFER_COLUMNS} FROM transfers WHERE id = ?`).get(id) as TransferRow | undefined;
  return row ? toRecordedTransfer(row) : undefined;
}

export function transferBySeq(db: BudgetDb, seq: number): RecordedTransfer | undefined {
  const row = prepared(db, `SELECT ${TRANSFER_COLUMNS} FROM transfers WHERE seq = ?`).get(seq) as TransferRow | undefined;
  return row ? toRecordedTransfer(row) : undefined;
}

/** Appends one row; returns its seq. Call inside the write transaction that checked the ledger's rules. */
export function insertTransfer(db: BudgetDb, t: Omit<RecordedTransfer, 'seq'>): number {
  const { lastInsertRowid } = runOne(
    prepared(
      db,
      `INSERT INTO transfers (id, date, from_account, to_account, amount, reason, actor, from_balance_after, to_balance_after, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    t.id,
    t.date,
    t.from,
    t.to,
    t.amount,
    t.reason,
    t.actor,
    t.fromBalanceAfter,
    t.toBalanceAfter,
    t.recordedAt,
  );
  return Number(lastInsertRowid);
}

/** Every transfer in ledger order, streamed (a million of them never sit in memory at once). */
export function* eachTransfer(db: BudgetDb): Generator<RecordedTransfer> {
  for (const row of prepared(db, `SELECT ${TRANSFER_COLUMNS} FROM transfers ORDER BY seq`).iterate() as IterableIterator<TransferRow>) {
    yield toRecordedTransfer(row);
  }
}

/** Transfers after `seq` in ledger order, as compact rows [seq, date, from, to, amount] (for in-memory indexes). */
export function transfersAfter(db: BudgetDb, seq: number): IterableIterator<[number, string, string, string, number]> {
  return prepared(db, 'SELECT seq, date, from_account, to_account, amount FROM transfers WHERE seq > ? ORDER BY seq')
    .raw(true)
    .iterate(seq) as IterableIterator<[number, string, string, string, number]>;
}

/** The last seq in the ledger (0 when empty). */
export function lastSeq(db: BudgetDb): number {
  return (prepared(db, 'SELECT COALESCE(MAX(seq), 0) AS seq FROM transfers').get() as { seq: number }).seq;
}

/**
 * The latest transfers, most recently recorded first; with `account`, only those into or out of it.
 * (Per account, date order and recording order agree: the ledger refuses back-dated rows.)
 */
export function recentTransfers(db: BudgetDb, options: { limit: number; account?: string }): RecordedTransfer[] {
  const rows = options.account
    ? prepared(
        db,
        `SELECT ${TRANSFER_COLUMNS} FROM (
           SELECT * FROM (SELECT * FROM transfers WHERE from_account = @account ORDER BY date DESC, seq DESC LIMIT @limit)
           UNION ALL
           SELECT * FROM (SELECT * FROM transfers WHERE to_account = @account ORDER BY date DESC, seq DESC LIMIT @limit)
         ) ORDER BY seq DESC LIMIT @limit`,
      ).all({ account: options.account, limit: options.limit })
    : prepared(db, `SELECT ${TRANSFER_COLUMNS} FROM transfers ORDER BY seq DESC LIMIT ?`).all(options.limit);
  return (rows as TransferRow[]).map(toRecordedTransfer);
}

/** What left an account: to `spent`, and to anywhere else. */
export function outflowsOf(db: BudgetDb, account: string): { spent: number; passedOn: number } {
  return prepared(
    db,
    `SELECT COALESCE(SUM(CASE WHEN to_account = 'spent' THEN amount END), 0) AS spent,
            COALESCE(SUM(CASE WHEN to_account <> 'spent' THEN amount END), 0) AS passedOn
     FROM transfers WHERE from_account = ?`,
  ).get(account) as { spent: number; passedOn: number };
}

/** What reserves allocated to one account between two dates, per source (largest first). */
export function allocationsBySource(db: BudgetDb, account: string, from: string, to: string): { source: string; amount: number }[] {
  return prepared(
    db,
    `SELECT substr(from_account, 9) AS source, SUM(amount) AS amount FROM transfers
     WHERE to_account = ? AND date BETWEEN ? AND ? AND from_account LIKE 'reserve:%'
     GROUP BY from_account ORDER BY amount DESC`,
  ).all(account, from, to) as { source: string; amount: number }[];
}

/** Transfers out of `savings` (reinvestments), with their destinations, oldest first. */
export function reinvestments(db: BudgetDb): RecordedTransfer[] {
  return (prepared(db, `SELECT ${TRANSFER_COLUMNS} FROM transfers WHERE from_account = 'savings' ORDER BY seq`).all() as TransferRow[]).map(toRecordedTransfer);
}

/**
 * A bulk import inserts faster without the two (account, date, seq) indexes and builds them once
 * at the end, sorted, inside the same transaction. The caller must not need them while `work` runs.
 */
export function withBalanceIndexesRebuiltAfter(db: BudgetDb, work: () => void): void {
  const indexes = prepared(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ('transfers_from_date', 'transfers_to_date')").all() as {
    name: string;
    sql: string;
  }[];
  for (const { name } of indexes) db.$client.exec(`DROP INDEX "${name}"`);
  work();
  for (const { sql } of indexes) db.$client.exec(sql);
}

// ── Recognised savings ─────────────────────────────────────────────────────────────────────────

export function recognitionById(db: BudgetDb, id: string): RecognitionRow | undefined {
  return prepared(
    db,
    'SELECT seq, id, date, amount, description, actor, recorded_at AS recordedAt FROM savings_recognitions WHERE id = ?',
  ).get(id) as RecognitionRow | undefined;
}

export function insertRecognition(db: BudgetDb, r: Omit<RecognitionRow, 'seq'>): number {
  return Number(
    runOne(
      prepared(db, 'INSERT INTO savings_recognitions (id, date, amount, description, actor, recorded_at) VALUES (?, ?, ?, ?, ?, ?)'),
      r.id,
      r.date,
      r.amount,
      r.description,
      r.actor,
      r.recordedAt,
    ).lastInsertRowid,
  );
}

/** Every recognition, oldest first. */
export function listRecognitions(db: BudgetDb): RecognitionRow[] {
  return prepared(db, 'SELECT seq, id, date, amount, description, actor, recorded_at AS recordedAt FROM savings_recognitions ORDER BY date, seq').all() as RecognitionRow[];
}
