import { defaultQuietHours } from './push-settings.js';
import { z } from 'zod';
import { subscribe } from '../../src/alerts/subscriptions.js';
import { formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { displayName } from '../../src/i18n/local-names.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { parseAmount, weighted } from '../../src/language/index.js';
import { resolveOrAsk } from '../arguments.js';
import { defineCommand, UserError, type CommandContext } from '../command.js';
import { line } from '../../src/reply/reply.js';

export const SUBSCRIPTION_TEXT = {
  ru: {
    consoleOnly: 'Уведомления приходят в чаты Telegram: подпишитесь там командой /subscribe.',
    groupAdmins: 'В группе подписку включают и выключают только администраторы бота.',
    noArea: (s: string) => `Направление «${s}» не найдено. Список: /priorities`,
    badAmount: 'Не понял минимальную сумму. Напишите, например: /subscribe от 1 млрд',
    subscribed: (area: string | null, min: string | null) =>
      `🔔 Подписка оформлена: в этот чат будут приходить уведомления о каждом движении средств${area ? ` по направлению «${area}»` : ''}${min ? ` на сумму от ${min}` : ''}. Отписаться: /unsubscribe`,
    unsubscribed: 'Уведомления отключены. Снова подписаться: /subscribe',
    notSubscribed: 'Этот чат не подписан на уведомления. Подписаться: /subscribe',
  },
  kk: {
    consoleOnly: 'Хабарламалар Telegram чаттарына келеді: сол жерде /subscribe арқылы жазылыңыз.',
    groupAdmins: 'Топта жазылымды тек бот әкімшілері қосады және өшіреді.',
    noArea: (s: string) => `«${s}» бағыты табылмады. Тізім: /priorities`,
    badAmount: 'Ең аз соманы түсінбедім. Мысалы: /subscribe кемінде 1 млрд',
    subscribed: (area: string | null, min: string | null) =>
      `🔔 Жазылым рәсімделді: бұл чатқа${area ? ` «${area}» бағыты бойынша` : ''}${min ? ` ${min} және одан жоғары сомадағы` : ''} қаражаттың әрбір қозғалысы туралы хабарлама келеді. Жазылымнан шығу: /unsubscribe`,
    unsubscribed: 'Хабарламалар өшірілді. Қайта жазылу: /subscribe',
    notSubscribed: 'Бұл чат хабарламаларға жазылмаған. Жазылу: /subscribe',
  },
  en: {
    consoleOnly: 'Alerts go to Telegram chats: subscribe there with /subscribe.',
    groupAdmins: "In a group, only the bot's admins can turn alerts on or off.",
    noArea: (s: string) => `No priority area "${s}". See /priorities`,
    badAmount: "I can't read the minimum amount. Write it like: /subscribe min 1bn",
    subscribed: (area: string | null, min: string | null) =>
      `🔔 Subscribed: this chat will get an alert for every movement of money${area ? ` in the area "${area}"` : ''}${min ? ` from ${min} up` : ''}. To stop: /unsubscribe`,
    unsubscribed: 'Alerts are off. To subscribe again: /subscribe',
    notSubscribed: 'This chat is not subscribed to alerts. To subscribe: /subscribe',
  },
} satisfies Record<Lang, unknown>;

/** Alerts go to Telegram chats; in a group only the bot's admins may switch them. */
export function checkSubscriptionPlace(context: CommandContext): void {
  if (context.chat.kind === 'console') throw new UserError(perLang((l) => SUBSCRIPTION_TEXT[l].consoleOnly));
  if (context.chat.kind === 'group' && context.user.role !== 'admin') throw new UserError(perLang((l) => SUBSCRIPTION_TEXT[l].groupAdmins));
}

// "от 1 млрд", "from 1bn", "min 1bn", "не менее 500 млн", "at least 1bn", "кемінде 1 млрд", "≥ 1bn".
const MIN_MARKER = /(?:^|\s)(?:от|from|min|minimum|мин|минимум|не менее|не меньше|свыше|более|больше|at least|over|above|кемінде|≥|>=|>)\.?(?=\s|\d|$)/iu;

/** `/subscribe [area] [min amount]` → the area words and the minimum amount (whole tenge). */
export function readSubscriptionWords(text: string): { priority?: string; minAmount?: number } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const marker = MIN_MARKER.exec(trimmed);
  if (marker) {
    const before = trimmed.slice(0, marker.index).trim();
    const tokens = trimmed.slice(marker.index + marker[0].length).trim().split(/\s+/).filter(Boolean);
    for (let k = Math.min(tokens.length, 8); k >= 1; k--) {
      const amount = parseAmount(tokens.slice(0, k).join(' '));
      if (amount === null) continue;
      const area = [before, ...tokens.slice(k)].join(' ').trim();
      return { ...(area ? { priority: area } : {}), minAmount: amount };
    }
    throw new UserError(perLang((l) => SUBSCRIPTION_TEXT[l].badAmount));
  }
  // No marker: a trailing amount with a scale or currency ("ai 1bn") is the minimum; the rest is the area.
  const tokens = trimmed.split(/\s+/);
  for (let k = Math.min(tokens.length, 8); k >= 1; k--) {
    const words = tokens.slice(-k).join(' ');
    const amount = /\d/.test(words) && /[^\d\s.,]/u.test(words) ? parseAmount(words) : null;
    if (amount === null) continue;
    const area = tokens.slice(0, -k).join(' ').trim();
    return { ...(area ? { priority: area } : {}), minAmount: amount };
  }
  return { priority: trimmed };
}

