import { z } from 'zod';
import { deactivateDigest, digestOf, upsertDigest } from '../../db/stores/digests-store.js';
import { inWriteTransaction } from '../../db/stores/transaction.js';
import { ensureQuietHours } from '../../src/alerts/quiet-hours.js';
import { nextSlot } from '../../src/digests/digest-schedule.js';
import { formatDate } from '../../src/format/dates.js';
import { kazakhstanDate } from '../../src/format/iso-date.js';
import type { Lang } from '../../src/i18n/lang.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { weighted } from '../../src/language/index.js';
import { line } from '../../src/reply/reply.js';
import { formatClock, parseClock } from '../../src/schedule/astana-clock.js';
import { defineCommand, UserError } from '../command.js';
import { composeDigest } from './digest-content.js';
import { defaultQuietHours } from './push-settings.js';
import { checkSubscriptionPlace } from './subscribe.js';

const WEEKDAYS: Record<Lang, string[]> = {
  ru: ['воскресеньям', 'понедельникам', 'вторникам', 'средам', 'четвергам', 'пятницам', 'субботам'],
  kk: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'],
  en: ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'],
};

// Day words in three languages, by prefix: пн/понедельник/дүйсенбі/mon…
const DAY_WORDS: [RegExp, number][] = [
  [/^(вс|воскр|жексенбі|sun)/u, 0],
  [/^(пн|понед|дүйсенбі|mon)/u, 1],
  [/^(вт|вторн|сейсенбі|tue)/u, 2],
  [/^(ср|сред|сәрсенбі|wed)/u, 3],
  [/^(чт|четв|бейсенбі|thu)/u, 4],
  [/^(пт|пятн|жұма|fri)/u, 5],
  [/^(сб|субб|сенбі|sat)/u, 6],
];
const DAILY = /^(daily|ежедневн\p{L}*|день|күн|күнделікті)$/u;
// Words around a schedule that change nothing: "every Monday at 08:30", "по понедельникам в 9:00", "күн сайын сағат 9:00".
const FILLER = /^(at|on|every|each|в|во|по|каждый|каждую|каждое|сайын|сағат)$/u;
const WEEKLY = /^(weekly|еженедельн\p{L}*|неделя|апта|апталық)$/u;
const OFF = /^(off|выкл\p{L}*|отключ\p{L}*|стоп|өшір\p{L}*|stop)$/u;

const TEXT = {
  ru: {
    on: (when: string, next: string) => `📬 Сводка будет приходить ${when} (время Астаны). Следующая — ${next}. Отключить: /digest off`,
    daily: (at: string) => `каждый день в ${at}`,
    weekly: (day: number, at: string) => `по ${WEEKDAYS.ru[day]} в ${at}`,
    off: 'Сводки отключены.',
    notOn: 'Сводки не были включены. Включить: /digest weekly',
    bad: (w: string) => `Не понял «${w}». Напишите так: /digest weekly 08:30 пн, /digest daily 09:00 или /digest off.`,
  },
  kk: {
    on: (when: string, next: string) => `📬 Шолу ${when} келеді (Астана уақыты). Келесісі — ${next}. Өшіру: /digest off`,
    daily: (at: string) => `күн сайын сағат ${at}`,
    weekly: (day: number, at: string) => `${WEEKDAYS.kk[day]} сайын сағат ${at}`,
    off: 'Шолулар өшірілді.',
    notOn: 'Шолулар қосылмаған еді. Қосу: /digest weekly',
    bad: (w: string) => `«${w}» түсініксіз. Былай жазыңыз: /digest weekly 08:30 дүйсенбі, /digest daily 09:00 немесе /digest off.`,
  },
  en: {
    on: (when: string, next: string) => `📬 The digest will come ${when} (Astana time). Next: ${next}. Turn off: /digest off`,
    daily: (at: string) => `every day at ${at}`,
    weekly: (day: number, at: string) => `on ${WEEKDAYS.en[day]} at ${at}`,
    off: 'Digests are off.',
    notOn: 'Digests were not on. Turn on: /digest weekly',
    bad: (w: string) => `I don't understand "${w}". Write it like: /digest weekly 08:30 mon, /digest daily 09:00, or /digest off.`,
  },
} satisfies Record<Lang, unknown>;

