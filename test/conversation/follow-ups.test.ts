import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Services } from '../../commands/command.js';
import { closeDatabase, openDatabase } from '../../db/client.js';
import { allowChat } from '../../db/stores/access-store.js';
import { handleMessage } from '../../src/conversation/handle-message.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { createLogger } from '../../src/logging/logger.js';
import { replyToPlainText } from '../../src/render/plain-text.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

// A follow-up changes one part of the question before it, for the same person in the same chat,
// for a quarter of an hour, across a restart.

let t: TempDatabase;
let now: Date;
let services: Services;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
  now = new Date('2026-11-30T06:00:00Z');
  services = { db: t.db, now: () => now, adminIds: [], log: createLogger('silent') };
});
afterEach(() => t.close());

const ask = async (text: string, user = 7, chat: { id: number; kind: 'private' | 'group' } = { id: 7, kind: 'private' }) => {
  const outcome = await handleMessage({ text, user: { id: user, name: 'Official', languageCode: 'ru' }, chat, roleOverride: 'viewer' }, services);
  return { ...outcome, text: replyToPlainText(outcome.reply) };
};
const minutes = (n: number) => (now = new Date(now.getTime() + n * 60_000));

it('changes the period, the measure, the thing or the breakdown of the question before', async () => {
  expect((await ask('расходы за март')).text).toContain('177,2 млрд ₸');
  const april = await ask('а за апрель?');
  expect(april.intent).toBe('spent');
  expect(april.text).toContain('53 млрд ₸');
  expect((await ask('а по направлениям?')).text).toMatch(/апрель 2026 · вся программа · по направлениям/);
  await ask('покажи KazLLM');
  expect((await ask('а сколько у него осталось?')).text).toContain('5,775 млрд ₸');
  expect((await ask('а освоение?')).text).toContain('80,8 %');
  // "Same thing for July?" keeps the question and changes its period.
  await ask('расходы за март');
  const july = await ask('same thing for July?');
  expect(july.intent).toBe('spent');
  expect(july.args.period).toMatchObject({ from: '2026-07-01', to: '2026-07-31' });
  // A Kazakh measure with "its" on it, alone, is the same thing's: "игерілуі неше пайыз?".
  await ask('KazLLM қанша жұмсады');
  expect((await ask('игерілуі неше пайыз?')).text).toContain('80,8 %');
  // What was spent, asked again as a percentage: the execution of the same thing.
  await ask('сколько потратил KazLLM');
  expect((await ask('а это сколько процентов?')).text).toContain('80,8 %');
  await ask('how much has KazLLM spent');
  expect((await ask('what percent of its money is that?')).text).toContain('80.8%');
});

it('answers every measure a follow-up lists, named as of one project', async () => {
  await ask('сколько получил KazLLM');
  const both = await ask('а сколько из этого уже потрачено и какой остаток?');
  expect(both.args).toMatchObject({ scope: { kind: 'project', id: 'kazllm' }, measure: 'spent', also: ['balance'] });
  expect(both.text).toMatch(/^Израсходовано, остаток · /);
  expect(both.text).toContain('Израсходовано: 24,23 млрд ₸');
  expect(both.text).toContain('Остаток: 5,775 млрд ₸');
});

it('keeps the measure of a ranking when only its breakdown changes ("а по администраторам?")', async () => {
  await ask('топ-3 проекта по расходам');
  const byAdministrator = await ask('а по администраторам?');
  expect(byAdministrator.args).toMatchObject({ groupBy: 'administrator', measure: 'spent', rank: { order: 'top', n: 3 } });
  expect(byAdministrator.text).toMatch(/^Израсходовано/);
});

it('keeps the project when a follow-up names another source its money came from', async () => {
  await ask('сколько KazLLM получил из Нацфонда');
  expect((await ask('а из республиканского бюджета?')).args).toMatchObject({ scope: { kind: 'project', id: 'kazllm' }, via: 'republican-budget', measure: 'received' });
});

it('keeps the multiplier when only the share changes, and the share when a preset is named', async () => {
  await ask('scenario 5% of GDP over 3 years with multiplier 1.5');
  const six = await ask('and with 6%?');
  expect(six.intent).toBe('scenario');
  expect(six.args).toMatchObject({ share: 6, multiplier: 1.5 });
  const imf = await ask('а если по МВФ?');
  expect(imf.args).toMatchObject({ share: 6, preset: 'imf-2020' });
  expect(imf.args.multiplier).toBeUndefined();
  // "Switch to …", "поменяй на …": the one part changed, the share kept.
  const ministry = await ask('switch to the ministry preset');
  expect(ministry.args).toMatchObject({ share: 6, preset: 'ministry' });
  expect((await ask('поменяй на консервативный')).args).toMatchObject({ share: 6, preset: 'conservative' });
  // "Министерским коэффициентом", "министрлік коэффициентімен … қалай өзгереді": the preset changed, the share kept.
  await ask('посчитай 4 % ВВП с мультипликатором МВФ-2020');
  expect((await ask('а с министерским коэффициентом что будет')).args).toMatchObject({ share: 4, preset: 'ministry' });
  await ask('ЖІӨ-нің 3 пайызын ХВҚ-2020 коэффициентімен есептеп бер');
  expect((await ask('министрлік коэффициентімен болса қалай өзгереді')).args).toMatchObject({ share: 3, preset: 'ministry' });
  // "Множитель ставим 1,9": words that only set it may stand between.
  expect((await ask('множитель ставим 1,9, доля — 3 % ВВП, считай')).args).toMatchObject({ share: 3, multiplier: 1.9 });
});

