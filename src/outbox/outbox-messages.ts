import { z } from 'zod';
import type { BudgetDb } from '../../db/client.js';
import { enqueueMessage } from '../../db/stores/outbox-store.js';
import type { Lang } from '../i18n/lang.js';
import type { Block, ReplyButton } from '../reply/reply.js';

// The kinds of message the outbox carries and what each one's payload holds. A new kind is a payload
// schema here and a case where the transport renders it (src/telegram/outbox-rendering.ts).

const inline = z.union([z.string(), z.object({ bold: z.string() }), z.object({ italic: z.string() }), z.object({ code: z.string() })]);
const block = z.union([z.object({ line: z.array(inline) }), z.object({ pre: z.string() })]);
const button = z.object({ label: z.string(), action: z.string() });

/** A message written whole when it was decided: its text and buttons. */
const written = z.object({ blocks: z.array(block), buttons: z.array(z.array(button)).optional() });

export const OUTBOX_PAYLOADS = {
  /** A transfer, told to one subscriber: rendered when sent, from the ledger row. */
  'transfer-alert': z.object({ transferSeq: z.number().int(), transferId: z.string() }),
  /** A reply that must not be lost (a confirmed reallocation): its text and buttons, or an edit of the message it answers. */
  reply: written.extend({ editMessageId: z.number().int().optional() }),
  /** A scheduled digest, with the figures as they stood at its slot, and its chart (a PNG, base64) when it has one. */
  digest: written.extend({ png: z.string().max(2_000_000).optional() }),
  /** A watched threshold crossed (an idle project, execution behind plan); waits out quiet hours. */
  'watch-alert': written,
  /** A reserve below its threshold: urgent, sent even in quiet hours. */
  'reserve-alert': written,
  /** A new ranking of priority areas. */
  'priorities-alert': written,
} as const;

export type OutboxKind = keyof typeof OUTBOX_PAYLOADS;

/** A row's payload, checked against its kind's schema. */
export function outboxPayload<K extends OutboxKind>(kind: K, payload: string): z.infer<(typeof OUTBOX_PAYLOADS)[K]> {
  return OUTBOX_PAYLOADS[kind].parse(JSON.parse(payload)) as z.infer<(typeof OUTBOX_PAYLOADS)[K]>;
}

/** Queues a reply in the outbox (inside the caller's transaction: it commits with what it tells of). */
export function queueReply(db: BudgetDb, input: { chatId: number; lang: Lang; reply: { blocks: Block[]; buttons?: ReplyButton[][] }; editMessageId?: number; now: Date }): void {
  const payload: z.infer<(typeof OUTBOX_PAYLOADS)['reply']> = {
    blocks: input.reply.blocks,
    ...(input.reply.buttons ? { buttons: input.reply.buttons } : {}),
    ...(input.editMessageId !== undefined ? { editMessageId: input.editMessageId } : {}),
  };
  enqueueMessage(db, { kind: 'reply', chatId: input.chatId, lang: input.lang, payload, createdAt: input.now.toISOString() });
}

