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