it('takes another command’s whole question after a question as a new one, unless it points back', async () => {
  await ask('расходы за март');
  const preset = await ask('switch to the ministry preset');
  expect(preset.intent).toBe('scenario');
  expect(preset.args).toMatchObject({ preset: 'ministry' });
  // "Who's paying for it": "it" is the thing asked about before.
  await ask('KazLLM balance');
  const sources = await ask('who is paying for it, which sources?');
  expect(sources.args).toMatchObject({ scope: { kind: 'project', id: 'kazllm' } });
});

it('does not continue a question older than a quarter of an hour', async () => {
  await ask('расходы за март');
  minutes(16);
  expect((await ask('а за апрель?')).text).not.toContain('53 млрд ₸');
});

it('remembers the question across a restart', async () => {
  await ask('расходы за март');
  closeDatabase(t.db);
  t.db = openDatabase(t.path);
  services = { ...services, db: t.db };
  minutes(2);
  expect((await ask('а за апрель?')).text).toContain('53 млрд ₸');
});

it('continues each person’s own question in a group', async () => {
  allowChat(t.db, { chatId: -100, allowedBy: 1, allowedAt: '2026-11-01T00:00:00Z' });
  const group = { id: -100, kind: 'group' as const };
  await ask('расходы за март', 1, group);
  await ask('остаток у Astana Hub', 2, group);
  expect((await ask('а за апрель?', 1, group)).text).toContain('53 млрд ₸');
  expect((await ask('ал Казахтелекомда ше?', 2, group)).text).toContain('96,6 млрд ₸');
});

it('answers a new question as new, even right after another', async () => {
  await ask('расходы за март');
  const priorities = await ask('Какие сейчас приоритеты?');
  expect(priorities.intent).toBe('priorities');
});

it('turns a ranking round and keeps what it ranked ("ал ең азы қайсы?")', async () => {
  const most = await ask('какое направление потратило больше всего');
  expect(most.args).toMatchObject({ groupBy: 'area', rank: { order: 'top', n: 1 } });
  const least = await ask('ал ең азы қайсы?');
  expect(least.intent).toBe('spent');
  expect(least.args).toMatchObject({ groupBy: 'area', rank: { order: 'bottom', n: 1 } });
});

it('turns a ranking round when asked to flip it ("переверни", "flip it"), keeping the breakdown', async () => {
  await ask('у каких трёх администраторов больше всего осталось на счетах');
  const flipped = await ask('переверни: трое с самым маленьким остатком, нулевых не считай');
  expect(flipped.intent).toBe('balance');
  expect(flipped.args).toMatchObject({ groupBy: 'administrator', rank: { order: 'bottom', n: 3, nonZero: true } });
  await ask('top 3 areas by spending', 8, { id: 8, kind: 'private' });
  const english = await ask('flip it', 8, { id: 8, kind: 'private' });
  expect(english.args).toMatchObject({ groupBy: 'area', rank: { order: 'bottom', n: 3 } });
});

it('reads "the last three" after a ranking as its bottom end, and alone as the latest transfers', async () => {
  await ask('какие три проекта потратили больше всего?');
  const last = await ask('а три последних?');
  expect(last.intent).toBe('spent');
  expect(last.args).toMatchObject({ groupBy: 'project', rank: { order: 'bottom', n: 3 } });
  const first = await ask('а первые пять?');
  expect(first.args).toMatchObject({ groupBy: 'project', rank: { order: 'top', n: 5 } });
  await ask('which 3 areas executed worst?', 8, { id: 8, kind: 'private' });
  expect((await ask('and the last 4?', 8, { id: 8, kind: 'private' })).args).toMatchObject({ groupBy: 'area', rank: { order: 'bottom', n: 4 } });
  await ask('ең көп жұмсаған үш жоба', 9, { id: 9, kind: 'private' });
  expect((await ask('ал соңғы үшеуі ше?', 9, { id: 9, kind: 'private' })).args).toMatchObject({ rank: { order: 'bottom', n: 3 } });
  expect((await ask('последние 5 переводов', 10, { id: 10, kind: 'private' })).intent).toBe('history');
});