export const subscribeCommand = defineCommand({
  name: 'subscribe',
  topic: 'alerts',
  access: 'viewer',
  visibility: 'menu',
  readOnly: false,
  summary: { ru: 'Уведомления о движении средств', kk: 'Қаражат қозғалысы туралы хабарламалар', en: 'Alerts about every movement of money' },
  examples: {
    ru: ['/subscribe', '/subscribe ai-infrastructure', '/subscribe от 1 млрд'],
    kk: ['/subscribe', '/subscribe ai-infrastructure', '/subscribe кемінде 1 млрд'],
    en: ['/subscribe', '/subscribe ai-infrastructure', '/subscribe min 1bn'],
  },
  words: {
    lexicon: {
    ru: [
      ...weighted(3, 'подпиш*', 'подпис*', 'держи в курсе', 'уведомляй*', 'оповещай*', 'хочу получать', 'включи', 'включите', 'включить', 'включай'),
      ...weighted(1.5, 'присылай*', 'сообщай*', 'информируй*'),
      ...weighted(1, 'уведомлени*', 'оповещени*', 'получать'),
    ],
    kk: [
      ...weighted(3, 'жазыл*', 'хабардар ет*', 'хабарлап тұр*', 'қос', 'қосу', 'қосыңыз', 'қосшы'),
      ...weighted(1.5, 'жіберіп тұр*'),
      ...weighted(1, 'хабарлама*'),
    ],
    en: [
      ...weighted(3, 'subscribe*', 'sign me up', 'notify', 'alert me', 'keep me posted', 'keep me updated', 'let me know', 'turn on', 'enable', 'switch on'),
      ...weighted(1.5, 'send me'),
      ...weighted(1, 'notification*', 'alert*', 'updates'),
    ],
    },
  },
  args: z.object({
    priority: z.string().trim().min(1).max(200).optional(),
    minAmount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
    /** The plain-language parser names a minimum amount `amount`. */
    amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  }),
  parse: (text) => readSubscriptionWords(text),
  run({ priority, minAmount, amount }, context) {
    checkSubscriptionPlace(context);
    const { services, lang, user, chat } = context;
    const min = minAmount ?? amount;
    const area = priority
      ? resolveOrAsk(context, 'priority', priority, (id) => `/subscribe ${id}${min ? ` min ${min}` : ''}`, (s, l) => SUBSCRIPTION_TEXT[l].noArea(s))
      : null;
    const subscription = subscribe(services.db, { chatId: chat.id, userId: user.id, priority: area?.id ?? null, minAmount: min ?? null, lang }, services.now(), defaultQuietHours(services));
    return {
      blocks: [line(SUBSCRIPTION_TEXT[lang].subscribed(area ? displayName(area, lang) : null, min ? formatMoneyShort(min, lang) : null))],
      data: { subscription },
    };
  },
});
