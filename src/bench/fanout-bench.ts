import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../../db/client.js';
import { hasUnsent, outboxCounts } from '../../db/stores/outbox-store.js';
import { inWriteTransaction } from '../../db/stores/transaction.js';
import { subscribe, subscriptionChatChanges } from '../alerts/subscriptions.js';
import { recordTransferWithAlerts } from '../alerts/transfer-alerts.js';
import { importDataset } from '../dataset/import-dataset.js';
import { DeliveryScheduler } from '../delivery/delivery-scheduler.js';
import { OutboxDispatcher } from '../outbox/outbox-dispatcher.js';
import { botApiSender, telegramClient } from '../telegram/bot-api-sender.js';
import { renderOutboxMessage } from '../telegram/outbox-rendering.js';
import { RateLimitedBotApi } from './rate-limited-bot-api.js';

export interface FanoutBenchResult {
  subscribers: number;
  limitPerSec: number;
  /** Alerts delivered per second, from the dispatcher's start to the last alert recorded as sent. */
  achievedPerSec: number;
  /** How often the limit-enforcing API answered 429 (0 when the dispatcher kept to the limit). */
  rateLimited429: number;
  /** Alerts the API accepted more than once (a send retried after its answer was lost); 0 expected. */
  sentTwice: number;
  /** Writing the transfer and its `subscribers` outbox rows in one transaction. */
  enqueueMs: number;
  durationMs: number;
}

const BENCH_DATASET = {
  version: 1,
  currency: 'KZT',
  programme: { name: 'Fan-out benchmark', administrator: 'bench', fiscalYear: 2026 },
  macro: { baseYear: 2025, gdp: 150_000_000_000_000, realGrowthPct: 5 },
  sources: [{ id: 'budget', name: 'Budget', amount: 10_000_000_000, reserved: 10_000_000_000 }],
  priorities: [{ id: 'ai', title: 'AI', rank: 1, since: '2026-01-01' }],
  projects: [
    { id: 'a', name: 'Project A', priority: 'ai', status: 'active', owner: 'bench' },
    { id: 'b', name: 'Project B', priority: 'ai', status: 'active', owner: 'bench' },
  ],
  transfers: [{ id: 't-1', date: '2026-03-01', from: 'reserve:budget', to: 'project:a', amount: 5_000_000_000, reason: 'start', actor: 'bench' }],
};

/**
 * One reallocation fanned out to `subscribers` chats: a temp database, a local Bot API that
 * enforces `limitPerSec` (429 + retry_after above it), and the real dispatcher with the same limit.
 */
export async function benchFanout(options: { subscribers: number; limitPerSec: number }): Promise<FanoutBenchResult> {
  const { subscribers, limitPerSec } = options;
  const dir = mkdtempSync(join(tmpdir(), 'fanout-bench-'));
  const db = openDatabase(join(dir, 'bench.db'));
  const api = await RateLimitedBotApi.start(limitPerSec);
  let dispatcher: OutboxDispatcher | undefined;
  try {
    importDataset(db, BENCH_DATASET);
    const now = new Date();
    inWriteTransaction(db, () => {
      for (let chat = 1; chat <= subscribers; chat++) subscribe(db, { chatId: chat, userId: chat, lang: 'ru' }, now);
    });

    const enqueueStart = performance.now();
    const outcome = recordTransferWithAlerts(db, {
      id: 'bench-1',
      date: '2026-03-02',
      from: 'project:a',
      to: 'project:b',
      amount: 1_000_000_000,
      reason: 'benchmark',
      actor: 'bench',
    });
    const enqueueMs = performance.now() - enqueueStart;
    if (outcome.alerts !== subscribers) throw new Error(`expected ${subscribers} alerts, queued ${outcome.alerts}`);

    const scheduler = new DeliveryScheduler({
      sender: botApiSender(telegramClient('123456:BENCH', api.apiRoot)),
      perSecond: limitPerSec,
      perChatPerSecond: 1,
      // Enough requests in flight to keep the pipe full at this rate over loopback.
      maxInFlight: Math.min(256, Math.max(8, Math.ceil(limitPerSec / 50))),
    });
    dispatcher = new OutboxDispatcher({
      db,
      scheduler,
      render: (row) => renderOutboxMessage(db, row),
      chats: subscriptionChatChanges(db),
      pollIntervalMs: 1000,
    });
    const started = performance.now();
    dispatcher.start();
    while (hasUnsent(db)) await new Promise((resolve) => setTimeout(resolve, 20));
    const durationMs = performance.now() - started;
    await dispatcher.stop();
    dispatcher = undefined;
    const sent = outboxCounts(db).sent;
    if (sent !== subscribers) throw new Error(`expected ${subscribers} alerts sent, got ${sent}`);
    return {
      subscribers,
      limitPerSec,
      achievedPerSec: Math.round((subscribers / durationMs) * 1000 * 10) / 10,
      rateLimited429: api.rateLimited,
      sentTwice: api.accepted - sent,
      enqueueMs: Math.round(enqueueMs * 10) / 10,
      durationMs: Math.round(durationMs),
    };
  } finally {
    await dispatcher?.stop();
    await api.stop();
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
}
