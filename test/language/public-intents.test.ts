import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/language/index.js';
import { loadPhrases, measure, report } from '../helpers/phrase-accuracy.js';

const examples = new URL('../fixtures/', import.meta.url);
const dataset = JSON.parse(readFileSync(new URL('dataset.example.json', examples), 'utf8')) as Catalogue;
const catalogue: Catalogue = { projects: dataset.projects, sources: dataset.sources, priorities: dataset.priorities };
const cases = loadPhrases(new URL('intents.public.jsonl', examples));

describe('public phrases (test/fixtures/intents.public.jsonl)', () => {
  const acc = measure(cases, catalogue, '2026-05-15');
  report('public', acc);

  it('has phrases in all three languages', () => {
    expect(Object.keys(acc.byLang).sort()).toEqual(['en', 'kk', 'ru']);
  });

  it('reaches ≥95% overall', () => {
    expect(acc.overall).toBeGreaterThanOrEqual(0.95);
  });

  for (const lang of ['ru', 'kk', 'en']) {
    it(`reaches ≥95% in ${lang}`, () => {
      expect(acc.byLang[lang]!.accuracy).toBeGreaterThanOrEqual(0.95);
    });
  }
});
