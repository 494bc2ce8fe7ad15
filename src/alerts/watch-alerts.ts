import type { BudgetDb } from '../../db/client.js';
import { enqueueMessage } from '../../db/stores/outbox-store.js';
import { activeWatches, setFiring } from '../../db/stores/watches-store.js';
import { kazakhstanDate } from '../format/iso-date.js';
import { langSchema } from '../i18n/lang.js';
import type { RecordedTransfer } from '../ledger/record-transfer.js';
import { watchState } from './watch-conditions.js';
import { watchAlert } from './watch-text.js';

/**
 * Looks at every active watch: one whose condition just became true alerts once (a reserve below its
 * threshold as urgent, past quiet hours) and is marked firing; one whose condition is false again is
 * re-armed. Call it in the transaction that changed the figures (after a transfer, with it) or on the
 * schedule (days passing make projects idle and execution dates come). Returns the alerts queued.
 */
export function checkWatches(db: BudgetDb, now: Date, transfer?: RecordedTransfer): number {
  const today = kazakhstanDate(now);
  let queued = 0;
  for (const watch of activeWatches(db, ['reserve', 'idle', 'execution'])) {
    const state = watchState(db, watch, today);
    if (state.missing) continue;
    if (state.holds && !watch.firing) {
      const firedAt = now.toISOString();
      const lang = langSchema.parse(watch.lang);
      // Only a transfer that touched the watched thing is named as the one that crossed the line.
      const crossed = transfer && touches(watch.kind, watch.target, transfer) ? transfer : undefined;
      enqueueMessage(db, {
        kind: watch.kind === 'reserve' ? 'reserve-alert' : 'watch-alert',
        chatId: watch.chatId,
        lang,
        payload: { blocks: watchAlert(db, watch, state, lang, crossed) },
        dedupeKey: `watch:${watch.id}:${firedAt}`,
        createdAt: firedAt,
      });
      setFiring(db, watch.id, true, firedAt);
      queued++;
    } else if (!state.holds && watch.firing) {
      setFiring(db, watch.id, false);
    }
  }
  return queued;
}

function touches(kind: string, target: string, transfer: RecordedTransfer): boolean {
  const accounts = [transfer.from, transfer.to];
  if (kind === 'reserve') return accounts.includes(`reserve:${target}`);
  if (kind === 'idle') return accounts.includes(`project:${target}`);
  return true;
}
