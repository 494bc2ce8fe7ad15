import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { recordTransferWithAlerts } from '../../src/alerts/transfer-alerts.js';
import { NOW, outboxRows, range, seedLedger, subscribeChats } from '../helpers/alert-test-data.js';
import { FakeBotApi, type RecordedCall } from '../helpers/fake-bot-api.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

const root = new URL('../..', import.meta.url).pathname;
let t: TempDatabase;
let api: FakeBotApi;
const children: ChildProcess[] = [];

beforeEach(async () => {
  t = tempDatabase();
  seedLedger(t.db);
  api = await FakeBotApi.start();
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await api.stop();
  t.close();
});

function startDispatcherProcess(perSecond: number, leaseMs = 15_000): { child: ChildProcess; exited: Promise<number | string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/outbox-dispatcher-process.ts', t.path, api.apiRoot, String(perSecond), String(leaseMs)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, exited };
}

const move = (id: string, amount: number) => ({ id, date: '2026-03-10', from: 'project:a', to: 'project:b', amount, reason: 'restart test', actor: 'tester' });
const transferIdOf = (call: RecordedCall): string => /Transfer id: (\S+)/.exec(String(call.params.text))?.[1] ?? '?';
const delivered = () => api.calls.filter((c) => c.method === 'sendMessage' && c.messageId !== undefined);
const countsByChatAndTransfer = () => {
  const count = new Map<string, number>();
  for (const call of delivered()) {
    const key = `${Number(call.params.chat_id)}/${transferIdOf(call)}`;
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  return count;
};

it('delivers every committed alert to every subscriber across SIGKILLs, and nothing for a rolled-back transfer', async () => {
  const chats = range(1, 200);
  subscribeChats(t.db, chats);
  recordTransferWithAlerts(t.db, move('kept-1', 1000), NOW);
  expect(() =>
    t.db.$client.transaction(() => {
      recordTransferWithAlerts(t.db, move('rolled-back', 2000), NOW);
      throw new Error('the caller gave up');
    })(),
  ).toThrow('the caller gave up');
  recordTransferWithAlerts(t.db, move('kept-2', 3000), NOW);

  let kills = 0;
  // A short lease: after a SIGKILL the next process takes over once it expired.
  const first = startDispatcherProcess(150, 1000);
  await api.waitFor(() => delivered().length >= 80, 60_000);
  first.child.kill('SIGKILL');
  expect(await first.exited).toBe('SIGKILL');
  kills += 1;

  // A transfer committed while no dispatcher runs is picked up after the restart.
  recordTransferWithAlerts(t.db, move('kept-3', 4000), NOW);

  const second = startDispatcherProcess(150, 1000);
  await api.waitFor(() => delivered().length >= 300, 60_000);
  second.child.kill('SIGKILL');
  expect(await second.exited).toBe('SIGKILL');
  kills += 1;

  const third = startDispatcherProcess(150, 1000);
  expect(await third.exited).toBe(0);

  const committed = ['kept-1', 'kept-2', 'kept-3'];
  const count = countsByChatAndTransfer();
  for (const chat of chats) for (const id of committed) expect(count.get(`${chat}/${id}`) ?? 0, `${chat}/${id}`).toBeGreaterThanOrEqual(1);
  expect(delivered().filter((c) => transferIdOf(c) === 'rolled-back')).toEqual([]);
  const duplicates = delivered().length - chats.length * committed.length;
  expect(duplicates).toBeLessThanOrEqual(kills);

  const rows = outboxRows(t.db);
  expect(rows).toHaveLength(chats.length * committed.length);
  expect(rows.every((r) => r.state === 'sent' && r.message_id !== null)).toBe(true);
}, 180_000);

it('two processes on one database deliver every alert exactly once', async () => {
  const chats = range(1, 75);
  subscribeChats(t.db, chats);
  recordTransferWithAlerts(t.db, move('pair-1', 1000), NOW);
  recordTransferWithAlerts(t.db, move('pair-2', 2000), NOW);
  const a = startDispatcherProcess(200);
  const b = startDispatcherProcess(200);
  expect(await a.exited).toBe(0);
  expect(await b.exited).toBe(0);
  const count = countsByChatAndTransfer();
  for (const chat of chats) for (const id of ['pair-1', 'pair-2']) expect(count.get(`${chat}/${id}`), `${chat}/${id}`).toBe(1);
  expect(delivered()).toHaveLength(150);
}, 120_000);
