import type { BudgetDb } from '../../db/client.js';
import type { AccountKind } from '../../db/schema.js';
import { inWriteTransaction } from '../../db/stores/transaction.js';
import {
  accountKind,
  insertRecognition,
  insertTransfer,
  latestEntry,
  ledgerIsEmpty,
  listAccounts,
  listRecognitions,
  openingBalance,
  recognitionById,
  transferById,
  type RecognitionRow,
  type RecordedTransfer,
  type TransferInput,
} from '../../db/stores/ledger-store.js';
import { isIsoDate, kazakhstanDate } from '../format/iso-date.js';
import { accountKindOf, mayGoNegative } from './accounts.js';
import { LedgerError } from './ledger-error.js';

export type { RecordedTransfer, TransferInput } from '../../db/stores/ledger-store.js';

/** Savings that digitalisation produced, recognised so that they may be reinvested. */
export interface RecognitionInput {
  id: string;
  date: string;
  amount: number;
  description: string;
  actor: string;
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

const MAX_ID_LENGTH = 128;

/**
 * Applies transfers one by one inside a write transaction the caller holds, enforcing every rule of
 * the ledger. It remembers the accounts it touched, so a bulk import reads each account once.
 */
export class LedgerWriter {
  private readonly accounts = new Map<string, AccountState>();
  /** Ids this writer recorded; when the ledger was empty at the start, no other id can exist. Only ids: a million transfers must not stay on the heap. */
  private readonly recordedHere = new Set<string>();
  private readonly recordedAt: string;
  private ledgerWasEmpty: boolean | null = null;
  /** Recognised savings by date (sorted), with running totals; read on the first reinvestment. */
  private recognised: { date: string; total: number }[] | null = null;
  private readonly today: string;

  constructor(
    private readonly db: BudgetDb,
    private readonly now: Date,
  ) {
    this.today = kazakhstanDate(now);
    this.recordedAt = now.toISOString();
  }

  apply(input: TransferInput): RecordOutcome {
    checkShape(input, this.today);
    const existing = this.recordedHere.has(input.id) ? transferById(this.db, input.id) : this.findRecorded(input.id);
    if (existing) return { status: 'unchanged', transfer: sameContentOrThrow(existing, input) };

    const from = this.account(input.from);
    const to = this.account(input.to);
    if (from.kind === 'spent') throw new LedgerError('spent-paid-out', `"spent" is a sink: money cannot be paid out of it`);
    if (to.kind === 'savings') throw new LedgerError('savings-paid-into', `"savings" is an outside source: money cannot be paid into it`);
    checkDateOrder(input.from, from, input.date);
    checkDateOrder(input.to, to, input.date);
    if (!mayGoNegative(from.kind) && from.balance < input.amount) {
      throw new LedgerError('overdraft', `${input.from} holds ${from.balance} tenge, less than the ${input.amount} asked`, {
        account: input.from,
        balance: from.balance,
        amount: input.amount,
      });
    }
    if (from.kind === 'savings') {
      // The savings account's balance is minus what was reinvested so far.
      const left = this.recognisedBy(input.date) + from.balance;
      if (left < input.amount) {
        throw new LedgerError(
          'savings-not-recognised',
          `only ${left} tenge of recognised savings are left to reinvest on ${input.date}, less than the ${input.amount} asked (record recognised savings first)`,
          { balance: left, amount: input.amount, date: input.date },
        );
      }
    }
    if (!Number.isSafeInteger(to.balance + input.amount) || !Number.isSafeInteger(from.balance - input.amount)) {
      throw new LedgerError('invalid-amount', `amount ${input.amount} would take a balance beyond what the ledger can hold exactly`);
    }

    from.balance -= input.amount;
    to.balance += input.amount;
    from.lastDate = to.lastDate = input.date;
    const transfer: RecordedTransfer = {
      seq: 0,
      id: input.id,
      date: input.date,
      from: input.from,
      to: input.to,
      amount: input.amount,
      reason: input.reason,
      actor: input.actor,
      fromBalanceAfter: from.balance,
      toBalanceAfter: to.balance,
      recordedAt: this.recordedAt,
    };
    transfer.seq = insertTransfer(this.db, transfer);
    if (this.ledgerWasEmpty) this.recordedHere.add(input.id);
    return { status: 'recorded', transfer };
  }

  /** Records recognised savings (idempotent by id like transfers). */
  recognise(input: RecognitionInput): { status: 'recorded' | 'unchanged'; recognition: RecognitionRow } {
    checkRecognition(input, this.today);
    const existing = recognitionById(this.db, input.id);
    if (existing) {
      const differing = (['date', 'amount', 'description'] as const).filter((field) => existing[field] !== input[field]);
      if (differing.length > 0) throw new LedgerError('id-conflict', `recognised savings "${input.id}" are already recorded with a different ${differing.join(', ')}`, { id: input.id });
      return { status: 'unchanged', recognition: existing };
    }
    const row = { ...input, recordedAt: this.now.toISOString() };
    const recognition = { ...row, seq: insertRecognition(this.db, row) };
    this.recognised = null; // read again (with this one) at the next reinvestment
    return { status: 'recorded', recognition };
  }

