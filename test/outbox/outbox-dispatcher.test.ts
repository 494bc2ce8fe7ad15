import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type BudgetDb } from '../../db/client.js';
import { outboxCounts } from '../../db/stores/outbox-store.js';
import { subscriptionChatChanges, subscriptionOf, unsubscribe } from '../../src/alerts/subscriptions.js';
import { recordTransferWithAlerts } from '../../src/alerts/transfer-alerts.js';
import { DeliveryScheduler, type SchedulerOptions } from '../../src/delivery/delivery-scheduler.js';
import type { Sender } from '../../src/delivery/outgoing-message.js';
import { OutboxDispatcher, type OutboxDispatcherOptions } from '../../src/outbox/outbox-dispatcher.js';
import { botApiSender, telegramClient } from '../../src/telegram/bot-api-sender.js';
import { renderOutboxMessage } from '../../src/telegram/outbox-rendering.js';
import { NOW, outboxRows, range, seedLedger, subscribeChats } from '../helpers/alert-test-data.js';
import { FakeBotApi, type RecordedCall } from '../helpers/fake-bot-api.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

let t: TempDatabase;
let api: FakeBotApi;
const dispatchers: OutboxDispatcher[] = [];
const connections: BudgetDb[] = [];

beforeEach(async () => {
  t = tempDatabase();
  seedLedger(t.db);
  api = await FakeBotApi.start();
});
afterEach(async () => {
  for (const d of dispatchers.splice(0)) await d.stop();
  for (const db of connections.splice(0)) closeDatabase(db);
  await api.stop();
  t.close();
});

/**
 * Fast limits, so the tests run in seconds. The send timeout stays generous: on a loaded machine a
 * slow answer that the fake already recorded must not count as lost (and be sent twice).
 */
const FAST: Partial<SchedulerOptions> = {
  perSecond: 500,
  perChatPerSecond: 100,
  groupPerMinute: 6000,
  sendTimeoutMs: 5_000,
  retryBaseMs: 50,
  retryMaxMs: 200,
  limitMarginMs: 5,
};

function startDispatcher(
  options: { scheduler?: Partial<SchedulerOptions>; outbox?: Partial<OutboxDispatcherOptions>; sender?: Sender; db?: BudgetDb } = {},
): OutboxDispatcher {
  const db = options.db ?? t.db;
  const scheduler = new DeliveryScheduler({ sender: options.sender ?? botApiSender(telegramClient('123:TEST', api.apiRoot)), ...FAST, ...options.scheduler });
  const dispatcher = new OutboxDispatcher({
    db,
    scheduler,
    render: (row) => renderOutboxMessage(db, row),
    chats: subscriptionChatChanges(db),
    pollIntervalMs: 50,
    ...options.outbox,
  });
  dispatchers.push(dispatcher);
  dispatcher.start();
  return dispatcher;
}

function recordMoves(count: number, db: BudgetDb = t.db): string[] {
  return range(1, count).map((i) => {
    const id = `move-${i}`;
    recordTransferWithAlerts(db, { id, date: '2026-03-10', from: 'project:a', to: 'project:b', amount: 100 * i, reason: 'test', actor: 'tester' }, NOW);
    return id;
  });
}

async function untilNothingUnsent(timeoutMs = 45_000): Promise<void> {
  await api.waitFor(() => {
    const counts = outboxCounts(t.db);
    return counts.pending + counts.sending === 0;
  }, timeoutMs);
}

const transferIdOf = (call: RecordedCall): string => /Transfer id: (\S+)/.exec(String(call.params.text))?.[1] ?? '?';
const delivered = (): RecordedCall[] => api.calls.filter((c) => c.method === 'sendMessage' && c.messageId !== undefined);

