import { afterEach, beforeEach, expect, it } from 'vitest';
import { composeDigest } from '../../commands/alerts/digest-content.js';
import { digestOf, upsertDigest } from '../../db/stores/digests-store.js';
import { listOutbox } from '../../db/stores/outbox-store.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { runDueDigests, type ComposeDigest } from '../../src/digests/digest-runner.js';
import { outboxPayload } from '../../src/outbox/outbox-messages.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

// A fake clock drives the digests: each run is given "now".

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
});
afterEach(() => t.close());

const CHAT = 501;
const weekly = (lastSlot: string) =>
  upsertDigest(t.db, { chatId: CHAT, userId: 1, cadence: 'weekly', atMinute: 8 * 60 + 30, weekday: 1, lastSlot, lang: 'ru', createdAt: lastSlot });
const digests = () => listOutbox(t.db).filter((r) => r.kind === 'digest');
const run = (iso: string, compose: ComposeDigest = composeDigest) => runDueDigests(t.db, new Date(iso), compose, async () => Buffer.from("png"));

it('queues a weekly digest at Monday 08:30 Astana time with the week’s figures, once', async () => {
  weekly('2026-11-16T03:30:00.000Z');
  expect(await run('2026-11-23T03:29:00Z')).toBe(0);
  expect(await run('2026-11-23T03:30:05Z')).toBe(1);
  expect(await run('2026-11-23T03:30:15Z')).toBe(0);
  const [row] = digests();
  expect(row!.chatId).toBe(CHAT);
  expect(row!.dedupeKey).toBe(`digest:${digestOf(t.db, CHAT)!.id}:2026-11-23T03:30:00.000Z`);
  const text = JSON.stringify(outboxPayload('digest', row!.payload).blocks);
  // 16–22 November in the demo: nothing moved; the free reserve is the ledger's.
  expect(text).toContain('с 16 ноября по 22 ноября 2026');
  expect(text).toContain('360 млрд ₸');
  expect(digestOf(t.db, CHAT)!.lastSlot).toBe('2026-11-23T03:30:00.000Z');
});

it('a restart just before, during or just after a digest neither skips nor doubles it', async () => {
  weekly('2026-11-16T03:30:00.000Z');
  // Just before: nothing yet.
  expect(await run('2026-11-23T03:29:59Z')).toBe(0);
  // During: the process dies while building it — the transaction rolls back, nothing is half-done.
  const dying: ComposeDigest = () => {
    throw new Error('killed');
  };
  await expect(run('2026-11-23T03:30:01Z', dying)).rejects.toThrow('killed');
  expect(digests()).toHaveLength(0);
  expect(digestOf(t.db, CHAT)!.lastSlot).toBe('2026-11-16T03:30:00.000Z');
  // After the restart it goes out; a second process, or a second run, finds it done.
  expect(await run('2026-11-23T03:31:00Z')).toBe(1);
  expect(await run('2026-11-23T03:31:00Z')).toBe(0);
  expect(await run('2026-11-23T09:00:00Z')).toBe(0);
  expect(digests()).toHaveLength(1);
});

it('after three weeks of downtime sends one catch-up digest covering the gap, never a burst', async () => {
  weekly('2026-11-02T03:30:00.000Z');
  expect(await run('2026-11-25T10:00:00Z')).toBe(1);
  expect(await run('2026-11-25T10:00:10Z')).toBe(0);
  const [row] = digests();
  expect(JSON.stringify(outboxPayload('digest', row!.payload).blocks)).toContain('с 2 ноября по 22 ноября 2026');
  // The next one is the following Monday's, covering from the last slot.
  expect(await run('2026-11-30T03:30:00Z')).toBe(1);
  expect(JSON.stringify(outboxPayload('digest', digests()[1]!.payload).blocks)).toContain('с 23 ноября по 29 ноября 2026');
});

it('a daily digest late in the evening goes out on the Astana day, across the UTC date', async () => {
  upsertDigest(t.db, { chatId: CHAT, userId: 1, cadence: 'daily', atMinute: 23 * 60 + 50, weekday: null, lastSlot: '2026-11-28T18:50:00.000Z', lang: 'en', createdAt: '2026-11-28T18:50:00.000Z' });
  expect(await run('2026-11-29T18:49:59Z')).toBe(0);
  expect(await run('2026-11-29T18:50:00Z')).toBe(1);
  expect(JSON.stringify(outboxPayload('digest', digests()[0]!.payload).blocks)).toContain('28 November 2026');
});

it('stops after /digest off', async () => {
  weekly('2026-11-16T03:30:00.000Z');
  t.db.$client.prepare('UPDATE digests SET active = 0').run();
  expect(await run('2026-11-23T03:30:05Z')).toBe(0);
});

it('carries its chart, drawn before the transaction; a chart that cannot be drawn leaves the text', async () => {
  weekly('2026-11-02T03:30:00.000Z');
  await runDueDigests(t.db, new Date('2026-11-30T03:30:00Z'), composeDigest);
  const payload = outboxPayload('digest', digests()[0]!.payload);
  expect(Buffer.from(payload.png!, 'base64').subarray(1, 4).toString()).toBe('PNG');
  upsertDigest(t.db, { chatId: CHAT + 1, userId: 1, cadence: 'daily', atMinute: 0, weekday: null, lastSlot: '2026-11-20T00:00:00.000Z', lang: 'en', createdAt: '2026-11-20T00:00:00.000Z' });
  await runDueDigests(t.db, new Date('2026-11-30T03:30:00Z'), composeDigest, async () => {
    throw new Error('no fonts');
  });
  const other = outboxPayload('digest', digests().find((r) => r.chatId === CHAT + 1)!.payload);
  expect(other.png).toBeUndefined();
  expect(JSON.stringify(other.blocks)).toContain('Free reserve');
});