it('reads "ше" closing a clause mid-question as a follow-up ("ең жақсысы ше, пайызымен")', async () => {
  await ask('игеру бойынша ең нашар әкімші кім');
  const best = await ask('ең жақсысы ше, пайызымен');
  expect(best.intent).toBe('execution');
  expect(best.args).toMatchObject({ groupBy: 'administrator', rank: { order: 'top', n: 1 } });
});

it('takes words that fit the thing asked about before as naming it again, and another thing’s full name as that thing', async () => {
  await ask('сколько потратил спутниковый интернет для отдалённых посёлков');
  const again = await ask('а освоение у интернета какое?');
  expect(again.args).toMatchObject({ scope: { kind: 'project', id: 'satellite-internet' }, measure: 'execution' });
  const other = await ask('а у широкополосного интернета в сёлах?');
  expect(other.args).toMatchObject({ scope: { kind: 'project', id: 'rural-broadband' } });
});

it('reads the other end of a ranking alone as a follow-up ("ең нашары қайсы, пайызымен"), and "how did that look on 1 June" as another date', async () => {
  await ask('игеру бойынша ең үздік бағыт қайсы');
  const worst = await ask('ең нашары қайсы, пайызымен');
  expect(worst.args).toMatchObject({ groupBy: 'area', rank: { order: 'bottom', n: 1 }, measure: 'execution' });
  await ask('national fund: what part of its reserve has no project yet', 9, { id: 9, kind: 'private' });
  const june = await ask('how did that look on 1 June', 9, { id: 9, kind: 'private' });
  expect(june.args).toMatchObject({ scope: { kind: 'source', id: 'national-fund' }, period: { kind: 'asOf', date: '2026-06-01' } });
});

it('takes "министрлік" after a scenario as the ministry’s preset, and Kazakh "3 пен 6" as a comparison', async () => {
  await ask('ЖІӨ-нің 4 пайызын консервативті коэффициентпен есептеші');
  const ministry = await ask('министрлік нұсқасымен ше');
  expect(ministry.intent).toBe('scenario');
  expect(ministry.args).toMatchObject({ share: 4, preset: 'ministry' });
  const both = await ask('ЖІӨ-нің 3 пен 6 пайызын қатар қойып көрсет', 10, { id: 10, kind: 'private' });
  expect(both.args).toMatchObject({ compare: [3, 6] });
});

it('keeps the count of a ranking turned round without one, and reads an English period follow-up with words around it', async () => {
  await ask('три проекта с наибольшим остатком');
  expect((await ask('а теперь с наименьшим, без нулевых')).args).toMatchObject({ rank: { order: 'bottom', n: 3, nonZero: true } });
  await ask('June spending');
  const block = await ask('fine, now July to September as a block');
  expect(block.intent).toBe('spent');
  expect(block.args.period).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
});

it('reads an ordinal alone after a quarter as that quarter ("and the second?", "ал екіншісі ше?"), never before a noun', async () => {
  await ask('how much was paid in the first quarter');
  expect((await ask('and the second?')).args.period).toMatchObject({ from: '2026-04-01', to: '2026-06-30' });
  expect((await ask('ал үшіншісі ше?')).args.period).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
  await ask('how much was paid in the first quarter');
  expect((await ask('а второй источник?')).intent).not.toBe('spent');
  // A quarter said by its months ("Jan-Mar") is a quarter too.
  await ask('how much did we pay in Jan-Mar');
  expect((await ask('and the second one?')).args.period).toMatchObject({ from: '2026-04-01', to: '2026-06-30' });
});

it('turns a ranking round on "now the opposite end" and "а снизу тройка? пустые не считай"', async () => {
  await ask('two administrators with the most cash left on their projects');
  const opposite = await ask('now the opposite end');
  expect(opposite.args).toMatchObject({ rank: { order: 'bottom', n: 2 } });
  expect(opposite.args.unknown).toBeUndefined();
  await ask('у каких трёх проектов денег на счетах больше всех');
  expect((await ask('а снизу тройка? пустые не считай')).args).toMatchObject({ rank: { order: 'bottom', n: 3, nonZero: true } });
});

it('goes on from a question whose thing was not found: another period says so again, another name is answered', async () => {
  expect((await ask('сколько потратил проект Умный город')).text).toContain('«Умный город»');
  const april = await ask('а в апреле?');
  expect(april.intent).toBe('spent');
  expect(april.text).toContain('«Умный город»');
  const kazllm = await ask('а KazLLM?');
  expect(kazllm.args).toMatchObject({ scope: { kind: 'project', id: 'kazllm' }, period: { from: '2026-04-01' } });
  // A ranking asked next is about many things, not the one not found.
  await ask('сколько потратил проект Умный город');
  const top = await ask('а какие три проекта потратили больше всего?');
  expect(top.args).not.toHaveProperty('unknown');
  expect(top.args).toMatchObject({ rank: { order: 'top', n: 3 } });
});
