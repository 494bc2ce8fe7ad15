import { afterEach, beforeEach, expect, it } from 'vitest';
import { digestOf } from '../../../db/stores/digests-store.js';
import { quietHoursOf } from '../../../db/stores/quiet-hours-store.js';
import { watchesOf } from '../../../db/stores/watches-store.js';
import { unsubscribeAllOf } from '../../../src/alerts/subscriptions.js';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { seedDemoIfEmpty } from '../../../src/dataset/seed-demo.js';
import { createLogger } from '../../../src/logging/logger.js';
import { replyToPlainText } from '../../../src/render/plain-text.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
});
afterEach(() => t.close());

const CHAT = 42;
const say = async (text: string, languageCode = 'ru') => {
  const outcome = await handleMessage(
    { text, user: { id: CHAT, name: 'V', languageCode }, chat: { id: CHAT, kind: 'private' }, roleOverride: 'viewer' },
    { db: t.db, now: () => new Date('2026-11-30T06:00:00Z'), adminIds: [], log: createLogger('silent') },
  );
  return { ...outcome, text: replyToPlainText(outcome.reply) };
};

it('/digest answers now; /digest weekly|daily subscribes at an Astana time; /digest off stops it', async () => {
  expect((await say('/digest')).text).toMatch(/^📬 Сводка · с 24 ноября по 30 ноября 2026\nДвижений не было\.\nСвободный резерв 360 млрд ₸/);
  expect((await say('/digest weekly 09:15 ср')).text).toMatch(/по средам в 09:15 \(время Астаны\)\. Следующая — 2 декабря 2026, 09:15/);
  expect(digestOf(t.db, CHAT)).toMatchObject({ cadence: 'weekly', atMinute: 555, weekday: 3, active: true, lastSlot: '2026-11-30T06:00:00.000Z' });
  expect((await say('/digest weekly')).text).toMatch(/по понедельникам в 08:30/);
  expect((await say('/digest каждый четверг в 10:00')).text).toMatch(/по четвергам в 10:00/);
  expect((await say('/digest weekly at 08:30 on friday', 'en')).text).toMatch(/on Fridays at 08:30/);
  expect((await say('/digest күн сайын сағат 09:00', 'kk')).text).toMatch(/күн сайын сағат 09:00/);
  expect((await say('/digest daily 07:00', 'en')).text).toMatch(/every day at 07:00 \(Astana time\)\. Next: 1 December 2026, 07:00/);
  // The first subscription brings the default quiet hours.
  expect(quietHoursOf(t.db, CHAT)).toEqual({ startMinute: 1320, endMinute: 480 });
  expect((await say('/digest off')).text).toBe('Сводки отключены.');
  expect((await say('/digest every full moon', 'en')).text).toMatch(/I don't understand "full"\. Write it like: \/digest weekly 08:30 mon/);
});

it('/watch understands the three kinds, lists them, and /unwatch removes one by its number', async () => {
  expect((await say('/watch reserve национальный фонд below 50 млрд')).text).toMatch(/Слежу: резерв «Целевой трансферт из Национального фонда» ниже 50 млрд ₸/);
  expect((await say('/watch project kazllm idle 30')).text).toMatch(/без расходов 30 дней/);
  expect((await say('/watch execution cybersecurity below 50 % by 31.12.2026')).text).toMatch(/освоение «Кибербезопасность» ниже 50 % к 31 декабря 2026/);
  expect((await say('/watch execution Astana Hub below 40 % by 31.12.2026')).text).toMatch(/Astana Hub/);
  expect(watchesOf(t.db, CHAT).map((w) => [w.kind, w.target, w.threshold, w.unit])).toEqual([
    ['reserve', 'national-fund', 50_000_000_000, 'tenge'],
    ['idle', 'kazllm', 30, 'days'],
    ['execution', 'area:cybersecurity', 5000, 'bp'],
    ['execution', 'owner:Astana Hub', 4000, 'bp'],
  ]);
  const list = await say('/watch list');
  expect(list.text.split('\n')[2]).toBe('2. «Казахоязычная языковая модель KazLLM» без расходов 30 дней');
  expect((await say('/unwatch 2')).text).toMatch(/Больше не слежу: «Казахоязычная языковая модель KazLLM»/);
  expect(watchesOf(t.db, CHAT)).toHaveLength(3);
  expect((await say('/unwatch 9')).text).toMatch(/Порога № 9 нет: их 3/);
});

it('/watch says what to fix', async () => {
  expect((await say('/watch reserve')).text).toMatch(/Напишите так: \/watch reserve/);
  expect((await say('/watch project kazllm idle many')).text).toMatch(/Число дней — целое от 1 до 3650/);
  expect((await say('/watch execution cybersecurity below 50 %')).text).toMatch(/Укажите дату/);
  expect((await say('/watch reserve умный город below 5 млрд')).text).toMatch(/«умный город» не найдено/);
  expect((await say('/watch execution cybersecurity below 150 % by 31.12.2026')).text).toMatch(/Доля — от 0 до 100 %/);
  expect(watchesOf(t.db, CHAT)).toHaveLength(0);
});

it('/quiet sets and shows quiet hours; /subscriptions lists everything with a button to stop each', async () => {
  expect((await say('/quiet 23:00-07:00')).text).toMatch(/Тихие часы: 23:00–07:00/);
  await say('/subscribe');
  await say('/digest weekly');
  await say('/watch project kazllm idle 30');
  const all = await say('/subscriptions');
  expect(all.text.split('\n').slice(0, 5)).toEqual([
    'Оповещения этого чата',
    '🔔 Движения средств',
    '📬 Сводка: еженедельно, пн 08:30',
    '👁 1. «Казахоязычная языковая модель KazLLM» без расходов 30 дней',
    '🌙 Тихие часы: 23:00–07:00',
  ]);
  expect(all.reply.buttons!.flat().map((b) => b.action)).toEqual(['/unsubscribe', '/digest off', '/unwatch 1', '/quiet off']);
  for (const action of ['/unsubscribe', '/digest off', '/unwatch 1', '/quiet off']) await say(action);
  expect((await say('/subscriptions')).text).toMatch(/Ничего не приходит без запроса/);
  expect((await say('/quiet soon')).text).toMatch(/Напишите так: \/quiet 22:00-08:00/);
});

it('a revoked user’s digests and watches stop with their alerts', async () => {
  await say('/subscribe');
  await say('/digest weekly');
  await say('/watch project kazllm idle 30');
  expect(unsubscribeAllOf(t.db, CHAT)).toBe(3);
  expect(digestOf(t.db, CHAT)!.active).toBe(false);
  expect(watchesOf(t.db, CHAT)).toHaveLength(0);
});

it('plain words show the digest now and list the thresholds; schedules and thresholds are set with the commands', async () => {
  const digest = await say('покажи сводку');
  expect(digest.intent).toBe('digest');
  expect(digest.text).toMatch(/^📬 Сводка · с 24 ноября по 30 ноября 2026/);
  const watches = await say('какие у меня пороги');
  expect(watches.intent).toBe('watch');
  expect(watches.text).toMatch(/Порогов нет\. Пример: \/watch reserve/);
});
