import type { BudgetDb } from '../../db/client.js';
import type { AccountKind } from '../../db/schema.js';
import { statement } from '../../db/statements.js';
import { isIsoDate } from '../format/iso-date.js';
import { accountKindOf, accountRef, mayGoNegative } from './accounts.js';
import { LedgerError } from './ledger-error.js';

export interface TransferInput {
  id: string;
  date: string;
  from: string;
  to: string;
  amount: number;
  reason: string;
  actor: string;
}

export interface RecordedTransfer extends TransferInput {
  seq: number;
  fromBalanceAfter: number;
  toBalanceAfter: number;
  recordedAt: string;
}

/** `recorded`: a new row; `unchanged`: the same id with the same content was already there (idempotent). */
export interface RecordOutcome {
  status: 'recorded' | 'unchanged';
  transfer: RecordedTransfer;
}

interface AccountState {
  kind: AccountKind;
  balance: number;
  lastDate: string | null;
}

/** A row of `transfers` as SQLite returns it. */
export interface TransferRow {
  seq: number;
  id: string;
  date: string;
  from_account: string;
  to_account: string;
  amount: number;
  reason: string;
  actor: string;
  from_balance_after: number;
  to_balance_after: number;
  recorded_at: string;
}

const MAX_ID_LENGTH = 128;

export function rowToTransfer(row: TransferRow): RecordedTransfer {
  return {
    seq: row.seq,
    id: row.id,
    date: row.date,
    from: row.from_account,
    to: row.to_account,
    amount: row.amount,
    reason: row.reason,
    actor: row.actor,
    fromBalanceAfter: row.from_balance_after,
    toBalanceAfter: row.to_balance_after,
    recordedAt: row.recorded_at,
  };
}

/**
 * Applies transfers one by one inside a write transaction the caller holds, enforcing every rule of
 * the ledger. It remembers the accounts it touched, so a bulk import reads each account once.
 */
export class LedgerWriter {
  private readonly accounts = new Map<string, AccountState>();
  /** Ids this writer recorded; when the ledger was empty at the start, no other id can exist. */
  private readonly recordedHere = new Map<string, RecordedTransfer>();
  private ledgerWasEmpty: boolean | null = null;

  constructor(
    private readonly db: BudgetDb,
    private readonly now: Date,
  ) {}

