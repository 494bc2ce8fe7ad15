import { closeSync, openSync, writeSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../db/client.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
});
afterEach(() => t.close());

it('passes a sound database, with what was recognised and reinvested', () => {
  expect(verifyLedger(t.db)).toMatchObject({ problems: [], transfers: 45, recognised: 23_700_000_000, reinvested: 23_700_000_000 });
});

it('reports a physically damaged file instead of saying OK', () => {
  // Overwrite the pages that hold the ledger's rows (the schema stays readable, the rows do not).
  const pages = t.db.$client.prepare("SELECT pageno FROM dbstat WHERE name = 'transfers' AND pagetype = 'leaf'").all() as { pageno: number }[];
  const pageSize = t.db.$client.pragma('page_size', { simple: true }) as number;
  t.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  closeDatabase(t.db);
  const fd = openSync(t.path, 'r+');
  for (const { pageno } of pages) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (pageno - 1) * pageSize);
  closeSync(fd);
  t.db = openDatabase(t.path, { readOnly: true });
  const report = verifyLedger(t.db);
  expect(report.problems.length).toBeGreaterThan(0);
  expect(report.problems[0]).toMatch(/^the database file is damaged: /);
});

it('reports a monthly roll-up that no longer says what the transfers say', () => {
  t.db.$client.prepare("UPDATE monthly_flows SET out_spent = out_spent + 1 WHERE account = 'project:kazllm' AND month = '2026-03'").run();
  expect(verifyLedger(t.db).problems).toEqual(['monthly roll-up of project:kazllm for 2026-03 differs from its transfers']);
});
