import { createHash } from 'node:crypto';
import type { InlineQueryResult } from 'telegraf/types';
import type { Services } from '../../commands/command.js';
import { replyToPlainText } from '../render/plain-text.js';
import { replyToHtmlMessages } from '../render/telegram-html.js';
import { roleOf, replyLang } from '../access/users.js';
import { handleMessage } from '../conversation/handle-message.js';
import type { Lang } from '../i18n/lang.js';

/** Results are personal (access differs per user) and short-lived (figures change with every transfer). */
export const INLINE_CACHE_SECONDS = 10;

const NO_ACCESS: Record<Lang, (id: number) => string> = {
  ru: (id) => `Нет доступа — ваш id ${id}`,
  kk: (id) => `Рұқсат жоқ — id ${id}`,
  en: (id) => `No access — your id is ${id}`,
};

export interface InlineAnswer {
  results: InlineQueryResult[];
  /** Shown above the results for someone without access: a way into the private chat. */
  button?: { text: string; start_parameter: string };
}

/**
 * The answer card for `@bot <question>`: the same reply as in the chat, ready to send into any
 * conversation. Only commands that change nothing run: nothing typed after @bot can move money.
 */
export async function answerInline(query: string, from: { id: number; first_name: string; language_code?: string }, services: Services): Promise<InlineAnswer> {
  const lang = replyLang(services.db, from.id, from.language_code);
  if (roleOf(services.db, from.id, services.adminIds) === null) {
    return { results: [], button: { text: NO_ACCESS[lang](from.id), start_parameter: 'access' } };
  }
  const text = query.trim() === '' ? '/reserved' : query;
  const outcome = await handleMessage(
    { text, user: { id: from.id, name: from.first_name, languageCode: from.language_code }, chat: { id: from.id, kind: 'private' }, readOnly: true, via: 'inline' },
    services,
  );
  if (outcome.status === 'ignored' || outcome.reply.blocks.length === 0) return { results: [] };
  const [html] = replyToHtmlMessages(outcome.reply);
  const plain = replyToPlainText(outcome.reply).split('\n').filter((l) => l.trim() !== '');
  const id = createHash('sha1').update(`${outcome.intent}:${html}`).digest('hex').slice(0, 32);
  return {
    results: [
      {
        type: 'article',
        id,
        title: (plain[0] ?? text).slice(0, 100),
        description: plain.slice(1, 3).join(' · ').slice(0, 200),
        input_message_content: { message_text: html!, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
      },
    ],
  };
}
