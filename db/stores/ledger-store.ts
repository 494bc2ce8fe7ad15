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
  addToMonthlyFlows(db, t);
  return Number(lastInsertRowid);
}

// ── Monthly roll-ups ──────────────────────────────────────────────────────────────────────────

/** Databases inside a bulk import, with the roll-ups gathered in memory (account → month as yyyymm → flows), written once at the end. */
const BULK = new WeakMap<BudgetDb, Map<string, Map<number, number[]>>>();

/** A transfer's two roll-up rows: [account, flow_in, flow_out, out_spent, in_reserve, out_reserve, out_project] for its sender and receiver. */
function rollUpRows(t: Pick<RecordedTransfer, 'from' | 'to' | 'amount'>): [string, number[]][] {
  const to = (prefix: string) => (t.to.startsWith(prefix) ? t.amount : 0);
  return [
    [t.from, [0, t.amount, t.to === 'spent' ? t.amount : 0, 0, to('reserve:'), to('project:')]],
    [t.to, [t.amount, 0, 0, t.from.startsWith('reserve:') ? t.amount : 0, 0, 0]],
  ];
}

function upsertMonthlyFlows(db: BudgetDb, account: string, month: string, flows: readonly number[]): void {
  prepared(
    db,
    `INSERT INTO monthly_flows (account, month, flow_in, flow_out, out_spent, in_reserve, out_reserve, out_project) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (account, month) DO UPDATE SET flow_in = flow_in + excluded.flow_in, flow_out = flow_out + excluded.flow_out,
       out_spent = out_spent + excluded.out_spent, in_reserve = in_reserve + excluded.in_reserve,
       out_reserve = out_reserve + excluded.out_reserve, out_project = out_project + excluded.out_project`,
  ).run(account, month, ...flows);
}

function addToMonthlyFlows(db: BudgetDb, t: Pick<RecordedTransfer, 'date' | 'from' | 'to' | 'amount'>): void {
  const month = t.date.slice(0, 7);
  const gathered = BULK.get(db);
  if (!gathered) {
    for (const [account, flows] of rollUpRows(t)) upsertMonthlyFlows(db, account, month, flows);
    return;
  }
  // A million rows: no arrays per row, only sums; the month as a number is a cheaper key than its text.
  const yyyymm = Number(month.slice(0, 4)) * 100 + Number(month.slice(5, 7));
  const from = monthFlows(gathered, t.from, yyyymm);
  const to = monthFlows(gathered, t.to, yyyymm);
  from[1]! += t.amount;
  if (t.to === 'spent') from[2]! += t.amount;
  else if (t.to.startsWith('reserve:')) from[4]! += t.amount;
  else if (t.to.startsWith('project:')) from[5]! += t.amount;
  to[0]! += t.amount;
  if (t.from.startsWith('reserve:')) to[3]! += t.amount;
}

function monthFlows(gathered: Map<string, Map<number, number[]>>, account: string, yyyymm: number): number[] {
  let months = gathered.get(account);
  if (!months) gathered.set(account, (months = new Map()));
  let flows = months.get(yyyymm);
  if (!flows) months.set(yyyymm, (flows = [0, 0, 0, 0, 0, 0]));
  return flows;
}

/** Every account's flows per month, computed from the transfers themselves (columns as in `monthly_flows`). */
const MONTHLY_FLOWS_OF_TRANSFERS = `
  SELECT account, month, SUM(fin) AS fin, SUM(fout) AS fout, SUM(spent) AS spent, SUM(inr) AS inr, SUM(outr) AS outr, SUM(outp) AS outp FROM (
    SELECT from_account AS account, substr(date, 1, 7) AS month, 0 AS fin, amount AS fout,
           CASE WHEN to_account = 'spent' THEN amount ELSE 0 END AS spent, 0 AS inr,
           CASE WHEN to_account LIKE 'reserve:%' THEN amount ELSE 0 END AS outr,
           CASE WHEN to_account LIKE 'project:%' THEN amount ELSE 0 END AS outp
    FROM transfers
    UNION ALL
    SELECT to_account, substr(date, 1, 7), amount, 0, 0, CASE WHEN from_account LIKE 'reserve:%' THEN amount ELSE 0 END, 0, 0 FROM transfers
  ) GROUP BY account, month`;

