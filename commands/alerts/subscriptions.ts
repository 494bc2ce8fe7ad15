import { z } from 'zod';
import { digestOf } from '../../db/stores/digests-store.js';
import { quietHoursOf } from '../../db/stores/quiet-hours-store.js';
import { subscriptionOf } from '../../db/stores/subscriptions-store.js';
import { watchesOf } from '../../db/stores/watches-store.js';
import { describeWatch } from '../../src/alerts/watch-text.js';
import { formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { localName } from '../../src/i18n/local-names.js';
import { weighted } from '../../src/language/index.js';
import { loadCatalogue } from '../../src/queries/catalogue.js';
import { line, bold, type Block, type ReplyButton } from '../../src/reply/reply.js';
import { formatClock } from '../../src/schedule/astana-clock.js';
import { defineCommand, sameExamples } from '../command.js';
import { defaultQuietHours } from './push-settings.js';

// Everything this chat gets without asking, in one place, each with a button that stops it.

const WEEKDAY: Record<Lang, string[]> = {
  ru: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
  kk: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

const TEXT = {
  ru: {
    title: 'Оповещения этого чата',
    alerts: (filter: string) => `🔔 Движения средств${filter}`, area: (a: string) => ` · «${a}»`, min: (m: string) => ` · от ${m}`,
    digest: (when: string) => `📬 Сводка: ${when}`, daily: 'ежедневно', weekly: (d: string) => `еженедельно, ${d}`,
    quiet: (h: string) => `🌙 Тихие часы: ${h}`, none: 'Ничего не приходит без запроса. Подключить: /subscribe, /digest weekly, /watch',
    stop: { alerts: '✖ Движения', digest: '✖ Сводка', quiet: '✖ Тихие часы' },
  },
  kk: {
    title: 'Осы чаттың хабарламалары',
    alerts: (filter: string) => `🔔 Қаражат қозғалысы${filter}`, area: (a: string) => ` · «${a}»`, min: (m: string) => ` · ${m} бастап`,
    digest: (when: string) => `📬 Шолу: ${when}`, daily: 'күн сайын', weekly: (d: string) => `апта сайын, ${d}`,
    quiet: (h: string) => `🌙 Тыныш сағаттар: ${h}`, none: 'Сұраусыз ештеңе келмейді. Қосу: /subscribe, /digest weekly, /watch',
    stop: { alerts: '✖ Қозғалыстар', digest: '✖ Шолу', quiet: '✖ Тыныш сағаттар' },
  },
  en: {
    title: "This chat's alerts",
    alerts: (filter: string) => `🔔 Movements of money${filter}`, area: (a: string) => ` · "${a}"`, min: (m: string) => ` · from ${m}`,
    digest: (when: string) => `📬 Digest: ${when}`, daily: 'daily', weekly: (d: string) => `weekly, ${d}`,
    quiet: (h: string) => `🌙 Quiet hours: ${h}`, none: 'Nothing comes unasked. Turn on: /subscribe, /digest weekly, /watch',
    stop: { alerts: '✖ Movements', digest: '✖ Digest', quiet: '✖ Quiet hours' },
  },
} satisfies Record<Lang, unknown>;

export const subscriptionsCommand = defineCommand({
  name: 'subscriptions',
  topic: 'alerts',
  access: 'viewer',
  visibility: 'menu',
  readOnly: true,
  summary: { ru: 'Все оповещения чата и их отключение', kk: 'Чаттың барлық хабарламалары және оларды өшіру', en: "All of this chat's alerts, and stopping them" },
  examples: sameExamples('/subscriptions'),
  words: {
    lexicon: {
      ru: [...weighted(3, 'мои подписки', 'мои оповещения', 'подписки')],
      kk: [...weighted(3, 'жазылымдар*', 'менің хабарламаларым')],
      en: [...weighted(3, 'my subscriptions', 'my alerts', 'subscriptions')],
    },
  },
  args: z.object({}),
  parse: () => ({}),
  run(_args, { services, lang, chat }) {
    const t = TEXT[lang];
    const { db } = services;
    const blocks: Block[] = [line(bold(t.title))];
    const buttons: ReplyButton[][] = [];
    const subscription = subscriptionOf(db, chat.id);
    if (subscription?.active) {
      const area = subscription.priority ? loadCatalogue(db).areas.get(subscription.priority) : undefined;
      const filter = `${area ? t.area(localName(area, lang)) : ''}${subscription.minAmount ? t.min(formatMoneyShort(subscription.minAmount, lang)) : ''}`;
      blocks.push(line(t.alerts(filter)));
      buttons.push([{ label: t.stop.alerts, action: '/unsubscribe' }]);
    }
    const digest = digestOf(db, chat.id);
    if (digest?.active) {
      const when = `${digest.cadence === 'daily' ? t.daily : t.weekly(WEEKDAY[lang][digest.weekday ?? 1]!)} ${formatClock(digest.atMinute)}`;
      blocks.push(line(t.digest(when)));
      buttons.push([{ label: t.stop.digest, action: '/digest off' }]);
    }
    const watches = watchesOf(db, chat.id);
    watches.forEach((w, i) => blocks.push(line(`👁 ${i + 1}. ${describeWatch(db, w, lang)}`)));
    if (watches.length > 0) buttons.push(watches.map((_, i) => ({ label: `✖ ${i + 1}`, action: `/unwatch ${i + 1}` })).slice(0, 8));
    const pushed = blocks.length > 1;
    const quiet = quietHoursOf(db, chat.id) ?? (pushed ? defaultQuietHours(services) : null);
    if (pushed && quiet && quiet.startMinute !== quiet.endMinute) {
      blocks.push(line(t.quiet(`${formatClock(quiet.startMinute)}–${formatClock(quiet.endMinute)}`)));
      buttons.push([{ label: t.stop.quiet, action: '/quiet off' }]);
    }
    if (!pushed) blocks.push(line(t.none));
    return { blocks, buttons, data: { subscription, digest, watches, quiet } };
  },
});
