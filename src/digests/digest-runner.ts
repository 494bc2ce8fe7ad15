import type { BudgetDb } from '../../db/client.js';
import { activeDigests, advanceDigest, type DigestRow } from '../../db/stores/digests-store.js';
import { enqueueMessage } from '../../db/stores/outbox-store.js';
import { inWriteTransaction } from '../../db/stores/transaction.js';
import { kazakhstanDate } from '../format/iso-date.js';
import { langSchema, type Lang } from '../i18n/lang.js';
import type { Period } from '../queries/budget-query.js';
import { renderChartPng } from '../charts/render-png.js';
import type { ChartRequest, Reply } from '../reply/reply.js';
import { digestPeriod } from './digest-period.js';
import { dueSlot } from './digest-schedule.js';

/** Builds a digest's message (the commands layer does: it owns the words and the buttons). */
export type ComposeDigest = (
  db: BudgetDb,
  input: { cadence: DigestRow['cadence']; period: Extract<Period, { kind: 'range' }>; lang: Lang; chatId: number; since: string },
) => Reply;

/**
 * Queues every digest whose slot has come, each in one transaction with moving its `lastSlot` on:
 * a crash before the commit leaves both undone (the next run sends it), after it both done (nothing
 * repeats). A digest that missed several slots sends one, covering the whole gap. Its message and
 * chart are made before the transaction; only the compare-and-set decides whether it is queued.
 */
export async function runDueDigests(db: BudgetDb, now: Date, compose: ComposeDigest, draw: (chart: ChartRequest) => Promise<Buffer> = renderChartPng): Promise<number> {
  let queued = 0;
  for (const digest of activeDigests(db)) {
    const slot = dueSlot(digest, new Date(digest.lastSlot), now);
    if (!slot) continue;
    const lang = langSchema.parse(digest.lang);
    const period = digestPeriod(kazakhstanDate(new Date(digest.lastSlot)), kazakhstanDate(slot));
    const reply = compose(db, { cadence: digest.cadence, period, lang, chatId: digest.chatId, since: digest.lastSlot });
    // Drawn off the event loop before the transaction; a chart that cannot be drawn leaves the text.
    const png = reply.chart ? await draw(reply.chart).catch(() => null) : null;
    const done = inWriteTransaction(db, () => {
      // Another process (or an earlier run) got there first: the slot it had is gone.
      if (!advanceDigest(db, digest.id, digest.lastSlot, slot.toISOString())) return false;
      enqueueMessage(db, {
        kind: 'digest',
        chatId: digest.chatId,
        lang,
        payload: { blocks: reply.blocks, ...(reply.buttons ? { buttons: reply.buttons } : {}), ...(png ? { png: png.toString('base64') } : {}) },
        dedupeKey: `digest:${digest.id}:${slot.toISOString()}`,
        createdAt: now.toISOString(),
      });
      return true;
    });
    if (done) queued++;
  }
  return queued;
}