  apply(input: TransferInput): RecordOutcome {
    checkShape(input);
    const existing = this.recordedHere.get(input.id) ?? this.findRecorded(input.id);
    if (existing) return { status: 'unchanged', transfer: sameContentOrThrow(existing, input) };

    const from = this.account(input.from);
    const to = this.account(input.to);
    if (from.kind === 'spent') throw new LedgerError('spent-paid-out', `"spent" is a sink: money cannot be paid out of it`);
    if (to.kind === 'savings') throw new LedgerError('savings-paid-into', `"savings" is an outside source: money cannot be paid into it`);
    for (const [name, state] of [[input.from, from], [input.to, to]] as const) {
      if (state.lastDate !== null && input.date < state.lastDate) {
        throw new LedgerError(
          'out-of-date-order',
          `${name} already has a transfer dated ${state.lastDate}; a new one cannot be dated earlier (${input.date})`,
          { account: name, lastDate: state.lastDate, date: input.date },
        );
      }
    }
    if (!mayGoNegative(from.kind) && from.balance < input.amount) {
      throw new LedgerError(
        'overdraft',
        `${input.from} holds ${from.balance} tenge, less than the ${input.amount} asked`,
        { account: input.from, balance: from.balance, amount: input.amount },
      );
    }
    if (!Number.isSafeInteger(to.balance + input.amount) || !Number.isSafeInteger(from.balance - input.amount)) {
      throw new LedgerError('invalid-amount', `amount ${input.amount} would take a balance beyond what the ledger can hold exactly`);
    }

    from.balance -= input.amount;
    to.balance += input.amount;
    from.lastDate = to.lastDate = input.date;
    const recordedAt = this.now.toISOString();
    const { lastInsertRowid } = statement(
      this.db,
      `INSERT INTO transfers (id, date, from_account, to_account, amount, reason, actor, from_balance_after, to_balance_after, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(input.id, input.date, input.from, input.to, input.amount, input.reason, input.actor, from.balance, to.balance, recordedAt);
    const transfer = { ...input, seq: Number(lastInsertRowid), fromBalanceAfter: from.balance, toBalanceAfter: to.balance, recordedAt };
    if (this.ledgerWasEmpty) this.recordedHere.set(input.id, transfer);
    return { status: 'recorded', transfer };
  }

  /** A transfer already in the ledger under this id (skipped, one index lookup saved, when it started empty). */
  private findRecorded(id: string): RecordedTransfer | undefined {
    this.ledgerWasEmpty ??= statement(this.db, 'SELECT 1 FROM transfers LIMIT 1').get() === undefined;
    if (this.ledgerWasEmpty) return undefined;
    const row = statement(this.db, 'SELECT * FROM transfers WHERE id = ?').get(id) as TransferRow | undefined;
    return row ? rowToTransfer(row) : undefined;
  }

  /** Reads every account's state now (for a bulk import that is about to drop the balance indexes). */
  preloadAllAccounts(): void {
    for (const { id } of statement(this.db, 'SELECT id FROM accounts').all() as { id: string }[]) this.account(id);
  }

  private account(id: string): AccountState {
    const cached = this.accounts.get(id);
    if (cached) return cached;
    const row = statement(this.db, 'SELECT kind FROM accounts WHERE id = ?').get(id) as { kind: AccountKind } | undefined;
    if (!row) {
      const form = accountKindOf(id) ? 'no such account' : 'an account is reserve:<source>, project:<project>, spent or savings';
      throw new LedgerError('unknown-account', `unknown account "${id}" (${form})`, { account: id });
    }
    const latest = latestEntry(this.db, id, null);
    const state: AccountState = {
      kind: row.kind,
      balance: latest ? latest.balance : openingBalance(this.db, id, row.kind),
      lastDate: latest ? latest.date : null,
    };
    this.accounts.set(id, state);
    return state;
  }
}

/** Records one transfer in its own IMMEDIATE transaction. `alsoInTransaction` runs in the same transaction after it (the alert outbox). */
export function recordTransfer(
  db: BudgetDb,
  input: TransferInput,
  options: { now?: Date; alsoInTransaction?: (transfer: RecordedTransfer) => void } = {},
): RecordOutcome {
  const run = db.$client.transaction(() => {
    const outcome = new LedgerWriter(db, options.now ?? new Date()).apply(input);
    if (outcome.status === 'recorded') options.alsoInTransaction?.(outcome.transfer);
    return outcome;
  });
  return run.immediate();
}

/** The end of time, for "after every transfer". */
export const LATEST = '9999-12-31';

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
  const row = statement(db, latestEntrySql('@account', '@asOf')).get({ account, asOf: asOf ?? LATEST }) as
    | { date: string; seq: number; balance: number }
    | undefined;
  return row ?? null;
}

/** A reserve account opens with its source's reserved amount (its first credit); every other account with zero. */
export function openingBalance(db: BudgetDb, account: string, kind: AccountKind): number {
  if (kind !== 'reserve') return 0;
  const row = statement(db, 'SELECT reserved FROM sources WHERE id = ?').get(accountRef(account)) as { reserved: number } | undefined;
  return row?.reserved ?? 0;
}

function checkShape(input: TransferInput): void {
  if (typeof input.id !== 'string' || input.id.trim() === '' || input.id.length > MAX_ID_LENGTH || /[\u0000-\u001f\u007f]/.test(input.id)) {
    throw new LedgerError('invalid-id', `a transfer id must be 1 to ${MAX_ID_LENGTH} printable characters`);
  }
  if (typeof input.date !== 'string' || !isIsoDate(input.date)) {
    throw new LedgerError('invalid-date', `date must be a real calendar date written YYYY-MM-DD (got "${String(input.date)}")`);
  }
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) {
    throw new LedgerError('invalid-amount', `amount must be a positive whole number of tenge (got ${String(input.amount)})`);
  }
  if (input.from === input.to) {
    throw new LedgerError('same-account', `from and to are the same account (${input.from})`);
  }
}

function sameContentOrThrow(existing: RecordedTransfer, input: TransferInput): RecordedTransfer {
  const fields = ['date', 'from', 'to', 'amount', 'reason', 'actor'] as const;
  const differing = fields.filter((field) => existing[field] !== input[field]);
  if (differing.length > 0) {
    throw new LedgerError(
      'id-conflict',
      `transfer id "${input.id}" is already recorded with a different ${differing.join(', ')}`,
      { id: input.id },
    );
  }
  return existing;
}
