import { describe, expect, it } from 'vitest';
import { DeliveryScheduler, type DeliveryResult } from '../../src/delivery/delivery-scheduler.js';
import { SendError, type OutgoingMessage, type Sender } from '../../src/delivery/outgoing-message.js';
import { ReadyQueue } from '../../src/delivery/ready-queue.js';

const text = (chatId: number, html: string): OutgoingMessage => ({ kind: 'text', chatId, html });

/** A sender that records what went out, answers what `answer` says, and can be held per chat. */
function recordingSender(answer: (message: OutgoingMessage, attempt: number) => 'ok' | SendError | 'hang' = () => 'ok') {
  const sent: { chatId: number; html: string; at: number }[] = [];
  const attempts = new Map<string, number>();
  const sender: Sender = (message, signal) => {
    const key = `${message.chatId}:${'html' in message ? message.html : ''}`;
    const n = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, n);
    const verdict = answer(message, n);
    if (verdict === 'hang') {
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new SendError({ kind: 'transient' }, 'timeout'))));
    }
    if (verdict instanceof SendError) return Promise.reject(verdict);
    sent.push({ chatId: message.chatId, html: 'html' in message ? message.html : '', at: Date.now() });
    return Promise.resolve(sent.length);
  };
  return { sender, sent, attempts };
}

const fast = { perSecond: 10_000, perChatPerSecond: 10_000, chatBurst: 10_000, retryBaseMs: 20, retryMaxMs: 50 };

describe('the delivery scheduler', () => {
  it('keeps each chat’s messages in order while chats go side by side', async () => {
    const { sender, sent } = recordingSender((message, attempt) => ('html' in message && message.html === 'a2' && attempt === 1 ? new SendError({ kind: 'transient' }, '502') : 'ok'));
    const scheduler = new DeliveryScheduler({ sender, ...fast });
    const results = await Promise.all([
      scheduler.submit({ chatId: 1, message: text(1, 'a1') }),
      scheduler.submit({ chatId: 1, message: text(1, 'a2') }),
      scheduler.submit({ chatId: 1, message: text(1, 'a3') }),
      scheduler.submit({ chatId: 2, message: text(2, 'b1') }),
    ]);
    expect(results.map((r) => r.kind)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(sent.filter((s) => s.chatId === 1).map((s) => s.html)).toEqual(['a1', 'a2', 'a3']);
    expect(results[1]).toMatchObject({ attempts: 2 });
  });

  it('lets other chats through while one chat’s request never answers, and retries that one after its timeout', async () => {
    let stalled = true;
    const { sender, sent } = recordingSender((message) => (message.chatId === 1 && stalled ? 'hang' : 'ok'));
    const scheduler = new DeliveryScheduler({ sender, ...fast, sendTimeoutMs: 1500 });
    const stuck = scheduler.submit({ chatId: 1, message: text(1, 'to the stalled chat') });
    const others = await Promise.all([2, 3, 4].map((chat) => scheduler.submit({ chatId: chat, message: text(chat, `hi ${chat}`) })));
    expect(others.every((r) => r.kind === 'sent')).toBe(true);
    expect(sent.map((s) => s.chatId).sort()).toEqual([2, 3, 4]);
    stalled = false;
    expect(await stuck).toMatchObject({ kind: 'sent', attempts: 2 });
  });

  it('waits out a 429 (everyone waits when a private chat got it) and then sends', async () => {
    const { sender, sent } = recordingSender((message, attempt) =>
      message.chatId === 1 && attempt === 1 ? new SendError({ kind: 'retry-after', seconds: 1 }, '429 Too Many Requests') : 'ok',
    );
    const scheduler = new DeliveryScheduler({ sender, ...fast });
    const started = Date.now();
    const first = scheduler.submit({ chatId: 1, message: text(1, 'limited') });
    // Submitted just after the 429 came back: must not go out before retry_after is over.
    await new Promise((resolve) => setImmediate(resolve));
    const second = scheduler.submit({ chatId: 2, message: text(2, 'after') });
    expect(await first).toMatchObject({ kind: 'sent', attempts: 2 });
    await second;
    expect(sent.every((s) => s.at - started >= 990)).toBe(true);
  });

  it('gives a job back as retry-later after its attempts, and ends failures it cannot mend at once', async () => {
    const { sender } = recordingSender((message) =>
      message.chatId === 1 ? new SendError({ kind: 'transient' }, 'ECONNRESET') : message.chatId === 2 ? new SendError({ kind: 'unreachable' }, '403 Forbidden: bot was blocked by the user') : 'ok',
    );
    const scheduler = new DeliveryScheduler({ sender, ...fast });
    const [flaky, blocked] = await Promise.all([
      scheduler.submit({ chatId: 1, message: text(1, 'x'), maxAttempts: 3 }),
      scheduler.submit({ chatId: 2, message: text(2, 'y') }),
    ]);
    expect(flaky).toMatchObject({ kind: 'retry-later', attempts: 3, error: 'ECONNRESET' });
    expect((flaky as Extract<DeliveryResult, { kind: 'retry-later' }>).retryAt).toBeGreaterThan(Date.now() - 1000);
    expect(blocked).toMatchObject({ kind: 'failed', failure: { kind: 'unreachable' }, attempts: 1 });
  });

  it('builds a message when its turn comes, skips one no longer wanted, and stops cleanly', async () => {
    const { sender, sent } = recordingSender();
    const scheduler = new DeliveryScheduler({ sender, ...fast });
    let built = 0;
    const lazy = scheduler.submit({ chatId: 1, message: async () => (built++, text(1, 'built late')) });
    const skipped = scheduler.submit({ chatId: 1, message: text(1, 'never'), stillWanted: () => false });
    expect(await lazy).toMatchObject({ kind: 'sent' });
    expect(await skipped).toMatchObject({ kind: 'skipped' });
    expect(built).toBe(1);
    expect(sent.map((s) => s.html)).toEqual(['built late']);
    await scheduler.stop();
    expect(await scheduler.submit({ chatId: 1, message: text(1, 'late') })).toMatchObject({ kind: 'stopped' });
  });
});

describe('the ready queue', () => {
  it('gives the earliest first, and equal times in the order they came', () => {
    const queue = new ReadyQueue<string>();
    for (const [item, at] of [['c', 5], ['a', 1], ['b', 5], ['d', 0], ['e', 5]] as const) queue.push(item, at);
    const out: string[] = [];
    while (queue.size > 0) out.push(queue.pop()!);
    expect(out).toEqual(['d', 'a', 'c', 'b', 'e']);
  });
});