describe('the outbox dispatcher against a Bot API that misbehaves', () => {
  it('delivers every alert exactly once through 429, 5xx, resets and timeouts; turns off blocked chats; follows a migration', async () => {
    const GROUP = -100;
    const SUPERGROUP = -1_001_000_000_100;
    const good = range(1, 12);
    subscribeChats(t.db, [...good, 13, 14, 15, GROUP]);
    const transfers = recordMoves(3);
    const seen = new Map<number, number>();
    api.fault = (method, params) => {
      if (method !== 'sendMessage') return undefined;
      const chat = Number(params.chat_id);
      const n = (seen.get(chat) ?? 0) + 1;
      seen.set(chat, n);
      if (chat === 3 && n === 1) return { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } };
      if (chat === 5 && n <= 2) return { status: 500, body: { ok: false, error_code: 500, description: 'Internal Server Error' } };
      if (chat === 6 && n === 1) return { status: 502, body: { ok: false, error_code: 502, description: 'Bad Gateway' } };
      if (chat === 7 && n === 1) return { hang: true };
      if (chat === 8 && n === 1) return { reset: true };
      if (chat === 13) return { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } };
      if (chat === 14) return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' } };
      // Any other 400 is about the message, not the chat: the subscription stays.
      if (chat === 15 && n === 1) return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: message text is empty' } };
      if (chat === GROUP) {
        return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: group chat was upgraded to a supergroup chat', parameters: { migrate_to_chat_id: SUPERGROUP } } };
      }
      return undefined;
    };
    startDispatcher();
    await untilNothingUnsent();

    // Exactly once per (chat, transfer) for every reachable chat, in the order the transfers were recorded.
    for (const chat of [...good, SUPERGROUP]) {
      expect(delivered().filter((c) => Number(c.params.chat_id) === chat).map(transferIdOf), `chat ${chat}`).toEqual(transfers);
    }
    expect(delivered().filter((c) => [13, 14, GROUP].includes(Number(c.params.chat_id)))).toEqual([]);
    expect(delivered().filter((c) => Number(c.params.chat_id) === 15).map(transferIdOf)).toEqual(['move-2', 'move-3']);

    // Blocked and missing chats are unsubscribed, and their alerts dropped (one request each, not three).
    expect(subscriptionOf(t.db, 13)?.active).toBe(false);
    expect(subscriptionOf(t.db, 14)?.active).toBe(false);
    expect(subscriptionOf(t.db, 15)?.active).toBe(true);
    expect(api.calls.filter((c) => Number(c.params.chat_id) === 13)).toHaveLength(1);
    // The group's subscription moved to the supergroup.
    expect(subscriptionOf(t.db, GROUP)).toBeNull();
    expect(subscriptionOf(t.db, SUPERGROUP)).toMatchObject({ active: true });

    // Each sent row records Telegram's message_id for that very message.
    const rows = outboxRows(t.db);
    for (const row of rows.filter((r) => r.state === 'sent')) {
      const call = delivered().find((c) => Number(c.params.chat_id) === row.chat_id && transferIdOf(c) === row.transfer_id);
      expect(row.message_id).toBe(call?.messageId);
    }
    expect(rows.filter((r) => r.state === 'sent')).toHaveLength(transfers.length * (good.length + 1) + 2);
    expect(rows.filter((r) => r.state === 'dropped').map((r) => r.chat_id).sort()).toEqual([13, 13, 13, 14, 14, 14]);
    expect(rows.filter((r) => r.state === 'failed').map((r) => [r.chat_id, r.transfer_id])).toEqual([[15, 'move-1']]);
    expect(rows.find((r) => r.chat_id === 5 && r.transfer_id === 'move-1')?.attempts).toBe(3);

    // The 429 (a private chat: the bot as a whole is too fast) paused everything for retry_after.
    const limited = api.calls.find((c) => Number(c.params.chat_id) === 3)!;
    const retried = api.calls.filter((c) => Number(c.params.chat_id) === 3)[1]!;
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(1000);
    // (Sends already in flight when the 429 came may still arrive just after it.)
    const startedDuringPause = api.calls.filter((c) => c.at > limited.at + 200 && c.at < limited.at + 990);
    expect(startedDuringPause).toEqual([]);
  }, 90_000);

  it('keeps to the overall, per-chat and per-group limits', async () => {
    const privateChats = range(1, 30);
    const groups = [-1, -2, -3];
    subscribeChats(t.db, [...privateChats, ...groups]);
    recordMoves(3);
    const started = Date.now();
    startDispatcher({ scheduler: { perSecond: 40, perChatPerSecond: 4, chatBurst: 1, groupPerMinute: 2, groupWindowMs: 1000, limitMarginMs: 10 } });
    await untilNothingUnsent();
    const calls = delivered();
    expect(calls).toHaveLength(99);

    const times = calls.map((c) => c.at).sort((a, b) => a - b);
    for (let i = 0; i < times.length; i++) {
      expect(times.filter((at) => at >= times[i]! && at < times[i]! + 1000).length).toBeLessThanOrEqual(40);
    }
    for (const chat of privateChats) {
      const at = calls.filter((c) => Number(c.params.chat_id) === chat).map((c) => c.at);
      for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!, `chat ${chat}`).toBeGreaterThanOrEqual(245);
    }
    for (const chat of groups) {
      // At most 2 in any second: the first and the third are a second apart.
      const at = calls.filter((c) => Number(c.params.chat_id) === chat).map((c) => c.at);
      expect(at[2]! - at[0]!, `group ${chat}`).toBeGreaterThanOrEqual(995);
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000); // 99 messages at 40/s
  }, 60_000);

  it('sends at once when woken, and stop() waits for the message in flight', async () => {
    subscribeChats(t.db, [1]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sent: number[] = [];
    const dispatcher = startDispatcher({
      outbox: { pollIntervalMs: 60_000 },
      sender: async (message) => {
        await gate;
        sent.push(message.chatId);
        return 777;
      },
    });
    await api.waitFor(() => dispatcher.isLeader, 5000);
    recordMoves(1);
    dispatcher.wake();
    await api.waitFor(() => dispatcher.claimedCount === 1, 5000);
    const stopping = dispatcher.stop();
    release();
    await stopping;
    expect(sent).toEqual([1]);
    expect(outboxRows(t.db)).toMatchObject([{ state: 'sent', message_id: 777, attempts: 1 }]);
  });

  it('does not send what was unsubscribed in the meantime', async () => {
    subscribeChats(t.db, [1, 2]);
    recordMoves(2);
    unsubscribe(t.db, 2);
    startDispatcher();
    await untilNothingUnsent();
    expect(delivered().map((c) => Number(c.params.chat_id))).toEqual([1, 1]);
  });

  it('marks messages failed on other 4xx, and pauses everything on 401', async () => {
    subscribeChats(t.db, [1, 2]);
    recordMoves(1);
    let unauthorized = true;
    api.fault = (method, params) => {
      if (method !== 'sendMessage') return undefined;
      if (unauthorized) return { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } };
      if (Number(params.chat_id) === 2) return { status: 409, body: { ok: false, error_code: 409, description: 'Conflict' } };
      return undefined;
    };
    startDispatcher({ scheduler: { unauthorizedPauseMs: 400, perSecond: 1000 } });
    await api.waitFor(() => api.calls.length >= 1);
    const firstAt = api.calls[0]!.at;
    unauthorized = false;
    await untilNothingUnsent();
    // Nothing went out in the pause after the 401 but what was already in flight with it.
    expect(api.calls.filter((c) => c.at > firstAt + 100 && c.at < firstAt + 390)).toEqual([]);
    expect(outboxRows(t.db).map((r) => [r.chat_id, r.state])).toEqual([
      [1, 'sent'],
      [2, 'failed'],
    ]);
    expect(subscriptionOf(t.db, 2)?.active).toBe(true);
  });
});

