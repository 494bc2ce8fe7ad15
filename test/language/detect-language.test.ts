import { expect, it } from 'vitest';
import { detectLanguage } from '../../src/language/index.js';

it.each([
  ['сколько потратил AgroScan', 'ru'],
  ['AgroScan жобасы қанша алды', 'kk'],
  ['how much did KazLLM spend', 'en'],
  // A name in quotes, or written in Russian, inside a question in another language.
  ['size of the «Долевое участие зернотрейдеров» source', 'en'],
  ['Единая агроплатформа и обмен данными — how much was paid in the third quarter', 'en'],
  ['сколько в «Smart Agro» осталось', 'ru'],
  // A Kazakh name written as one inside a Russian or English question.
  ['освоение у ҚазАвтоЖол', 'ru'],
  ['what did Қазгидромет pay', 'en'],
  ['ал Қарағанды облысы бойынша филиалда ше?', 'kk'],
  ['Қазгидромет қанша төледі', 'kk'],
  ['12345', null],
])('%s → %s', (text, lang) => {
  expect(detectLanguage(text)).toBe(lang);
});
