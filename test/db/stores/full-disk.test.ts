import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { listSubscriptions } from '../../../src/alerts/subscriptions.js';
import { seedDemoIfEmpty } from '../../../src/dataset/seed-demo.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

// A full disk, reproduced with a file-size limit: the next commit cannot be written to the WAL.
// Nothing may then be reported as done: the user gets an error id, and nothing is half-written.

const root = new URL('../../..', import.meta.url).pathname;
let t: TempDatabase;

beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
  // Keep the WAL (this connection stays open, no checkpoint) and grow it past SQLite's shared-memory file.
  t.db.$client.pragma('wal_autocheckpoint = 0');
  const grow = t.db.$client.prepare("INSERT INTO audit_log (at, user_id, chat_id, via, intent, input, outcome) VALUES ('2026-01-01T00:00:00Z', 0, 0, 'test', NULL, ?, 'ignored')");
  for (let i = 0; i < 30; i++) grow.run('x'.repeat(3000));
});
afterEach(() => t.close());

function answerOnAFullDisk(text: string): { status: string; errorId: string | null; text: string } {
  const walKiB = Math.ceil(statSync(`${t.path}-wal`).size / 1024);
  expect(walKiB).toBeGreaterThan(40);
  const result = spawnSync(
    'bash',
    ['-c', `trap '' XFSZ; ulimit -f ${walKiB + 1}; exec "${process.execPath}" --import tsx test/helpers/write-under-full-disk.ts "$0" "$1"`, t.path, text],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { status: string; errorId: string | null; text: string };
}

it('does not say "Subscribed" when the subscription could not be saved', () => {
  const outcome = answerOnAFullDisk('/subscribe');
  expect(outcome.status).toBe('error');
  expect(outcome.errorId).toMatch(/^[0-9a-f]{8}$/);
  expect(outcome.text).not.toMatch(/Subscribed/);
  expect(outcome.text).toContain(outcome.errorId!);
  expect(listSubscriptions(t.db)).toEqual([]);
});

it('shows no reallocation preview number when the preview could not be saved', () => {
  const outcome = answerOnAFullDisk('/reallocate 1 000 000 kazllm cyber-shield — full disk');
  expect(outcome.status).toBe('error');
  expect(outcome.text).not.toMatch(/№|Confirm/);
  expect(t.db.$client.prepare('SELECT COUNT(*) AS n FROM pending_reallocations').get()).toEqual({ n: 0 });
});