/** `month` as a number: year × 12 + month − 1 (made by SQLite, so a hundred thousand rows are not parsed in JavaScript). */
export type MonthlyFlowRow = [account: string, month: number, flowIn: number, flowOut: number, outSpent: number, inReserve: number, outReserve: number, outProject: number];

/**
 * Every roll-up, handed to `each` one by one (a hundred thousand rows never sit in memory at once),
 * after the first and last month they cover; with the last seq they include. All read in one
 * snapshot, so a writer in between changes none of it.
 */
export function readMonthlyFlows(db: BudgetDb, begin: (first: string | null, last: string | null) => void, each: (row: MonthlyFlowRow) => void): { lastSeq: number } {
  return db.$client.transaction(() => {
    const span = prepared(db, 'SELECT MIN(month) AS first, MAX(month) AS last FROM monthly_flows').get() as { first: string | null; last: string | null };
    begin(span.first, span.last);
    const rows = prepared(
      db,
      `SELECT account, CAST(substr(month, 1, 4) AS INTEGER) * 12 + CAST(substr(month, 6, 2) AS INTEGER) - 1,
         flow_in, flow_out, out_spent, in_reserve, out_reserve, out_project FROM monthly_flows`,
    );
    for (const row of rows.raw(true).iterate()) each(row as MonthlyFlowRow);
    return { lastSeq: lastSeq(db) };
  })();
}

/** Roll-ups that differ from the transfers themselves (what `verify` reports; empty when they agree). */
export function monthlyFlowMismatches(db: BudgetDb, limit = 10): { account: string; month: string }[] {
  return prepared(
    db,
    `WITH fresh AS (${MONTHLY_FLOWS_OF_TRANSFERS})
     SELECT COALESCE(f.account, m.account) AS account, COALESCE(f.month, m.month) AS month
     FROM fresh f FULL OUTER JOIN monthly_flows m ON m.account = f.account AND m.month = f.month
     WHERE f.account IS NULL OR m.account IS NULL OR f.fin <> m.flow_in OR f.fout <> m.flow_out OR f.spent <> m.out_spent
        OR f.inr <> m.in_reserve OR f.outr <> m.out_reserve OR f.outp <> m.out_project
     LIMIT ?`,
  ).all(limit) as { account: string; month: string }[];
}

/** Transfers dated first…last (both included) as compact rows [day-ordered], for a month the index reads. */
export function transfersBetween(db: BudgetDb, first: string, last: string): [date: string, from: string, to: string, amount: number][] {
  return prepared(db, 'SELECT date, from_account, to_account, amount FROM transfers WHERE date BETWEEN ? AND ? ORDER BY date, seq').raw(true).all(first, last) as [string, string, string, number][];
}

/** How many transfers each month holds ("YYYY-MM" → count). */
export function transferCountsByMonth(db: BudgetDb): Map<string, number> {
  const rows = prepared(db, 'SELECT substr(date, 1, 7) AS month, COUNT(*) AS n FROM transfers GROUP BY month').raw(true).all() as [string, number][];
  return new Map(rows);
}

/** Every transfer in date order as compact rows [date, from, to, amount], streamed. */
export function transfersInDateOrder(db: BudgetDb): IterableIterator<[string, string, string, number]> {
  return prepared(db, 'SELECT date, from_account, to_account, amount FROM transfers ORDER BY date, seq').raw(true).iterate() as IterableIterator<[string, string, string, number]>;
}

