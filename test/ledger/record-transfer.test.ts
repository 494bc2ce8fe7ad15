import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { accountBalance } from '../../src/ledger/balances.js';
import { LedgerError } from '../../src/ledger/ledger-error.js';
import { recordRecognition, recordTransfer, type TransferInput } from '../../src/ledger/record-transfer.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { smallDataset } from '../helpers/datasets.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  importDataset(t.db, smallDataset());
});
afterEach(() => t.close());

const transfer = (over: Partial<TransferInput> = {}): TransferInput => ({
  id: 'x-1',
  date: '2026-03-01',
  from: 'reserve:budget',
  to: 'project:a',
  amount: 100_000,
  reason: 'test',
  actor: 'tester',
  ...over,
});

function refusedWith(input: TransferInput, code: LedgerError['code']): LedgerError {
  let caught: unknown;
  try {
    recordTransfer(t.db, input);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(LedgerError);
  expect((caught as LedgerError).code).toBe(code);
  return caught as LedgerError;
}

const count = () => (t.db.$client.prepare('SELECT COUNT(*) AS n FROM transfers').get() as { n: number }).n;

describe('recordTransfer', () => {
  it('moves money and keeps running balances', () => {
    const outcome = recordTransfer(t.db, transfer());
    expect(outcome.status).toBe('recorded');
    expect(outcome.transfer.fromBalanceAfter).toBe(900_000);
    expect(outcome.transfer.toBalanceAfter).toBe(100_000);
    expect(accountBalance(t.db, 'reserve:budget')).toBe(900_000);
    expect(accountBalance(t.db, 'project:a')).toBe(100_000);
  });

  it.each([0, -5, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2])('refuses the amount %s', (amount) => {
    const error = refusedWith(transfer({ amount }), 'invalid-amount');
    expect(error.message).toMatch(/positive whole number of tenge/);
    expect(count()).toBe(0);
  });

  it('refuses the same account on both sides', () => {
    refusedWith(transfer({ to: 'reserve:budget' }), 'same-account');
  });

  it('refuses unknown accounts, naming them', () => {
    expect(refusedWith(transfer({ to: 'project:nope' }), 'unknown-account').message).toContain('project:nope');
    expect(refusedWith(transfer({ from: 'wallet' }), 'unknown-account').message).toContain('reserve:<source>');
  });

  it('refuses paying out of spent and into savings', () => {
    recordTransfer(t.db, transfer());
    recordTransfer(t.db, transfer({ id: 'x-2', from: 'project:a', to: 'spent', amount: 10 }));
    refusedWith(transfer({ id: 'x-3', from: 'spent', to: 'project:a', amount: 1 }), 'spent-paid-out');
    refusedWith(transfer({ id: 'x-4', from: 'project:a', to: 'savings', amount: 1 }), 'savings-paid-into');
  });

  it('refuses an overdraft of a reserve and of a project', () => {
    refusedWith(transfer({ amount: 1_000_001 }), 'overdraft');
    recordTransfer(t.db, transfer({ amount: 1_000_000 }));
    expect(accountBalance(t.db, 'reserve:budget')).toBe(0);
    refusedWith(transfer({ id: 'x-2', from: 'project:a', to: 'project:b', amount: 1_000_001 }), 'overdraft');
  });

  it('reinvests only savings recognised on or before the date, and no more than was recognised', () => {
    // The break this rule mends: an editor "reinvested" ₸9 000 trillion that nobody had saved.
    refusedWith(transfer({ id: 'x-1', from: 'savings', to: 'project:b', amount: 9_000_000_000_000_000 }), 'savings-not-recognised');
    refusedWith(transfer({ id: 'x-1', from: 'savings', to: 'project:b', amount: 7 }), 'savings-not-recognised');
    recordRecognition(t.db, { id: 'r-1', date: '2026-03-05', amount: 10, description: 'cloud migration', actor: 'admin' });
    // Not yet recognised on 1 March.
    refusedWith(transfer({ id: 'x-1', date: '2026-03-01', from: 'savings', to: 'project:b', amount: 7 }), 'savings-not-recognised');
    recordTransfer(t.db, transfer({ id: 'x-2', date: '2026-03-05', from: 'savings', to: 'project:b', amount: 7 }));
    expect(accountBalance(t.db, 'savings')).toBe(-7);
    refusedWith(transfer({ id: 'x-3', date: '2026-03-06', from: 'savings', to: 'project:b', amount: 4 }), 'savings-not-recognised');
    recordTransfer(t.db, transfer({ id: 'x-3', date: '2026-03-06', from: 'savings', to: 'project:b', amount: 3 }));
    expect(verifyLedger(t.db)).toMatchObject({ problems: [], recognised: 10, reinvested: 10 });
    expect(() => t.db.$client.prepare('UPDATE savings_recognitions SET amount = 1000').run()).toThrow(/append-only/);
  });

  it('refuses a transfer dated after today in Kazakhstan (it would freeze its accounts until then)', () => {
    const now = new Date('2026-03-10T20:00:00Z'); // already 11 March in Astana
    expect(() => recordTransfer(t.db, transfer({ date: '2026-03-12' }), { now })).toThrow(/after today in Kazakhstan/);
    expect(() => recordTransfer(t.db, transfer({ date: '9999-12-31' }), { now })).toThrow(LedgerError);
    expect(recordTransfer(t.db, transfer({ date: '2026-03-11' }), { now }).status).toBe('recorded');
  });

  it('refuses invalid dates and back-dated transfers', () => {
    refusedWith(transfer({ date: '2026-02-30' }), 'invalid-date');
    refusedWith(transfer({ date: '1.3.2026' }), 'invalid-date');
    recordTransfer(t.db, transfer());
    refusedWith(transfer({ id: 'x-2', date: '2026-02-01', from: 'project:a', to: 'project:b', amount: 1 }), 'out-of-date-order');
  });

  it('treats the same id with the same content as a no-op and with other content as an error', () => {
    recordTransfer(t.db, transfer());
    const again = recordTransfer(t.db, transfer());
    expect(again.status).toBe('unchanged');
    expect(count()).toBe(1);
    expect(accountBalance(t.db, 'project:a')).toBe(100_000);
    expect(refusedWith(transfer({ amount: 100_001 }), 'id-conflict').message).toContain('amount');
    expect(refusedWith(transfer({ reason: 'other' }), 'id-conflict').message).toContain('reason');
  });

  it('refuses invalid ids', () => {
    refusedWith(transfer({ id: '' }), 'invalid-id');
    refusedWith(transfer({ id: 'a\u0000b' }), 'invalid-id');
    refusedWith(transfer({ id: 'x'.repeat(129) }), 'invalid-id');
  });

  it('keeps transfers append-only in the database itself', () => {
    recordTransfer(t.db, transfer());
    expect(() => t.db.$client.prepare('UPDATE transfers SET amount = 1').run()).toThrow(/append-only/);
    expect(() => t.db.$client.prepare('DELETE FROM transfers').run()).toThrow(/append-only/);
    expect(count()).toBe(1);
  });

  it('writes nothing when the work in the same transaction fails', () => {
    expect(() =>
      recordTransfer(t.db, transfer(), {
        alsoInTransaction: () => {
          throw new Error('outbox failed');
        },
      }),
    ).toThrow('outbox failed');
    expect(count()).toBe(0);
    expect(accountBalance(t.db, 'reserve:budget')).toBe(1_000_000);
  });

  it('answers balances as of any date', () => {
    recordTransfer(t.db, transfer({ date: '2026-03-01', amount: 100 }));
    recordTransfer(t.db, transfer({ id: 'x-2', date: '2026-04-01', amount: 20 }));
    recordTransfer(t.db, transfer({ id: 'x-3', date: '2026-04-01', from: 'project:a', to: 'spent', amount: 5 }));
    expect(accountBalance(t.db, 'project:a', '2026-02-28')).toBe(0);
    expect(accountBalance(t.db, 'reserve:budget', '2026-02-28')).toBe(1_000_000);
    expect(accountBalance(t.db, 'project:a', '2026-03-31')).toBe(100);
    expect(accountBalance(t.db, 'project:a', '2026-04-01')).toBe(115);
    expect(accountBalance(t.db, 'spent', '2026-12-31')).toBe(5);
    expect(accountBalance(t.db, 'project:zzz')).toBeNull();
  });
});
