import { expect, it } from 'vitest';
import { keptAnswers } from '../../src/language/kept-answers.js';

it('computes each key once, keeps null and false answers too, and forgets all past its limit', () => {
  const asked: string[] = [];
  const month = keptAnswers(2, (word) => (asked.push(word), word === 'март' ? 3 : null));
  expect([month('март'), month('март'), month('сом'), month('сом')]).toEqual([3, 3, null, null]);
  expect(asked).toEqual(['март', 'сом']);
  month('третий');
  month('март');
  expect(asked).toEqual(['март', 'сом', 'третий', 'март']);
});
