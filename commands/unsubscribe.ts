import { z } from 'zod';
import { unsubscribe } from '../src/alerts/subscriptions.js';
import { defineCommand } from './command.js';
import { line } from './reply.js';
import { checkSubscriptionPlace, SUBSCRIPTION_TEXT } from './subscribe.js';

export const unsubscribeCommand = defineCommand({
  name: 'unsubscribe',
  access: 'viewer',
  summary: { ru: 'Отключить уведомления', kk: 'Хабарламаларды өшіру', en: 'Turn alerts off' },
  examples: ['/unsubscribe'],
  args: z.object({}),
  parse: () => ({}),
  run(_args, context) {
    checkSubscriptionPlace(context);
    const stopped = unsubscribe(context.services.db, context.chat.id);
    const t = SUBSCRIPTION_TEXT[context.lang];
    return { blocks: [line(stopped ? t.unsubscribed : t.notSubscribed)], data: { unsubscribed: stopped } };
  },
});
