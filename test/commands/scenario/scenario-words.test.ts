import { afterEach, beforeEach, expect, it } from 'vitest';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { seedDemoIfEmpty } from '../../../src/dataset/seed-demo.js';
import { createLogger } from '../../../src/logging/logger.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

// Scenarios asked in words: presets by name in three languages, lists of shares, comparisons.

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
});
afterEach(() => t.close());

let chat = 10;
const argsOf = async (text: string) => {
  const id = chat++;
  const outcome = await handleMessage(
    { text, user: { id, name: '', languageCode: 'ru' }, chat: { id, kind: 'private' }, roleOverride: 'viewer' },
    { db: t.db, now: () => new Date('2026-11-30T06:00:00Z'), adminIds: [], log: createLogger('silent') },
  );
  expect(outcome.intent, text).toBe('scenario');
  return outcome.args;
};

it.each([
  ['сценарий с мультипликатором МВФ', { preset: 'imf-2020' }],
  ['ХВҚ мультипликаторымен сценарий', { preset: 'imf-2020' }],
  ['scenario with the IMF multiplier', { preset: 'imf-2020' }],
  ['сценарий по оценке министерства', { preset: 'ministry' }],
  ['министрлік бағасы бойынша болжам', { preset: 'ministry' }],
  ['what if we take the conservative multiplier', { preset: 'conservative' }],
  ['сақ бағалаумен ЖІӨ өсімі қандай болады', { preset: 'conservative' }],
  ['прогноз с мультипликатором развитых стран', { preset: 'advanced-economies' }],
  ['дамыған елдер мультипликаторымен ЖІӨ-нің 6 пайызы', { preset: 'advanced-economies', share: 6 }],
  ['четыре с половиной процента ВВП за три года', { share: 4.5, years: 3 }],
  ['invest four percent of GDP over three years, multiplier of three', { share: 4, years: 3, multiplier: 3 }],
  ['мультипликатор 1,6 и четыре с половиной процента ВВП', { share: 4.5, multiplier: 1.6 }],
  ['мультипликатор 3, 4 % ВВП', { share: 4, multiplier: 3 }],
  // A return per tenge invested, as a ratio, is the multiplier.
  ['посчитай сценарий: 4 % от ВВП при отдаче 1,2 к 1', { share: 4, multiplier: 1.2 }],
  ['5% of GDP with a 3 to 1 return', { share: 5, multiplier: 3 }],
  ['свой множитель 1,8, доля — три процента ВВП', { share: 3, multiplier: 1.8 }],
  // "свой" between the word and the number only says it is one's own.
  ['мультипликатор свой — 1,8, доля на цифровизацию 3,5 % ВВП', { share: 3.5, multiplier: 1.8 }],
])('%s', async (text, expected) => {
  expect(await argsOf(text)).toEqual(expected);
});

it('compares shares listed, presets named together, and presets at a share', async () => {
  expect(await argsOf('сравни вложения 4, 5 и 6 процентов ВВП')).toEqual({ compare: [4, 5, 6] });
  expect(await argsOf('ЖІӨ-нің 4, 5 және 6 пайызын салыстыр')).toEqual({ compare: [4, 5, 6] });
  expect(await argsOf('3 vs 6 per cent of GDP — show both')).toEqual({ compare: [3, 6] });
  expect(await argsOf('үш пен бес пайыз ЖІӨ жағдайларын бір-бірімен салыстырып берші')).toEqual({ compare: [3, 5] });
  expect(await argsOf('compare the ministry and the IMF presets')).toEqual({ compare: ['ministry', 'imf-2020'] });
  expect(await argsOf('advanced economies vs ministry')).toEqual({ compare: ['advanced-economies', 'ministry'] });
  expect(await argsOf('министерство и МВФ при 6 % ВВП')).toEqual({ compare: ['ministry', 'imf-2020'], share: 6 });
});
