import { Telegraf, type Context } from 'telegraf';
import type { Services } from '../../commands/command.js';
import { line } from '../../commands/reply.js';
import { replyLang } from '../access/users.js';
import { handleMessage, type Incoming, type Outcome } from '../conversation/handle-message.js';
import { decodeAction } from './callback-actions.js';
import { FloodGuard } from './flood-guard.js';
import { answerInline, INLINE_CACHE_SECONDS } from './inline-answers.js';
import { sendReply } from './send-reply.js';

export interface BotOptions {
  token: string;
  apiRoot: string;
  services: Services;
  /** Messages per user before a polite pause, e.g. `20/10s`. */
  floodLimit?: string;
}

const SLOW_DOWN = {
  ru: 'Слишком много сообщений подряд. Я отвечу снова через несколько секунд.',
  kk: 'Хабарлама тым көп. Бірнеше секундтан кейін қайта жауап беремін.',
  en: 'Too many messages at once. I will answer again in a few seconds.',
};

const EXPIRED = {
  ru: 'Эта кнопка устарела. Спросите ещё раз.',
  kk: 'Бұл батырманың мерзімі өтті. Қайта сұраңыз.',
  en: 'This button has expired. Please ask again.',
};

/**
 * The Telegram adapter: turns updates into `handleMessage` calls and replies into API calls.
 * It knows Telegram; the commands behind it do not.
 */
export function createBot({ token, apiRoot, services, floodLimit = '20/10s' }: BotOptions): Telegraf {
  // webhookReply: false, so every reply is a real API call with a result (stack-notes.md).
  const bot = new Telegraf(token, { telegram: { apiRoot, webhookReply: false } });
  const flood = FloodGuard.fromSpec(floodLimit);

  bot.use(async (ctx, next) => {
    if (!ctx.from) return next();
    const verdict = flood.check(ctx.from.id);
    if (verdict === 'pass') return next();
    if (ctx.callbackQuery) await ctx.answerCbQuery().catch(() => undefined);
    if (verdict === 'warn' && ctx.chat) {
      const lang = replyLang(services.db, ctx.from.id, ctx.from.language_code);
      await sendReply(ctx.telegram, ctx.chat.id, { blocks: [line(SLOW_DOWN[lang])], data: {} });
    }
  });

  bot.on('message', async (ctx, next) => {
    const message = ctx.message;
    if (!('text' in message)) return next();
    const text = addressedText(ctx, message.text, message.reply_to_message?.from?.id);
    if (text === null) return;
    const outcome = await handleMessage(incomingFrom(ctx, text), services);
    await deliver(ctx, outcome, message.message_id);
  });

  bot.on('callback_query', async (ctx) => {
    const query = ctx.callbackQuery;
    await ctx.answerCbQuery().catch((error: unknown) => services.log.warn({ err: error }, 'answerCbQuery failed'));
    if (!('data' in query) || !ctx.chat) return;
    const action = decodeAction(query.data);
    if (action === null) {
      const lang = replyLang(services.db, ctx.from.id, ctx.from.language_code);
      await sendReply(ctx.telegram, ctx.chat.id, { blocks: [line(EXPIRED[lang])], data: {} });
      return;
    }
    await deliver(ctx, await handleMessage({ ...incomingFrom(ctx, action), via: 'button' }, services));
  });

  bot.on('inline_query', async (ctx) => {
    const answer = await answerInline(ctx.inlineQuery.query, ctx.from, services);
    await ctx.answerInlineQuery(answer.results, { cache_time: INLINE_CACHE_SECONDS, is_personal: true, ...(answer.button ? { button: answer.button } : {}) });
  });

  bot.catch((error, ctx) => {
    services.log.error({ err: error, updateId: ctx.update.update_id }, 'update failed');
  });
  return bot;
}

async function deliver(ctx: Context, outcome: Outcome, replyTo?: number): Promise<void> {
  if (outcome.status === 'ignored' || !ctx.chat) return;
  const inGroup = ctx.chat.type === 'group' || ctx.chat.type === 'supergroup';
  await sendReply(ctx.telegram, ctx.chat.id, outcome.reply, inGroup && replyTo ? { replyTo } : {});
}

function incomingFrom(ctx: Context, text: string): Incoming {
  const from = ctx.from!;
  const chatType = ctx.chat?.type;
  return {
    text,
    user: { id: from.id, name: from.first_name ?? '', languageCode: from.language_code },
    chat: { id: ctx.chat?.id ?? from.id, kind: chatType === 'private' ? 'private' : 'group' },
    botUsername: ctx.botInfo?.username,
  };
}

/**
 * In a private chat every message is for the bot. In a group, only commands, messages that mention
 * the bot (the mention is removed) and replies to the bot's own messages are; the rest is ignored.
 */
function addressedText(ctx: Context, text: string, repliedToUserId: number | undefined): string | null {
  if (ctx.chat?.type === 'private') return text;
  if (text.startsWith('/')) return text;
  const username = ctx.botInfo?.username;
  if (username) {
    const mention = new RegExp(`@${username}\\b`, 'i');
    if (mention.test(text)) return text.replace(mention, ' ').trim();
  }
  if (repliedToUserId !== undefined && repliedToUserId === ctx.botInfo?.id) return text;
  return null;
}
