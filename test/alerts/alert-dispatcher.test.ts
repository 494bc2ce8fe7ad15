import { TelegramError } from 'telegraf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertDispatcher, classifySendError, type AlertDispatcherOptions } from '../../src/alerts/alert-dispatcher.js';
import { outboxCounts } from '../../src/alerts/alert-outbox.js';
import { recordTransferWithAlerts } from '../../src/alerts/record-with-alerts.js';
import { subscriptionOf, unsubscribe } from '../../src/alerts/subscriptions.js';
import { FakeBotApi, type RecordedCall } from '../support/fake-bot-api.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';
import { NOW, outboxRows, range, seedLedger, subscribeChats } from './alert-test-data.js';

let t: TempDatabase;
let api: FakeBotApi;
let dispatcher: AlertDispatcher | undefined;

beforeEach(async () => {
  t = tempDatabase();
  seedLedger(t.db);
  api = await FakeBotApi.start();
});
afterEach(async () => {
  await dispatcher?.stop();
  dispatcher = undefined;
  await api.stop();
  t.close();
});

/**
 * Fast limits, so the tests run in seconds. The request timeout stays generous: on a loaded machine a
 * slow answer that the fake already recorded must not count as lost (and be sent twice).
 */
const FAST: Partial<AlertDispatcherOptions> = {
  perSecond: 500,
  perChatPerSecond: 100,
  groupPerMinute: 6000,
  requestTimeoutMs: 5_000,
  retryBaseMs: 50,
  retryMaxMs: 200,
  pollIntervalMs: 100,
  limitMarginMs: 5,
};

function startDispatcher(options: Partial<AlertDispatcherOptions> = {}): AlertDispatcher {
  dispatcher = new AlertDispatcher({ db: t.db, sender: { token: '123:TEST', apiRoot: api.apiRoot }, ...FAST, ...options });
  dispatcher.start();
  return dispatcher;
}

function recordMoves(count: number): string[] {
  return range(1, count).map((i) => {
    const id = `move-${i}`;
    recordTransferWithAlerts(t.db, { id, date: '2026-03-10', from: 'project:a', to: 'project:b', amount: 100 * i, reason: 'test', actor: 'tester' }, NOW);
    return id;
  });
}

async function untilNothingPending(timeoutMs = 45_000): Promise<void> {
  await api.waitFor(() => outboxCounts(t.db).pending === 0, timeoutMs);
}

const transferIdOf = (call: RecordedCall): string => /Transfer id: (\S+)/.exec(String(call.params.text))?.[1] ?? '?';
const delivered = (): RecordedCall[] => api.calls.filter((c) => c.method === 'sendMessage' && c.messageId !== undefined);

