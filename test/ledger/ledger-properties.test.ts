import fc from 'fast-check';
import { expect, it } from 'vitest';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { allBalances } from '../../src/ledger/balances.js';
import { LedgerError } from '../../src/ledger/ledger-error.js';
import { recordTransfer } from '../../src/ledger/record-transfer.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { smallDataset } from '../helpers/datasets.js';
import { tempDatabase } from '../helpers/temp-db.js';

const ACCOUNTS = ['reserve:budget', 'reserve:fund', 'project:a', 'project:b', 'project:c', 'spent', 'savings'];

it('random transfers never break conservation, never go negative, and balances equal the sum of transfers', () => {
  const move = fc.record({
    from: fc.constantFrom(...ACCOUNTS),
    to: fc.constantFrom(...ACCOUNTS),
    amount: fc.oneof(fc.integer({ min: 1, max: 400_000 }), fc.constantFrom(0, -1, 1.5, 2_000_000)),
    dayStep: fc.integer({ min: 0, max: 3 }),
  });
  fc.assert(
    fc.property(fc.array(move, { maxLength: 40 }), (moves) => {
      const t = tempDatabase();
      try {
        importDataset(t.db, smallDataset());
        const expected = new Map(ACCOUNTS.map((a) => [a, 0]));
        expected.set('reserve:budget', 1_000_000);
        expected.set('reserve:fund', 500_000);
        let day = 1;
        moves.forEach((m, i) => {
          day = Math.min(28, day + m.dayStep);
          try {
            recordTransfer(t.db, { id: `p-${i}`, date: `2026-05-${String(day).padStart(2, '0')}`, from: m.from, to: m.to, amount: m.amount, reason: '', actor: '' });
            expected.set(m.from, expected.get(m.from)! - m.amount);
            expected.set(m.to, expected.get(m.to)! + m.amount);
          } catch (error) {
            if (!(error instanceof LedgerError)) throw error;
          }
        });
        const balances = allBalances(t.db);
        expect(balances).toEqual(Object.fromEntries(ACCOUNTS.map((a) => [a, expected.get(a)])));
        for (const [account, balance] of Object.entries(balances)) if (account !== 'savings') expect(balance).toBeGreaterThanOrEqual(0);
        const held = Object.entries(balances).filter(([a]) => a !== 'savings').reduce((sum, [, b]) => sum + b, 0);
        expect(held).toBe(1_500_000 - balances.savings!);
        expect(verifyLedger(t.db).problems).toEqual([]);
      } finally {
        t.close();
      }
    }),
    { numRuns: 60 },
  );
});
