import { describe, expect, it } from 'vitest';
import { parseNumberWords, parsePercent } from '../../src/language/index.js';

describe('parsePercent', () => {
  const good: [string, number][] = [
    ['5%', 5], ['5 %', 5], ['4,5%', 4.5], ['4.5 %', 4.5], ['пять процентов', 5], ['4,5 процента', 4.5],
    ['6 пайыз', 6], ['ЖІӨ-нің 6 пайызы', 6], ['five percent', 5], ['5 per cent', 5], ['двадцать пять процентов', 25],
    ['бес пайыз', 5], ['1 процент', 1], ['3% ВВП', 3], ['7% of GDP', 7],
  ];
  for (const [text, v] of good) it(`reads ${JSON.stringify(text)}`, () => expect(parsePercent(text)).toBe(v));
  for (const text of ['5', 'пять', 'процент', '5 млн', '', 'abc %']) it(`refuses ${JSON.stringify(text)}`, () => expect(parsePercent(text)).toBeNull());
});

describe('parseNumberWords', () => {
  const good: [string, number][] = [
    ['три', 3], ['трех', 3], ['үш', 3], ['three', 3], ['один', 1], ['бір', 1], ['one', 1], ['десять', 10], ['он', 10],
    ['он бес', 15], ['пятнадцать', 15], ['fifteen', 15], ['двадцать', 20], ['жиырма', 20], ['twenty', 20],
    ['twenty five', 25], ['двадцать пять', 25], ['семи', 7], ['жеті', 7], ['seven', 7], ['4,5', 4.5], ['12', 12],
    // Kazakh collective numbers and their cases.
    ['үшеуін', 3], ['екеуі', 2], ['бесеуінің', 5], ['алтауын', 6],
  ];
  for (const [text, v] of good) it(`reads ${JSON.stringify(text)}`, () => expect(parseNumberWords(text)).toBe(v));
  for (const text of ['', 'много', 'три года', 'x']) it(`refuses ${JSON.stringify(text)}`, () => expect(parseNumberWords(text)).toBeNull());
});
