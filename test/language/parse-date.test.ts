import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from '../../src/language/index.js';
import { normalizeText } from '../../src/language/normalize-text.js';
import { findImpossibleDate } from '../../src/language/parse-date.js';
import { tokenize } from '../../src/language/tokenize.js';

const today = '2026-05-15';

describe('parseDate', () => {
  const good: [string, string][] = [
    ['2026-03-01', '2026-03-01'],
    ['01.03.2026', '2026-03-01'],
    ['1.3.2026', '2026-03-01'],
    ['01/03/2026', '2026-03-01'],
    ['01.03.26', '2026-03-01'],
    ['1 марта', '2026-03-01'],
    ['1 марта 2026', '2026-03-01'],
    ['1 марта 2025 года', '2025-03-01'],
    ['на 1-е марта', '2026-03-01'],
    ['1 наурыз', '2026-03-01'],
    ['1-ші наурыз', '2026-03-01'],
    ['наурыздың 1', '2026-03-01'],
    ['наурыздың 1-і', '2026-03-01'],
    ['2026 жылғы 1 наурыз', '2026-03-01'],
    ['March 1', '2026-03-01'],
    ['March 1st, 2026', '2026-03-01'],
    ['1 March 2026', '2026-03-01'],
    ['the 1st of March', '2026-03-01'],
    ['31 декабря 2025', '2025-12-31'],
    ['29.02.2028', '2028-02-29'],
    ['5 мая', '2026-05-05'],
    ['15 қазан', '2026-10-15'],
    ['сегодня', '2026-05-15'],
    ['вчера', '2026-05-14'],
    ['бүгін', '2026-05-15'],
    ['кеше', '2026-05-14'],
    ['today', '2026-05-15'],
    ['yesterday', '2026-05-14'],
    ['первого марта', '2026-03-01'],
    ['на двадцать пятое мая', '2026-05-25'],
    ['пятнадцатого сентября 2025 года', '2025-09-15'],
    ['тридцать первого декабря', '2026-12-31'],
    ['as of the first of March', '2026-03-01'],
  ];
  for (const [text, iso] of good) it(`reads ${JSON.stringify(text)}`, () => expect(parseDate(text, today)).toBe(iso));

  it('crosses month and year boundaries for yesterday', () => {
    expect(parseDate('вчера', '2026-01-01')).toBe('2025-12-31');
    expect(parseDate('yesterday', '2024-03-01')).toBe('2024-02-29');
  });

  const bad = ['31.02.2026', '30 февраля', '29.02.2026', '2026-13-01', '32 марта', '0 марта', 'март', 'завтрак', '', 'abc', '1 марта и 2 апреля что-то'];
  for (const text of bad) it(`refuses ${JSON.stringify(text)}`, () => expect(parseDate(text, today)).toBeNull());
});

describe('findDate', () => {
  it('finds a date inside a sentence', () => {
    expect(findDate('какие были приоритеты на 1 марта?', today)?.date).toBe('2026-03-01');
    expect(findDate('priorities as of March 1, 2026 please', today)?.date).toBe('2026-03-01');
    expect(findDate('2026 жылғы наурыздың 1-і басымдықтары', today)?.date).toBe('2026-03-01');
  });
  it('finds nothing where there is no date', () => {
    expect(findDate('перенеси 5 млрд с A на B', today)).toBeNull();
    expect(findDate('за три года', today)).toBeNull();
  });
});

describe('findImpossibleDate', () => {
  const tokens = (text: string) => tokenize(normalizeText(text));
  it('finds a date written that no calendar has, and nothing in a real one', () => {
    for (const text of ['на 31.02.2026', '30 февраля', '2026-04-31', '31 сәуір', 'as of 31 June']) expect(findImpossibleDate(tokens(text), today), text).not.toBeNull();
    for (const text of ['на 28.02.2026', '29 февраля 2028', 'в марте', 'сколько осталось', '31 мая']) expect(findImpossibleDate(tokens(text), today), text).toBeNull();
  });
});