describe('one dispatcher per database', () => {
  it('delivers every alert exactly once when two dispatchers share a database', async () => {
    const chats = range(1, 40);
    subscribeChats(t.db, chats);
    const second = openDatabase(t.path);
    connections.push(second);
    startDispatcher();
    startDispatcher({ db: second });
    const transfers = recordMoves(3);
    await untilNothingUnsent();
    for (const chat of chats) expect(delivered().filter((c) => Number(c.params.chat_id) === chat).map(transferIdOf), `chat ${chat}`).toEqual(transfers);
    expect(delivered()).toHaveLength(chats.length * transfers.length);
    expect(dispatchers.filter((d) => d.isLeader)).toHaveLength(1);
  });

  it('takes the outbox over after the holder stops, and only after its lease expired when it vanished', async () => {
    subscribeChats(t.db, [1]);
    const first = startDispatcher({ outbox: { leaseMs: 600 } });
    await api.waitFor(() => first.isLeader, 5000);
    const second = openDatabase(t.path);
    connections.push(second);
    const standby = startDispatcher({ db: second, outbox: { leaseMs: 600 } });
    await first.stop();
    await api.waitFor(() => standby.isLeader, 5000);
    recordMoves(1, second);
    standby.wake();
    await untilNothingUnsent();
    expect(delivered()).toHaveLength(1);
  });
});
