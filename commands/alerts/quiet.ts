import { z } from 'zod';
import { quietHoursOf, setQuietHours } from '../../db/stores/quiet-hours-store.js';
import type { Lang } from '../../src/i18n/lang.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { line } from '../../src/reply/reply.js';
import { formatClock, parseClock } from '../../src/schedule/astana-clock.js';
import { defineCommand, UserError } from '../command.js';
import { defaultQuietHours } from './push-settings.js';
import { checkSubscriptionPlace } from './subscribe.js';

const TEXT = {
  ru: {
    set: (from: string, to: string) => `🌙 Тихие часы: ${from}–${to} (время Астаны). Оповещения в это время придут после ${to}; срочные (резерв ниже порога) — сразу.`,
    off: 'Тихие часы отключены: оповещения приходят сразу.',
    now: (text: string) => `Сейчас: ${text}. Изменить: /quiet 22:00-08:00 или /quiet off`,
    none: 'тихих часов нет',
    usage: 'Напишите так: /quiet 22:00-08:00 или /quiet off',
  },
  kk: {
    set: (from: string, to: string) => `🌙 Тыныш сағаттар: ${from}–${to} (Астана уақыты). Осы уақыттағы хабарламалар тыныш сағаттар біткен соң келеді; шұғылдары (резерв шектен төмен) — бірден.`,
    off: 'Тыныш сағаттар өшірілді: хабарламалар бірден келеді.',
    now: (text: string) => `Қазір: ${text}. Өзгерту: /quiet 22:00-08:00 немесе /quiet off`,
    none: 'тыныш сағаттар жоқ',
    usage: 'Былай жазыңыз: /quiet 22:00-08:00 немесе /quiet off',
  },
  en: {
    set: (from: string, to: string) => `🌙 Quiet hours: ${from}–${to} (Astana time). Alerts in that time come after ${to}; urgent ones (a reserve below its threshold) at once.`,
    off: 'Quiet hours are off: alerts come at once.',
    now: (text: string) => `Now: ${text}. Change: /quiet 22:00-08:00 or /quiet off`,
    none: 'no quiet hours',
    usage: 'Write it like: /quiet 22:00-08:00 or /quiet off',
  },
} satisfies Record<Lang, unknown>;

export const quietCommand = defineCommand({
  name: 'quiet',
  topic: 'alerts',
  access: 'viewer',
  visibility: 'menu',
  readOnly: false,
  summary: { ru: 'Тихие часы для оповещений', kk: 'Хабарламаларға тыныш сағаттар', en: 'Quiet hours for alerts' },
  examples: { ru: ['/quiet', '/quiet 22:00-08:00', '/quiet off'], kk: ['/quiet', '/quiet 22:00-08:00', '/quiet off'], en: ['/quiet', '/quiet 22:00-08:00', '/quiet off'] },
  args: z.union([z.object({ show: z.literal(true) }), z.object({ startMinute: z.number().int().min(0).max(1439), endMinute: z.number().int().min(0).max(1439) })]),
  parse(text) {
    const words = text.trim().toLowerCase();
    if (words === '') return { show: true };
    if (/^(off|выкл\p{L}*|отключ\p{L}*|өшір\p{L}*|нет)$/u.test(words)) return { startMinute: 0, endMinute: 0 };
    const [from, to] = words.split(/\s*[-–—]\s*|\s+/);
    const [start, end] = [parseClock(from ?? ''), parseClock(to ?? '')];
    if (start === null || end === null) throw new UserError(perLang((l) => TEXT[l].usage));
    return { startMinute: start, endMinute: end };
  },
  run(args, context) {
    const { services, lang, chat } = context;
    const t = TEXT[lang];
    if ('show' in args) {
      const hours = quietHoursOf(services.db, chat.id) ?? defaultQuietHours(services);
      const text = hours && hours.startMinute !== hours.endMinute ? `${formatClock(hours.startMinute)}–${formatClock(hours.endMinute)}` : t.none;
      return { blocks: [line(t.now(text))], data: { quietHours: hours } };
    }
    checkSubscriptionPlace(context);
    setQuietHours(services.db, chat.id, args);
    const off = args.startMinute === args.endMinute;
    return { blocks: [line(off ? t.off : t.set(formatClock(args.startMinute), formatClock(args.endMinute)))], data: { quietHours: args } };
  },
});
