import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/language/normalize-text.js';

describe('the English possessive', () => {
  it('is part of the word before it, not a word of its own', () => {
    expect(normalizeText("Children's Rights Committee")).toBe('children rights committee');
    expect(normalizeText('the ministry’s money')).toBe('the ministry money');
  });
});

describe('accents', () => {
  it('reads Latin letters with accents as plain ones, and keeps Cyrillic й', () => {
    expect(normalizeText('Tańba excise marking')).toBe('tanba excise marking');
    expect(normalizeText('Café Söz')).toBe('cafe soz');
    expect(normalizeText('Новый край')).toBe('новый край');
  });
});

describe('a Russian adjective ending on initials', () => {
  it('reads "ЕБРР-овский", "AIIB-шный" as the initials, and leaves other hyphened words alone', () => {
    expect(normalizeText('ЕБРР-овский заём')).toBe('ебрр заем');
    expect(normalizeText('AIIB-шный заём')).toBe('aiib заем');
    expect(normalizeText('IT-специалисты')).toBe('it специалисты');
    expect(normalizeText('Караганда-Сортировочная')).toBe('караганда сортировочная');
  });
  it('reads initials with a lower-case "и" (and) as the initials ("УПТиАД"), not a word that has "и" inside', () => {
    expect(normalizeText('УПТиАД Астаны')).toBe('уптад астаны');
    expect(normalizeText('Минпромстрой и МИИР')).toBe('минпромстрой и миир');
  });
  it('reads a Russian case ending glued to initials ("у НИТа", "ЦОДу") as the initials, not a word in capitals with a lower-case end', () => {
    expect(normalizeText('остаток у НИТа')).toBe('остаток у нит');
    expect(normalizeText('деньги ЦОДу и МИДом')).toBe('деньги цод и мид');
    expect(normalizeText('Нацфонда и Минюста')).toBe('нацфонда и минюста');
  });
});
