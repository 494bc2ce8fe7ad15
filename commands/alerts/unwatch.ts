import { z } from 'zod';
import { deactivateWatch, watchesOf } from '../../db/stores/watches-store.js';
import { describeWatch } from '../../src/alerts/watch-text.js';
import type { Lang } from '../../src/i18n/lang.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { line } from '../../src/reply/reply.js';
import { defineCommand, UserError } from '../command.js';
import { checkSubscriptionPlace } from './subscribe.js';

const TEXT = {
  ru: { done: (what: string) => `Больше не слежу: ${what}.`, noSuch: (n: number, of: number) => `Порога № ${n} нет${of > 0 ? `: их ${of}, список — /watch list` : ''}.`, usage: 'Напишите номер из /watch list, например: /unwatch 1' },
  kk: { done: (what: string) => `Енді бақыламаймын: ${what}.`, noSuch: (n: number, of: number) => `№ ${n} шек жоқ${of > 0 ? `: барлығы ${of}, тізім — /watch list` : ''}.`, usage: '/watch list ішіндегі нөмірді жазыңыз, мысалы: /unwatch 1' },
  en: { done: (what: string) => `No longer watching: ${what}.`, noSuch: (n: number, of: number) => `There is no threshold no. ${n}${of > 0 ? `: there are ${of}, see /watch list` : ''}.`, usage: 'Write a number from /watch list, e.g. /unwatch 1' },
} satisfies Record<Lang, unknown>;

export const unwatchCommand = defineCommand({
  name: 'unwatch',
  topic: 'alerts',
  access: 'viewer',
  visibility: 'menu',
  readOnly: false,
  summary: { ru: 'Убрать порог', kk: 'Шекті алып тастау', en: 'Remove a threshold' },
  examples: { ru: ['/unwatch 1'], kk: ['/unwatch 1'], en: ['/unwatch 1'] },
  args: z.object({ n: z.number().int().min(1).max(10_000) }),
  parse(text) {
    if (!/^\s*\d{1,5}\s*$/.test(text)) throw new UserError(perLang((l) => TEXT[l].usage));
    return { n: Number(text.trim()) };
  },
  run({ n }, context) {
    checkSubscriptionPlace(context);
    const { services, lang, chat } = context;
    const watches = watchesOf(services.db, chat.id);
    const watch = watches[n - 1];
    if (!watch || !deactivateWatch(services.db, chat.id, watch.id)) throw new UserError(perLang((l) => TEXT[l].noSuch(n, watches.length)));
    return { blocks: [line(TEXT[lang].done(describeWatch(services.db, watch, lang)))], data: { removed: watch.id } };
  },
});