  /** A transfer already in the ledger under this id (skipped, one index lookup saved, when it started empty). */
  private findRecorded(id: string): RecordedTransfer | undefined {
    this.ledgerWasEmpty ??= ledgerIsEmpty(this.db);
    return this.ledgerWasEmpty ? undefined : transferById(this.db, id);
  }

  /** Reads every account's state now (for a bulk import that is about to drop the balance indexes). */
  preloadAllAccounts(): void {
    for (const { id } of listAccounts(this.db)) this.account(id);
  }

  private recognisedBy(date: string): number {
    this.recognised ??= this.runningTotals(listRecognitions(this.db));
    // The last running total dated on or before `date` (binary search over dates).
    let lo = 0;
    let hi = this.recognised.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.recognised[mid]!.date <= date) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : this.recognised[lo - 1]!.total;
  }

  private runningTotals(rows: readonly { date: string; amount: number }[]): { date: string; total: number }[] {
    let total = 0;
    return rows.map((r) => ({ date: r.date, total: (total += r.amount) }));
  }

  private account(id: string): AccountState {
    const cached = this.accounts.get(id);
    if (cached) return cached;
    const kind = accountKind(this.db, id);
    if (!kind) {
      const form = accountKindOf(id) ? 'no such account' : 'an account is reserve:<source>, project:<project>, spent or savings';
      throw new LedgerError('unknown-account', `unknown account "${id}" (${form})`, { account: id });
    }
    const latest = latestEntry(this.db, id, null);
    const state: AccountState = { kind, balance: latest ? latest.balance : openingBalance(this.db, id, kind), lastDate: latest ? latest.date : null };
    this.accounts.set(id, state);
    return state;
  }
}

/** Records one transfer in its own IMMEDIATE transaction. `alsoInTransaction` runs in the same transaction after it (the outbox). */
export function recordTransfer(
  db: BudgetDb,
  input: TransferInput,
  options: { now?: Date; alsoInTransaction?: (transfer: RecordedTransfer) => void } = {},
): RecordOutcome {
  return inWriteTransaction(db, () => {
    const outcome = new LedgerWriter(db, options.now ?? new Date()).apply(input);
    if (outcome.status === 'recorded') options.alsoInTransaction?.(outcome.transfer);
    return outcome;
  });
}

/** Records recognised savings in their own transaction. */
export function recordRecognition(db: BudgetDb, input: RecognitionInput, options: { now?: Date } = {}) {
  return inWriteTransaction(db, () => new LedgerWriter(db, options.now ?? new Date()).recognise(input));
}

function checkId(id: unknown, what: string): void {
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID_LENGTH || /[\u0000-\u001f\u007f]/.test(id)) {
    throw new LedgerError('invalid-id', `${what} id must be 1 to ${MAX_ID_LENGTH} printable characters`);
  }
}

function checkDate(date: unknown, today: string): void {
  if (typeof date !== 'string' || !isIsoDate(date)) {
    throw new LedgerError('invalid-date', `date must be a real calendar date written YYYY-MM-DD (got "${String(date)}")`);
  }
  // A transfer dated in the future would freeze its accounts until then (no back-dating after it).
  if (date > today) throw new LedgerError('future-date', `date ${date} is after today in Kazakhstan (${today})`, { date, today });
}

function checkAmount(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new LedgerError('invalid-amount', `amount must be a positive whole number of tenge (got ${String(amount)})`);
  }
}

/** A transfer may not be dated before its account's last one (the ledger is never back-dated). */
function checkDateOrder(name: string, state: AccountState, date: string): void {
  if (state.lastDate !== null && date < state.lastDate) {
    throw new LedgerError('out-of-date-order', `${name} already has a transfer dated ${state.lastDate}; a new one cannot be dated earlier (${date})`, {
      account: name,
      lastDate: state.lastDate,
      date,
    });
  }
}

function checkShape(input: TransferInput, today: string): void {
  checkId(input.id, 'a transfer');
  checkDate(input.date, today);
  checkAmount(input.amount);
  if (input.from === input.to) throw new LedgerError('same-account', `from and to are the same account (${input.from})`);
}

function checkRecognition(input: RecognitionInput, today: string): void {
  checkId(input.id, 'a savings');
  checkDate(input.date, today);
  checkAmount(input.amount);
  if (typeof input.description !== 'string' || input.description.trim() === '') {
    throw new LedgerError('invalid-description', 'say what produced the savings (e.g. "cloud migration of eGov services")');
  }
}

function sameContentOrThrow(existing: RecordedTransfer, input: TransferInput): RecordedTransfer {
  const fields = ['date', 'from', 'to', 'amount', 'reason', 'actor'] as const;
  const differing = fields.filter((field) => existing[field] !== input[field]);
  if (differing.length > 0) {
    throw new LedgerError('id-conflict', `transfer id "${input.id}" is already recorded with a different ${differing.join(', ')}`, { id: input.id });
  }
  return existing;
}