describe('the alert dispatcher against a Bot API that misbehaves', () => {
  it('delivers every alert exactly once through 429, 5xx and timeouts; turns off blocked chats; follows a migration', async () => {
    const GROUP = -100;
    const SUPERGROUP = -1_001_000_000_100;
    const good = range(1, 12);
    subscribeChats(t.db, [...good, 13, 14, GROUP]);
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
      if (chat === 13) return { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } };
      if (chat === 14) return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' } };
      if (chat === GROUP) {
        return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: group chat was upgraded to a supergroup chat', parameters: { migrate_to_chat_id: SUPERGROUP } } };
      }
      return undefined;
    };
    startDispatcher();
    await untilNothingPending();

    // Exactly once per (chat, transfer) for every reachable chat, in the order the transfers were recorded.
    for (const chat of [...good, SUPERGROUP]) {
      expect(delivered().filter((c) => Number(c.params.chat_id) === chat).map(transferIdOf), `chat ${chat}`).toEqual(transfers);
    }
    expect(delivered().filter((c) => [13, 14, GROUP].includes(Number(c.params.chat_id)))).toEqual([]);
    expect(delivered()).toHaveLength(transfers.length * (good.length + 1));

    // Blocked and missing chats are unsubscribed, and their alerts dropped (one request each, not three).
    expect(subscriptionOf(t.db, 13)?.active).toBe(false);
    expect(subscriptionOf(t.db, 14)?.active).toBe(false);
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
    expect(rows.filter((r) => r.state === 'sent')).toHaveLength(transfers.length * (good.length + 1));
    expect(rows.filter((r) => r.state === 'dropped').map((r) => r.chat_id).sort()).toEqual([13, 13, 13, 14, 14, 14]);
    expect(rows.find((r) => r.chat_id === 5 && r.transfer_id === 'move-1')?.attempts).toBe(3);

    // The 429 (a private chat: the bot as a whole is too fast) paused everything for retry_after.
    const limited = api.calls.find((c) => Number(c.params.chat_id) === 3)!;
    const retried = api.calls.filter((c) => Number(c.params.chat_id) === 3)[1]!;
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(1000);
    // (Sends already in flight when the 429 came may still arrive just after it.)
    const startedDuringPause = api.calls.filter((c) => c.at > limited.at + 200 && c.at < limited.at + 990);
    expect(startedDuringPause).toEqual([]);
  }, 60_000);

  it('keeps to the overall, per-chat and per-group limits', async () => {
    const privateChats = range(1, 30);
    const groups = [-1, -2, -3];
    subscribeChats(t.db, [...privateChats, ...groups]);
    recordMoves(3);
    const started = Date.now();
    startDispatcher({ perSecond: 40, perChatPerSecond: 4, groupPerMinute: 120, limitMarginMs: 10 });
    await untilNothingPending();
    const calls = delivered();
    expect(calls).toHaveLength(99);

    const times = calls.map((c) => c.at).sort((a, b) => a - b);
    for (let i = 0; i < times.length; i++) {
      expect(times.filter((at) => at >= times[i]! && at < times[i]! + 1000).length).toBeLessThanOrEqual(40);
    }
    for (const chat of [...privateChats, ...groups]) {
      const at = calls.filter((c) => Number(c.params.chat_id) === chat).map((c) => c.at);
      const gap = chat < 0 ? 500 : 250;
      for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!, `chat ${chat}`).toBeGreaterThanOrEqual(gap - 5);
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000); // 99 messages at 40/s
  });

  it('sends at once when woken, and stop() waits for the alert in flight', async () => {
    subscribeChats(t.db, [1]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sent: number[] = [];
    dispatcher = new AlertDispatcher({
      db: t.db,
      ...FAST,
      pollIntervalMs: 60_000,
      sender: async (chatId) => {
        await gate;
        sent.push(chatId);
        return 777;
      },
    });
    dispatcher.start();
    await new Promise((r) => setTimeout(r, 50));
    recordMoves(1);
    dispatcher.wake();
    await api.waitFor(() => dispatcher!.inFlightCount === 1, 2000);
    const stopping = dispatcher.stop();
    setTimeout(release, 100);
    await stopping;
    expect(sent).toEqual([1]);
    expect(outboxRows(t.db)).toMatchObject([{ state: 'sent', message_id: 777, attempts: 1 }]);
  });

  it('does not send what was unsubscribed in the meantime', async () => {
    subscribeChats(t.db, [1, 2]);
    recordMoves(2);
    unsubscribe(t.db, 2);
    startDispatcher();
    await untilNothingPending();
    expect(delivered().map((c) => Number(c.params.chat_id))).toEqual([1, 1]);
  });

  it('marks alerts failed on other 4xx, and pauses everything on 401', async () => {
    subscribeChats(t.db, [1, 2]);
    recordMoves(1);
    let unauthorized = true;
    api.fault = (_method, params) => {
      if (unauthorized) return { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } };
      if (Number(params.chat_id) === 2) return { status: 409, body: { ok: false, error_code: 409, description: 'Conflict' } };
      return undefined;
    };
    startDispatcher({ unauthorizedPauseMs: 400, perSecond: 1000 });
    await api.waitFor(() => api.calls.length >= 1);
    await new Promise((r) => setTimeout(r, 50));
    const before = api.calls.length; // both chats' first sends may have been in flight together
    expect(before).toBeLessThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 250));
    expect(api.calls).toHaveLength(before); // paused after the 401
    unauthorized = false;
    await untilNothingPending();
    expect(outboxRows(t.db).map((r) => [r.chat_id, r.state])).toEqual([
      [1, 'sent'],
      [2, 'failed'],
    ]);
    expect(subscriptionOf(t.db, 2)?.active).toBe(true);
  });
});

describe('classifySendError', () => {
  it('branches on error_code and parameters only', () => {
    const error = (error_code: number, parameters?: Record<string, number>) => new TelegramError({ error_code, description: 'whatever', parameters } as never);
    expect(classifySendError(error(429, { retry_after: 7 }))).toEqual({ kind: 'retry-after', seconds: 7 });
    expect(classifySendError(error(400, { migrate_to_chat_id: -1009 }))).toEqual({ kind: 'migrated', chatId: -1009 });
    expect(classifySendError(error(403))).toEqual({ kind: 'unreachable' });
    expect(classifySendError(error(400))).toEqual({ kind: 'unreachable' });
    expect(classifySendError(error(502))).toEqual({ kind: 'transient' });
    expect(classifySendError(error(401))).toEqual({ kind: 'unauthorized' });
    expect(classifySendError(error(409))).toEqual({ kind: 'rejected' });
    expect(classifySendError(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toEqual({ kind: 'transient' });
    expect(classifySendError(new TypeError('fetch failed'))).toEqual({ kind: 'transient' });
  });
});