/** The first and last day with a transfer within first…last (nulls when none). */
export function daysWithTransfers(db: BudgetDb, first: string, last: string): { first: string | null; last: string | null } {
  return prepared(db, 'SELECT MIN(date) AS first, MAX(date) AS last FROM transfers WHERE date BETWEEN ? AND ?').get(first, last) as { first: string | null; last: string | null };
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
/** Newest first (by date); `upTo`: only transfers recorded up to that seq, so later pages stay where they were. */
export function recentTransfers(db: BudgetDb, options: { limit: number; offset?: number; account?: string; upTo?: number }): RecordedTransfer[] {
  const params = { account: options.account ?? null, limit: options.limit, offset: options.offset ?? 0, upTo: options.upTo ?? Number.MAX_SAFE_INTEGER };
  // Each side is cut at offset + limit first, so a project's page reads two short index ranges;
  // they hold the date and seq, so only the rows shown are read from the table (each on a page of
  // its own: an account's transfers are spread over the whole ledger).
  const rows = options.account
    ? prepared(
        db,
        `SELECT ${TRANSFER_COLUMNS} FROM transfers WHERE seq IN (
           SELECT seq FROM (
             SELECT * FROM (SELECT date, seq FROM transfers WHERE from_account = @account AND seq <= @upTo ORDER BY date DESC, seq DESC LIMIT @limit + @offset)
             UNION ALL
             SELECT * FROM (SELECT date, seq FROM transfers WHERE to_account = @account AND seq <= @upTo ORDER BY date DESC, seq DESC LIMIT @limit + @offset)
           ) ORDER BY date DESC, seq DESC LIMIT @limit OFFSET @offset
         ) ORDER BY date DESC, seq DESC`,
      ).all(params)
    : prepared(db, `SELECT ${TRANSFER_COLUMNS} FROM transfers WHERE seq <= @upTo ORDER BY date DESC, seq DESC LIMIT @limit OFFSET @offset`).all(params);
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
  return perReserve(db, account, from, to, 'in');
}

/** What one account gave back to reserves between two dates, per reserve (a project's releases). */
export function releasesByReserve(db: BudgetDb, account: string, from: string, to: string): { source: string; amount: number }[] {
  return perReserve(db, account, from, to, 'out');
}

/** Money between one account and the reserves, per reserve, into the account or out of it. */
function perReserve(db: BudgetDb, account: string, from: string, to: string, direction: 'in' | 'out'): { source: string; amount: number }[] {
  const [own, reserve] = direction === 'in' ? ['to_account', 'from_account'] : ['from_account', 'to_account'];
  return prepared(
    db,
    `SELECT substr(${reserve}, 9) AS source, SUM(amount) AS amount FROM transfers
     WHERE ${own} = ? AND date BETWEEN ? AND ? AND ${reserve} LIKE 'reserve:%'
     GROUP BY ${reserve} ORDER BY amount DESC`,
  ).all(account, from, to) as { source: string; amount: number }[];
}

/** What projects gave back to one reserve between two dates. */
export function releasedInto(db: BudgetDb, reserve: string, from: string, to: string): number {
  const row = prepared(
    db,
    `SELECT COALESCE(SUM(amount), 0) AS amount FROM transfers
     WHERE to_account = ? AND date BETWEEN ? AND ? AND from_account LIKE 'project:%'`,
  ).get(reserve, from, to) as { amount: number };
  return row.amount;
}

/** What one reserve allocated to projects between two dates, per project. */
export function allocationsFrom(db: BudgetDb, reserve: string, from: string, to: string): { project: string; amount: number }[] {
  return perProject(db, reserve, from, to, 'out');
}

/** What projects gave back to one reserve between two dates, per project. */
export function releasesInto(db: BudgetDb, reserve: string, from: string, to: string): { project: string; amount: number }[] {
  return perProject(db, reserve, from, to, 'in');
}

/** Money between one reserve and the projects, per project, out of the reserve or into it. */
function perProject(db: BudgetDb, reserve: string, from: string, to: string, direction: 'in' | 'out'): { project: string; amount: number }[] {
  const [own, project] = direction === 'out' ? ['from_account', 'to_account'] : ['to_account', 'from_account'];
  return prepared(
    db,
    `SELECT substr(${project}, 9) AS project, SUM(amount) AS amount FROM transfers
     WHERE ${own} = ? AND date BETWEEN ? AND ? AND ${project} LIKE 'project:%'
     GROUP BY ${project}`,
  ).all(reserve, from, to) as { project: string; amount: number }[];
}

/** Transfers out of `savings` (reinvestments), with their destinations, oldest first. */
export function reinvestments(db: BudgetDb): RecordedTransfer[] {
  return (prepared(db, `SELECT ${TRANSFER_COLUMNS} FROM transfers WHERE from_account = 'savings' ORDER BY seq`).all() as TransferRow[]).map(toRecordedTransfer);
}

/**
 * A bulk import inserts faster without the transfers' secondary indexes and without the monthly
 * roll-ups, and builds them once at the end, sorted, inside the same transaction. The caller must
 * not need them while `work` runs.
 */
export function withIndexesRebuiltAfter(db: BudgetDb, work: () => void): void {
  // Into an empty ledger no id can clash with a stored one (the writer checks the file's own ids),
  // so the ids' index is built after the rows too.
  const names = ['transfers_from_date', 'transfers_to_date', 'transfers_date', ...(ledgerIsEmpty(db) ? ['transfers_id'] : [])];
  const indexes = (prepared(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transfers' AND sql IS NOT NULL").all() as { name: string; sql: string }[]).filter((i) =>
    names.includes(i.name),
  );
  // The version trigger would write budget_version once per row: the import raises it once instead.
  const triggers = prepared(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'transfers_insert_bumps_version'").all() as { sql: string }[];
  for (const { name } of indexes) db.$client.exec(`DROP INDEX "${name}"`);
  if (triggers.length > 0) db.$client.exec('DROP TRIGGER "transfers_insert_bumps_version"');
  const rollUps = new Map<string, Map<number, number[]>>();
  BULK.set(db, rollUps);
  try {
    work();
  } finally {
    BULK.delete(db);
  }
  for (const { sql } of [...indexes, ...triggers]) db.$client.exec(sql);
  prepared(db, 'UPDATE budget_version SET version = version + 1 WHERE id = 1').run();
  const monthText = (yyyymm: number) => `${Math.floor(yyyymm / 100)}-${String(yyyymm % 100).padStart(2, '0')}`;
  for (const [account, months] of rollUps) for (const [yyyymm, flows] of months) upsertMonthlyFlows(db, account, monthText(yyyymm), flows);
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

// ── The bench's ceiling ────────────────────────────────────────────────────────────────────────

/**
 * The same rows an import writes, written the fastest plain way and nothing else (no checks, no
 * balances, no roll-ups): secondary indexes and the per-row trigger dropped, the rows inserted in
 * one transaction, then indexes and trigger made again. `npm run bench` compares the import with it.
 */
export function bulkInsertPlain(db: BudgetDb, rows: readonly Omit<RecordedTransfer, 'seq'>[]): void {
  const insert = prepared(
    db,
    `INSERT INTO transfers (id, date, from_account, to_account, amount, reason, actor, from_balance_after, to_balance_after, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.$client.transaction(() => {
    const later = prepared(
      db,
      "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'transfers' AND sql IS NOT NULL AND (type = 'trigger' AND name LIKE '%insert%' OR type = 'index')",
    ).all() as { type: string; name: string; sql: string }[];
    for (const { type, name } of later) db.$client.exec(`DROP ${type.toUpperCase()} "${name}"`);
    for (const t of rows) insert.run(t.id, t.date, t.from, t.to, t.amount, t.reason, t.actor, t.fromBalanceAfter, t.toBalanceAfter, t.recordedAt);
    for (const { sql } of later) db.$client.exec(sql);
  })();
}

/** The day an account last paid out to `spent`, and the day money first came in (null when never). */
export function spendingDates(db: BudgetDb, account: string): { lastSpent: string | null; firstIn: string | null } {
  return prepared(
    db,
    `SELECT (SELECT MAX(date) FROM transfers WHERE from_account = @account AND to_account = 'spent') AS lastSpent,
            (SELECT MIN(date) FROM transfers WHERE to_account = @account) AS firstIn`,
  ).get({ account }) as { lastSpent: string | null; firstIn: string | null };
}

/** The largest transfers dated within the days `from`…`to` (both included), largest first. */
export function largestTransfers(db: BudgetDb, from: string, to: string, limit: number): RecordedTransfer[] {
  const rows = prepared(db, `SELECT ${TRANSFER_COLUMNS} FROM transfers WHERE date BETWEEN ? AND ? ORDER BY amount DESC, seq LIMIT ?`).all(from, to, limit);
  return (rows as TransferRow[]).map(toRecordedTransfer);
}
