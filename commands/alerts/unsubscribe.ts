import { z } from 'zod';
import { unsubscribe } from '../../src/alerts/subscriptions.js';
import { weighted } from '../../src/language/index.js';
import { defineCommand, sameExamples } from '../command.js';
import { line } from '../../src/reply/reply.js';
import { checkSubscriptionPlace, SUBSCRIPTION_TEXT } from './subscribe.js';

export const unsubscribeCommand = defineCommand({
  name: 'unsubscribe',
  topic: 'alerts',
  access: 'viewer',
  visibility: 'menu',
  readOnly: false,
  summary: { ru: 'Отключить уведомления', kk: 'Хабарламаларды өшіру', en: 'Turn alerts off' },
  examples: sameExamples('/unsubscribe'),
  words: {
    lexicon: {
    ru: [
      ...weighted(4.5, 'отпис*', 'отпиш*', 'не присылай*', 'не уведомляй*', 'не оповещай*', 'отмени* подписк*', 'отмена подписк*'),
      ...weighted(3, 'отключ*', 'выключ*', 'больше не', 'не хочу', 'не нужн*'),
      ...weighted(3.5, 'прекрат*', 'хватит', 'стоп'),
      ...weighted(2.5, 'не надо'),
    ],
    kk: [
      ...weighted(4.5, 'бас тарт*', 'жазылымнан шығ*', 'жібермеңіз', 'жіберме*'),
      ...weighted(3, 'өшір*', 'тоқтату', 'тоқтат', 'тоқтатыңыз'),
      ...weighted(3, 'қаламаймын', 'керек емес', 'қажет емес'),
    ],
    en: [
      ...weighted(4.5, 'unsubscribe*', 'opt out', 'don t send', 'dont send', 'do not send'),
      ...weighted(3, 'turn off', 'switch off', 'disable', 'mute', 'no more', 'stop', 'don t want', 'dont want', 'do not want'),
      ...weighted(2, 'cancel'),
    ],
    },
  },
  args: z.object({}),
  parse: () => ({}),
  run(_args, context) {
    checkSubscriptionPlace(context);
    const stopped = unsubscribe(context.services.db, context.chat.id);
    const t = SUBSCRIPTION_TEXT[context.lang];
    return { blocks: [line(stopped ? t.unsubscribed : t.notSubscribed)], data: { unsubscribed: stopped } };
  },
});
