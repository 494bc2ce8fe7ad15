import fc from 'fast-check';
import { expect, it } from 'vitest';
import { formatMoneyExact, formatMoneyShort } from '../../src/format/money.js';

it.each([
  [1_250_000_000_000, '1,25 трлн ₸', '₸1.25 trn'],
  [31_300_000_000, '31,3 млрд ₸', '₸31.3 bn'],
  [230_950_000_000, '231 млрд ₸', '₸231 bn'],
  [3_125_000_000, '3,125 млрд ₸', '₸3.125 bn'],
  [300_000_000, '300 млн ₸', '₸300 mn'],
  [999_999_999_999, '1 трлн ₸', '₸1 trn'],
  [950, '950 ₸', '₸950'],
  [0, '0 ₸', '₸0'],
  [-13_900_000_000, '−13,9 млрд ₸', '−₸13.9 bn'],
])('short form of %d', (tenge, ru, en) => {
  expect(formatMoneyShort(tenge, 'ru')).toBe(ru);
  expect(formatMoneyShort(tenge, 'en')).toBe(en);
});

it('keeps at least three significant digits of any amount', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1000, max: Number.MAX_SAFE_INTEGER }), (tenge) => {
      const text = formatMoneyShort(tenge, 'en');
      const match = /^₸([\d,.]+) (k|m|bn|trn)$/.exec(text);
      expect(match).not.toBeNull();
      const scale = { k: 1e3, m: 1e6, bn: 1e9, trn: 1e12 }[match![2] as 'k'];
      const shown = Number(match![1]!.replace(/,/g, '')) * scale;
      expect(Math.abs(shown - tenge) / tenge).toBeLessThanOrEqual(0.0005 + 1e-12);
    }),
  );
});

it('writes every tenge in the exact form', () => {
  expect(formatMoneyExact(235_700_000_000, 'ru')).toBe('235 700 000 000 ₸');
  expect(formatMoneyExact(235_700_000_000, 'en')).toBe('₸235,700,000,000');
});
