import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/format/dates.js';

describe('formatDate', () => {
  it('writes a day in each language, with and without its year, the same when asked again', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatDate('2026-03-01', 'ru')).toBe('1 марта 2026');
      expect(formatDate('2026-03-01', 'ru', { year: false })).toBe('1 марта');
      expect(formatDate('2026-03-01', 'kk')).toBe('2026 жылғы 1 наурыз');
      expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
      expect(formatDate('2026-03-01', 'en', { year: false })).toBe('1 March');
    }
  });

  it('stays right past the number of days it keeps', () => {
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    for (let i = 0; i < 5000; i++) formatDate(day(i), 'en');
    expect(formatDate(day(0), 'en')).toBe('1 January 2020');
    expect(formatDate(day(4999), 'ru')).toBe('8 сентября 2033');
  });
});
