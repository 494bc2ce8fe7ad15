import type { BudgetDb } from '../../db/client.js';
import { transferBySeq } from '../../db/stores/ledger-store.js';
import type { OutboxRow } from '../../db/stores/outbox-store.js';
import { transferAlert } from '../alerts/alert-text.js';
import type { OutgoingMessage } from '../delivery/outgoing-message.js';
import { langSchema } from '../i18n/lang.js';
import { outboxPayload, type OutboxKind } from '../outbox/outbox-messages.js';
import { replyToHtmlMessages } from '../render/telegram-html.js';
import type { Reply } from '../reply/reply.js';
import { replyMarkup } from './reply-markup.js';

/** The message an outbox row stands for; null when what it tells of is gone (a transfer of a replaced demo dataset). */
export function renderOutboxMessage(db: BudgetDb, row: OutboxRow): OutgoingMessage | null {
  const lang = langSchema.parse(row.lang);
  switch (row.kind as OutboxKind) {
    case 'transfer-alert': {
      const payload = outboxPayload('transfer-alert', row.payload);
      const transfer = transferBySeq(db, payload.transferSeq);
      if (!transfer || transfer.id !== payload.transferId) return null;
      // An alert is one message: a reason too long for it is clipped harder.
      let [html, ...more] = replyToHtmlMessages(transferAlert(db, transfer, lang));
      if (more.length > 0) [html] = replyToHtmlMessages(transferAlert(db, transfer, lang, 100));
      return { kind: 'text', chatId: row.chatId, html: html! };
    }
    case 'digest': {
      const payload = outboxPayload('digest', row.payload);
      const reply: Reply = { blocks: payload.blocks, ...(payload.buttons ? { buttons: payload.buttons } : {}), data: {} };
      const [html] = replyToHtmlMessages(reply);
      const markup = replyMarkup(reply);
      // The digest is the chart's caption when it fits one (Telegram: 1024 characters); otherwise it comes as text.
      if (payload.png && captionLength(html!) <= CAPTION_LIMIT) return { kind: 'photo', chatId: row.chatId, png: Buffer.from(payload.png, 'base64'), caption: html!, ...(markup ? { markup } : {}) };
      return { kind: 'text', chatId: row.chatId, html: html!, ...(markup ? { markup } : {}) };
    }
    case 'watch-alert':
    case 'reserve-alert':
    case 'priorities-alert':
    case 'reply': {
      const payload = outboxPayload('reply', row.payload);
      const reply: Reply = { blocks: payload.blocks, ...(payload.buttons ? { buttons: payload.buttons } : {}), data: {} };
      const [html] = replyToHtmlMessages(reply);
      const markup = replyMarkup(reply);
      return payload.editMessageId !== undefined
        ? { kind: 'edit', chatId: row.chatId, messageId: payload.editMessageId, html: html!, ...(markup ? { markup } : {}) }
        : { kind: 'text', chatId: row.chatId, html: html!, ...(markup ? { markup } : {}) };
    }
    default:
      throw new Error(`unknown outbox kind "${row.kind}"`);
  }
}

const CAPTION_LIMIT = 1024;

/** A caption's length as Telegram counts it: the text without its HTML tags, entities decoded. */
const captionLength = (html: string): number => html.replace(/<[^>]+>/g, '').replace(/&(lt|gt|amp|quot);/g, '_').length;
