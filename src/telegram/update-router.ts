import type { Telegram } from 'telegraf';
import type { CallbackQuery, Message, Update, UserFromGetMe } from 'telegraf/types';
import type { Services } from '../../commands/command.js';
import { replyLang } from '../access/users.js';
import { handleMessage, type Incoming } from '../conversation/handle-message.js';
import type { DeliveryScheduler } from '../delivery/delivery-scheduler.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../reply/reply.js';
import { callApi } from './api-call.js';
import { decodeAction } from './callback-actions.js';
import { ChatSequencer } from './chat-sequencer.js';
import { FloodGuard } from './flood-guard.js';
import { answerInline, INLINE_CACHE_SECONDS } from './inline-answers.js';
import { deliverReply, type ReplyTarget } from './reply-delivery.js';

const SLOW_DOWN: Record<Lang, string> = {
  ru: 'Слишком много сообщений подряд. Я отвечу снова через несколько секунд.',
  kk: 'Хабарлама тым көп. Бірнеше секундтан кейін қайта жауап беремін.',
  en: 'Too many messages at once. I will answer again in a few seconds.',
};

const EXPIRED: Record<Lang, string> = {
  ru: 'Эта кнопка устарела. Спросите ещё раз.',
  kk: 'Бұл батырманың мерзімі өтті. Қайта сұраңыз.',
  en: 'This button has expired. Please ask again.',
};

export interface UpdateRouterOptions {
  telegram: Telegram;
  scheduler: DeliveryScheduler;
  services: Services;
  /** Who the bot is (getMe), for `/cmd@bot` in groups and replies to its own messages. */
  me: UserFromGetMe;
  /** Messages per user before a polite pause, e.g. `20/10s`. */
  floodLimit?: string;
}

/**
 * The Telegram adapter: turns updates into `handleMessage` calls and replies into deliveries. It
 * knows Telegram; the commands behind it do not. Updates of one chat are handled in order, updates
 * of different chats side by side; a reply is handed to the delivery scheduler, so no chat waits
 * for another chat's Bot API calls.
 */
export class UpdateRouter {
  private readonly sequencer = new ChatSequencer();
  private readonly flood: FloodGuard;

  constructor(private readonly options: UpdateRouterOptions) {
    this.flood = FloodGuard.fromSpec(options.floodLimit ?? '20/10s');
  }

  /** Takes an update; the promise ends when it was handled and its reply handed over (not yet sent). */
  dispatch(update: Update): Promise<void> {
    const key = chatKeyOf(update);
    const task = () =>
      this.handle(update).catch((error: unknown) => this.options.services.log.error({ err: error, updateId: update.update_id }, 'update failed'));
    return key === null ? task() : this.sequencer.run(key, task);
  }

  /** Resolves when every update taken so far was handled. */
  idle(): Promise<void> {
    return this.sequencer.idle();
  }

  private async handle(update: Update): Promise<void> {
    if ('message' in update) return this.onMessage(update.message);
    if ('callback_query' in update) return this.onButton(update.callback_query);
    if ('inline_query' in update) {
      const { inline_query: query } = update;
      const answer = await answerInline(query.query, query.from, this.options.services);
      await callApi(this.options.telegram, 'answerInlineQuery', {
        inline_query_id: query.id,
        results: answer.results,
        cache_time: INLINE_CACHE_SECONDS,
        is_personal: true,
        ...(answer.button ? { button: answer.button } : {}),
      });
    }
  }

  private async onMessage(message: Message): Promise<void> {
    if (!('text' in message) || !message.from) return;
    if (!this.passesFloodGuard(message.from, message.chat.id)) return;
    const text = this.addressedText(message);
    if (text === null) return;
    const inGroup = message.chat.type !== 'private';
    await this.answer({ ...this.incoming(message.from, message.chat, text) }, { chatId: message.chat.id, ...(inGroup ? { replyTo: message.message_id } : {}) });
  }

  private async onButton(query: CallbackQuery): Promise<void> {
    // A button must always be answered, or the client shows it spinning.
    void callApi(this.options.telegram, 'answerCallbackQuery', { callback_query_id: query.id }).catch((error: unknown) =>
      this.options.services.log.warn({ err: error }, 'answerCallbackQuery failed'),
    );
    const chat = query.message?.chat;
    if (!('data' in query) || !chat) return;
    if (!this.passesFloodGuard(query.from, chat.id)) return;
    const action = decodeAction(query.data);
    if (action === null) {
      const lang = replyLang(this.options.services.db, query.from.id, query.from.language_code);
      this.send(chat.id, say(EXPIRED[lang]), lang);
      return;
    }
    const origin = query.message!.message_id;
    await this.answer({ ...this.incoming(query.from, chat, action), via: 'button', origin: { messageId: origin } }, { chatId: chat.id, origin });
  }

  private async answer(incoming: Incoming, target: ReplyTarget): Promise<void> {
    const outcome = await handleMessage(incoming, this.options.services);
    if (outcome.status === 'ignored') return;
    void deliverReply(this.options.scheduler, target, outcome.reply, outcome.lang, this.options.services.log);
  }

  private send(chatId: number, reply: ReturnType<typeof say>, lang: Lang): void {
    void deliverReply(this.options.scheduler, { chatId }, reply, lang, this.options.services.log);
  }

  /** Over their limit a person gets one polite notice, then silence until the window clears. */
  private passesFloodGuard(from: { id: number; language_code?: string }, chatId: number): boolean {
    const verdict = this.flood.check(from.id);
    if (verdict === 'warn') {
      const lang = replyLang(this.options.services.db, from.id, from.language_code);
      this.send(chatId, say(SLOW_DOWN[lang]), lang);
    }
    return verdict === 'pass';
  }

  private incoming(from: { id: number; first_name: string; language_code?: string }, chat: { id: number; type: string }, text: string): Incoming {
    return {
      text,
      user: { id: from.id, name: from.first_name ?? '', languageCode: from.language_code },
      chat: { id: chat.id, kind: chat.type === 'private' ? 'private' : 'group' },
      botUsername: this.options.me.username,
    };
  }

  /**
   * In a private chat every message is for the bot. In a group, only commands, messages that mention
   * the bot (the mention is removed) and replies to the bot's own messages are; the rest is ignored.
   */
  private addressedText(message: Message.TextMessage): string | null {
    if (message.chat.type === 'private') return message.text;
    if (message.text.startsWith('/')) return message.text;
    const mention = new RegExp(`@${this.options.me.username}\\b`, 'i');
    if (mention.test(message.text)) return message.text.replace(mention, ' ').trim();
    if (message.reply_to_message?.from?.id === this.options.me.id) return message.text;
    return null;
  }
}

/** The chat an update belongs to (its order matters), or null for those that need no order (inline queries). */
function chatKeyOf(update: Update): number | null {
  if ('message' in update) return update.message.chat.id;
  if ('callback_query' in update) return update.callback_query.message?.chat.id ?? update.callback_query.from.id;
  return null;
}
