import { afterEach, beforeEach, expect, it } from 'vitest';
import { readReallocationWords, resolveAccount, splitReason } from '../../src/reallocations/reallocation-words.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';
import { seedLedger } from '../helpers/alert-test-data.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedLedger(t.db);
});
afterEach(() => t.close());

const pair = (text: string) => {
  const words = readReallocationWords(t.db, text);
  return [words.amount, words.fromText, words.toText, words.reason];
};

it('finds the split of the words where both names are known', () => {
  expect(pair('250m Project A Project B')).toEqual([250_000_000, 'project:a', 'project:b', '']);
  expect(pair('1.2bn from Project A to reserve:budget because unused')).toEqual([1_200_000_000, 'project:a', 'reserve:budget', 'unused']);
  expect(pair('300 млн с a на резерв Budget — причина: возврат')).toEqual([300_000_000, 'project:a', 'reserve:budget', 'возврат']);
  // "5 b" reads as five billion, but then "c" alone cannot be both sides: 5 tenge from b to c.
  expect(pair('5 b c')).toEqual([5, 'project:b', 'project:c', '']);
  expect(pair('Project A Project B')[0]).toBeNull();
});

it('resolves accounts by id, prefix and name', () => {
  expect(resolveAccount(t.db, 'reserve:fund')).toMatchObject({ kind: 'one', match: { account: 'reserve:fund', exact: true } });
  expect(resolveAccount(t.db, 'резерв Fund')).toMatchObject({ kind: 'one', match: { account: 'reserve:fund' } });
  expect(resolveAccount(t.db, 'Budget')).toMatchObject({ kind: 'one', match: { account: 'reserve:budget' } });
  expect(resolveAccount(t.db, 'project:c')).toMatchObject({ kind: 'one', match: { account: 'project:c' } });
  expect(resolveAccount(t.db, 'nothing like it')).toEqual({ kind: 'none' });
});

it('splits off the reason after a dash, a colon or a word', () => {
  expect(splitReason('1 a b — faster')).toEqual({ head: '1 a b', reason: 'faster' });
  expect(splitReason('1 reserve:budget b: reason: late')).toEqual({ head: '1 reserve:budget b', reason: 'late' });
  expect(splitReason('1 a b потому что сроки')).toEqual({ head: '1 a b', reason: 'сроки' });
  expect(splitReason('1 a b')).toEqual({ head: '1 a b', reason: '' });
});

it('takes the words after an exactly named "to" as the reason when no separator marks it', () => {
  expect(pair('10 000 a b test move')).toEqual([10_000, 'project:a', 'project:b', 'test move']);
  expect(pair('1 млн Project A Project B перенос сроков')).toEqual([1_000_000, 'project:a', 'project:b', 'перенос сроков']);
  // A forgiving match keeps every word in the name rather than guessing a reason.
  expect(pair('1 млн Project A Projcet B')).toEqual([1_000_000, 'project:a', 'project:b', '']);
});
