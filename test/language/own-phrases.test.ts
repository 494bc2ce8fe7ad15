// Phrases written for this parser against an invented catalogue (other projects, sources and
// priorities than the example dataset): the guard against fitting the public phrases only.
import { describe, expect, it } from 'vitest';
import { loadPhrases, measure, report } from '../helpers/phrase-accuracy.js';
import { OWN_CATALOGUE, OWN_TODAY } from '../helpers/own-catalogue.js';

const cases = loadPhrases(new URL('../fixtures/intents.own.jsonl', import.meta.url));

describe('own phrases (test/fixtures/intents.own.jsonl)', () => {
  const acc = measure(cases, OWN_CATALOGUE, OWN_TODAY);
  report('own', acc);

  it('has at least 80 phrases in ru, kk and en', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(Object.keys(acc.byLang).sort()).toEqual(['en', 'kk', 'ru']);
  });

  it('reaches ≥95% overall', () => {
    expect(acc.overall).toBeGreaterThanOrEqual(0.95);
  });

  for (const lang of ['ru', 'kk', 'en']) {
    it(`reaches ≥90% in ${lang}`, () => {
      expect(acc.byLang[lang]!.accuracy).toBeGreaterThanOrEqual(0.9);
    });
  }
});
