import { Cron } from 'croner';
import type { BudgetDb } from '../../db/client.js';
import { lastOutboxId } from '../../db/stores/outbox-store.js';
import { inWriteTransaction } from '../../db/stores/transaction.js';
import { applyQuietHours } from '../alerts/quiet-hours.js';
import { checkWatches } from '../alerts/watch-alerts.js';
import { runDueDigests, type ComposeDigest } from '../digests/digest-runner.js';
import type { Logger } from '../logging/logger.js';

export interface ScheduledWork {
  db: BudgetDb;
  now(): Date;
  compose: ComposeDigest;
  log: Logger;
  /** Wakes the outbox dispatcher after messages were queued. */
  wake(): void;
}

/**
 * One pass of the time-driven work: digests whose slot came, and watches that time alone can trip
 * (a project idle for N days, an execution date reached). Returns how many messages were queued.
 */
export async function runScheduledWork(work: Omit<ScheduledWork, 'log' | 'wake'>): Promise<number> {
  const now = work.now();
  const digests = await runDueDigests(work.db, now, work.compose);
  const alerts = inWriteTransaction(work.db, () => {
    const before = lastOutboxId(work.db);
    const queued = checkWatches(work.db, now);
    applyQuietHours(work.db, before, now);
    return queued;
  });
  return digests + alerts;
}

/**
 * Runs the scheduled work now (a catch-up after downtime) and then every ten seconds, with croner:
 * a digest due at 08:30 goes out within seconds of it; what each run does is decided by the clock
 * and the database alone, so a restart at any moment neither skips nor repeats a digest.
 */
export function startScheduler(work: ScheduledWork): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const tick = () => {
    // A slow pass (charts for many digests) is never overlapped by the next.
    running ??= runScheduledWork(work)
      .then((queued) => (queued > 0 ? work.wake() : undefined))
      .catch((error: unknown) => work.log.error({ err: error }, 'scheduled work failed; it runs again at the next tick'))
      .finally(() => (running = null));
  };
  tick();
  const job = new Cron('*/10 * * * * *', tick);
  return {
    // Stops the ticks and lets a pass in progress finish before the database closes.
    async stop() {
      job.stop();
      await running;
    },
  };
}
