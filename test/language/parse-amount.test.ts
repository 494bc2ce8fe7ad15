import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findAmount, findAmounts, parseAmount } from '../../src/language/index.js';

describe('parseAmount', () => {
  const good: [string, number][] = [
    ['300000000', 300_000_000],
    ['300 млн', 300_000_000],
    ['2,5 млрд', 2_500_000_000],
    ['1.2bn', 1_200_000_000],
    ['250m', 250_000_000],
    ['₸ 3 000 000', 3_000_000],
    ['3 000 000 тенге', 3_000_000],
    ['3\u00a0000\u00a0000 ₸', 3_000_000],
    ['1,5 трлн', 1_500_000_000_000],
    ['500 мың', 500_000],
    ['2 миллиарда', 2_000_000_000],
    ['два миллиарда', 2_000_000_000],
    ['полтора миллиарда', 1_500_000_000],
    ['1.5 billion', 1_500_000_000],
    ['five million tenge', 5_000_000],
    ['5 млрд теңге', 5_000_000_000],
    ['5 млрд.', 5_000_000_000],
    ['3 тыс. тенге', 3_000],
    ['1 млрд 200 млн', 1_200_000_000],
    ['3,000,000', 3_000_000],
    ['1,500 million', 1_500_000_000],
    ['1,500 млн', 1_500_000],
    ['KZT 500', 500],
    ['100 тг', 100],
    ['1 000,00', 1000],
    ['  7 млн  ', 7_000_000],
    ['0.000001 млн', 1],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ];
  for (const [text, value] of good) it(`reads ${JSON.stringify(text)} as ${value}`, () => expect(parseAmount(text)).toBe(value));

  const bad = [
    '', '   ', 'abc', '0', '0 млн', '-5', '-5 млн', '−300 млн', 'минус 5 млн', 'minus 5m', '0.5', '2,5', '1 000,50',
    '0.0000001 млн', '9007199254740992', '10000 трлн', '1e9', '1.2.3', '5 %', '5 процентов', 'млн', 'перенеси 5 млн',
    '5 млн и 3 млн', '12 яблок', 'NaN', 'Infinity', '5 млн; DROP TABLE transfers', '٣٠٠',
  ];
  for (const text of bad) it(`refuses ${JSON.stringify(text)}`, () => expect(parseAmount(text)).toBeNull());

  it('never throws and gives null or a positive safe integer', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const v = parseAmount(s);
        return v === null || (Number.isSafeInteger(v) && v > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back whole numbers of tenge it is given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => parseAmount(String(n)) === n),
      { numRuns: 300 },
    );
  });
});

describe('findAmount / findAmounts', () => {
  it('finds the amount in a sentence with its span', () => {
    const text = 'Перенеси 2,5 млрд с KazLLM на суперкомпьютер';
    const a = findAmount(text);
    expect(a?.value).toBe(2_500_000_000);
    expect(text.slice(a!.start, a!.end)).toBe('2,5 млрд');
  });
  it('includes a currency word in the span', () => {
    const text = 'перебросить 500 млн тенге из ЦОД';
    const a = findAmount(text)!;
    expect(text.slice(a.start, a.end)).toBe('500 млн тенге');
  });
  it('ignores bare numbers unless allowed, and skips percents and dates', () => {
    expect(findAmounts('сценарий 6% ВВП с мультипликатором 4')).toEqual([]);
    expect(findAmounts('move 300000000 from A to B', { allowBare: true }).map((a) => a.value)).toEqual([300_000_000]);
    expect(findAmounts('на 01.03.2026', { allowBare: true })).toEqual([]);
    expect(findAmounts('5% of GDP', { allowBare: true })).toEqual([]);
  });
  it('skips negative amounts', () => {
    expect(findAmounts('move -5 млн to X')).toEqual([]);
  });
});
