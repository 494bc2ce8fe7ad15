import { importDataset } from '../../src/dataset/import-dataset.js';
import { subscribe } from '../../src/alerts/subscriptions.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { BudgetDb } from '../../db/client.js';
import { smallDataset } from './datasets.js';

export const NOW = new Date('2026-03-10T06:00:00Z');

/** The small dataset with project a (area ai) holding 400 000 ₸ and project c (area gov) 200 000 ₸. */
export function seedLedger(db: BudgetDb): void {
  importDataset(
    db,
    smallDataset([
      { id: 't-1', date: '2026-03-01', from: 'reserve:budget', to: 'project:a', amount: 400_000, reason: 'start', actor: 'test' },
      { id: 't-2', date: '2026-03-01', from: 'reserve:budget', to: 'project:c', amount: 200_000, reason: 'start', actor: 'test' },
    ]),
    { now: NOW },
  );
}

/** Subscribes chats 1..n (private), in the given language. */
export function subscribeChats(db: BudgetDb, chatIds: number[], options: { lang?: Lang; priority?: string; minAmount?: number } = {}): void {
  db.$client.transaction(() => {
    for (const chatId of chatIds) subscribe(db, { chatId, userId: Math.abs(chatId), lang: options.lang ?? 'en', priority: options.priority ?? null, minAmount: options.minAmount ?? null }, NOW);
  })();
}

export const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export interface OutboxRow {
  id: number;
  transfer_seq: number;
  transfer_id: string;
  chat_id: number;
  state: string;
  attempts: number;
  message_id: number | null;
  last_error: string | null;
}

/** The transfer alerts in the outbox, as rows with their transfer (the payload's fields). */
export const outboxRows = (db: BudgetDb): OutboxRow[] =>
  db.$client
    .prepare(
      `SELECT id, json_extract(payload, '$.transferSeq') AS transfer_seq, json_extract(payload, '$.transferId') AS transfer_id, chat_id, state, attempts, message_id, last_error
       FROM outbox WHERE kind = 'transfer-alert' ORDER BY id`,
    )
    .all() as OutboxRow[];