const argsSchema = z.union([
  z.object({ action: z.literal('now') }),
  z.object({ action: z.literal('off') }),
  z.object({ action: z.literal('on'), cadence: z.enum(['daily', 'weekly']), atMinute: z.number().int().min(0).max(1439), weekday: z.number().int().min(0).max(6).nullable() }),
]);

/** `weekly 08:30 mon` → the schedule; Monday 08:30 unless said otherwise. */
function readDigestWords(text: string): z.infer<typeof argsSchema> {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { action: 'now' };
  if (words.length === 1 && OFF.test(words[0]!)) return { action: 'off' };
  let cadence: 'daily' | 'weekly' = 'weekly';
  let atMinute = 8 * 60 + 30;
  let weekday: number | null = null;
  for (const word of words) {
    const clock = parseClock(word);
    const day = DAY_WORDS.find(([re]) => re.test(word));
    if (FILLER.test(word)) continue;
    if (DAILY.test(word)) cadence = 'daily';
    else if (WEEKLY.test(word)) cadence = 'weekly';
    else if (clock !== null) atMinute = clock;
    else if (day) weekday = day[1];
    else throw new UserError(perLang((l) => TEXT[l].bad(word)));
  }
  return { action: 'on', cadence, atMinute, weekday: cadence === 'weekly' ? (weekday ?? 1) : null };
}

export const digestCommand = defineCommand({
  name: 'digest',
  topic: 'alerts',
  access: 'viewer',
  visibility: 'menu',
  readOnly: false,
  summary: { ru: 'Сводка: сейчас или по расписанию', kk: 'Шолу: қазір немесе кесте бойынша', en: 'Digest: now or on a schedule' },
  examples: {
    ru: ['/digest', '/digest weekly 08:30 пн', '/digest daily 09:00', '/digest off'],
    kk: ['/digest', '/digest weekly 08:30 дүйсенбі', '/digest daily 09:00', '/digest off'],
    en: ['/digest', '/digest weekly 08:30 mon', '/digest daily 09:00', '/digest off'],
  },
  words: {
    lexicon: {
      ru: [...weighted(3, 'сводк*', 'дайджест*'), ...weighted(1.5, 'итоги недели', 'что нового')],
      kk: [...weighted(3, 'шолу*', 'дайджест*')],
      en: [...weighted(3, 'digest*', 'summary of the week', 'weekly summary'), ...weighted(1.5, "what's new")],
    },
    // Asked in words, the digest is shown now; a schedule is set with the command.
    args: () => ({ args: { action: 'now' } }),
  },
  args: argsSchema,
  parse: (text) => readDigestWords(text),
  run(args, context) {
    const { services, lang, chat, user, today } = context;
    const t = TEXT[lang];
    if (args.action === 'now') {
      // The last seven days up to today.
      const from = new Date(Date.parse(`${today}T00:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10);
      return composeDigest(services.db, { cadence: 'now', period: { kind: 'range', from, to: today, grain: 'days' }, lang, chatId: chat.id, since: `${from}T00:00:00.000Z` });
    }
    checkSubscriptionPlace(context);
    if (args.action === 'off') return { blocks: [line(deactivateDigest(services.db, chat.id) ? t.off : t.notOn)], data: { digest: null } };
    const now = services.now();
    const digest = inWriteTransaction(services.db, () => {
      upsertDigest(services.db, { chatId: chat.id, userId: user.id, cadence: args.cadence, atMinute: args.atMinute, weekday: args.weekday, lastSlot: now.toISOString(), lang, createdAt: now.toISOString() });
      ensureQuietHours(services.db, chat.id, defaultQuietHours(services));
      return digestOf(services.db, chat.id)!;
    });
    const at = formatClock(digest.atMinute);
    const when = digest.cadence === 'daily' ? t.daily(at) : t.weekly(digest.weekday ?? 1, at);
    const next = nextSlot(digest, now);
    return { blocks: [line(t.on(when, `${formatDate(kazakhstanDate(next), lang)}, ${at}`))], data: { digest } };
  },
});
