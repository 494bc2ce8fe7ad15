import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { upsertDigest } from '../../db/stores/digests-store.js';
import { listOutbox } from '../../db/stores/outbox-store.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { FakeBotApi } from '../helpers/fake-bot-api.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

// kill -9 while digests are being queued and while they are being sent: each chat's digest is
// queued exactly once, and delivered at least once (a message Telegram accepted just before a kill
// may come twice: at most one per kill).

const root = new URL('../..', import.meta.url).pathname;
const NOW = '2026-11-30T03:30:05Z';
let t: TempDatabase;
let api: FakeBotApi;
const children: ChildProcess[] = [];

beforeEach(async () => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
  api = await FakeBotApi.start();
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await api.stop();
  t.close();
});

function startSchedulerProcess(): { child: ChildProcess; exited: Promise<number | string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/scheduler-process.ts', t.path, api.apiRoot, NOW], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(child);
  return { child, exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1))) };
}

const queued = () => listOutbox(t.db).filter((r) => r.kind === 'digest').length;
const delivered = () => api.calls.filter((c) => c.method === 'sendPhoto' && c.messageId !== undefined);
const wait = async (until: () => boolean) => {
  for (const deadline = Date.now() + 90_000; !until(); ) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

it('queues and delivers every chat’s digest across SIGKILLs while queuing and while sending', async () => {
  const chats = Array.from({ length: 400 }, (_, i) => 10_000 + i);
  for (const chatId of chats) {
    const lang = (['ru', 'kk', 'en'] as const)[chatId % 3]!;
    upsertDigest(t.db, { chatId, userId: chatId, cadence: 'weekly', atMinute: 8 * 60 + 30, weekday: 1, lastSlot: '2026-11-23T03:30:00.000Z', lang, createdAt: '2026-11-01T00:00:00.000Z' });
  }
  let kills = 0;
  // While queuing: killed once some digests are queued, before all are.
  const first = startSchedulerProcess();
  await wait(() => queued() >= 5);
  first.child.kill('SIGKILL');
  expect(await first.exited).toBe('SIGKILL');
  kills++;
  expect(queued()).toBeLessThan(chats.length);
  // While sending.
  const second = startSchedulerProcess();
  await wait(() => delivered().length >= 100);
  second.child.kill('SIGKILL');
  expect(await second.exited).toBe('SIGKILL');
  kills++;
  const third = startSchedulerProcess();
  expect(await third.exited).toBe(0);

  const rows = listOutbox(t.db).filter((r) => r.kind === 'digest');
  expect(rows.map((r) => r.chatId).sort()).toEqual(chats);
  expect(rows.every((r) => r.state === 'sent')).toBe(true);
  const perChat = new Map<number, number>();
  for (const call of delivered()) perChat.set(Number(call.params.chat_id), (perChat.get(Number(call.params.chat_id)) ?? 0) + 1);
  for (const chatId of chats) expect(perChat.get(chatId) ?? 0, String(chatId)).toBeGreaterThanOrEqual(1);
  expect(delivered().length - chats.length).toBeLessThanOrEqual(kills);
}, 240_000);
