import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { AuditLog, recentAudit, type AuditEntry } from '../../src/audit/audit-log.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

// The audit log is written in batches through a connection of its own: what the ledger's
// connection (and so another process) sees, and when.

const root = new URL('../..', import.meta.url).pathname;
let t: TempDatabase;
let audit: AuditLog | null = null;

beforeEach(() => (t = tempDatabase()));
afterEach(() => {
  audit?.close();
  audit = null;
  t.close();
});

const entry = (n: number): AuditEntry => ({ userId: n, chatId: n, via: 'private/message', intent: 'reserved', input: `/reserved ${n}`, outcome: 'answered' });
const storedUsers = () => recentAudit(t.db, { limit: 100 }).map((e) => e.userId);

it('writes an entry within its wait, without a flush', async () => {
  audit = new AuditLog(t.path, { flushAfterMs: 20 });
  audit.record(entry(1));
  audit.record(entry(2));
  await vi.waitFor(() => expect(storedUsers()).toEqual([2, 1]), { timeout: 10_000, interval: 20 });
});

it('writes at once when a batch is full', () => {
  // A wait no test reaches: only the batch size can have written them.
  audit = new AuditLog(t.path, { flushAfterMs: 3_600_000, maxBatch: 3 });
  audit.record(entry(1));
  audit.record(entry(2));
  expect(storedUsers()).toEqual([]);
  audit.record(entry(3));
  expect(storedUsers()).toEqual([3, 2, 1]);
});

it('shows the waiting entries to its own readers (the /audit command)', () => {
  audit = new AuditLog(t.path, { flushAfterMs: 3_600_000 });
  audit.record(entry(7));
  expect(audit.recent({ limit: 5 }).map((e) => e.userId)).toEqual([7]);
  expect(audit.recent({ limit: 5, userId: 8 })).toEqual([]);
});

it('keeps a refused batch and writes it with the next one, reporting the failure', () => {
  const failures: number[] = [];
  audit = new AuditLog(t.path, { flushAfterMs: 3_600_000, onError: (_error, waiting) => failures.push(waiting) });
  // A disk that refuses the writes, as far as this table is concerned.
  t.db.$client.exec("CREATE TRIGGER refuse BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END");
  audit.record(entry(1));
  audit.flush();
  audit.record(entry(2));
  audit.flush();
  expect(failures).toEqual([1, 2]);
  expect(storedUsers()).toEqual([]);
  t.db.$client.exec('DROP TRIGGER refuse');
  audit.record(entry(3));
  audit.flush();
  expect(storedUsers()).toEqual([3, 2, 1]);
});

it('tries a refused batch again by itself, without waiting for another entry', async () => {
  audit = new AuditLog(t.path, { flushAfterMs: 3_600_000, retryAfterMs: 20, onError: () => undefined });
  t.db.$client.exec("CREATE TRIGGER refuse BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END");
  audit.record(entry(1));
  audit.flush();
  expect(storedUsers()).toEqual([]);
  t.db.$client.exec('DROP TRIGGER refuse');
  await vi.waitFor(() => expect(storedUsers()).toEqual([1]), { timeout: 10_000, interval: 20 });
});

it('drops only an entry the database refuses on its own, and says so', () => {
  const failures: number[] = [];
  audit = new AuditLog(t.path, { flushAfterMs: 3_600_000, onError: (_error, waiting) => failures.push(waiting) });
  t.db.$client.exec("CREATE TRIGGER refuse_one BEFORE INSERT ON audit_log WHEN NEW.user_id = 2 BEGIN SELECT RAISE(ABORT, 'bad row'); END");
  for (const n of [1, 2, 3]) audit.record(entry(n));
  audit.flush();
  expect(storedUsers()).toEqual([3, 1]);
  expect(failures).toEqual([0]);
  audit.record(entry(4));
  audit.flush();
  expect(storedUsers()).toEqual([4, 3, 1]);
});

it('reports an entry recorded after it was closed, instead of keeping it', () => {
  const failures: unknown[] = [];
  const closed = new AuditLog(t.path, { onError: (error) => failures.push(error) });
  closed.close();
  closed.record(entry(9));
  expect(failures).toHaveLength(1);
  expect(storedUsers()).toEqual([]);
});

it('writes what is waiting when the process ends, even on an uncaught error', () => {
  const script = `
    import { AuditLog } from './src/audit/audit-log.ts';
    const audit = new AuditLog(process.argv[1], { flushAfterMs: 3_600_000 });
    audit.record({ userId: 41, chatId: 41, via: 'private/message', intent: null, input: 'hi', outcome: 'ignored' });
    throw new Error('crash');
  `;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, t.path], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain('crash');
  expect(storedUsers()).toEqual([41]);
});
