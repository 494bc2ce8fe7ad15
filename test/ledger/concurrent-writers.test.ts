import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../db/client.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { accountBalance } from '../../src/ledger/balances.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { smallDataset } from '../helpers/datasets.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  importDataset(t.db, smallDataset());
});
afterEach(() => t.close());

function race(writers: number, attempts: number, amount: number): Promise<number[]> {
  const gate = new SharedArrayBuffer(4);
  const runs = Array.from({ length: writers }, (_, i) => {
    // A worker thread with its own connection; tsx's register lets it load the TypeScript ledger.
    const entry = new URL('../helpers/overdraw-worker.ts', import.meta.url).href;
    const worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`, {
      eval: true,
      workerData: { path: t.path, name: `w${i}`, attempts, amount, gate },
    });
    return new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  });
  setTimeout(() => {
    Atomics.store(new Int32Array(gate), 0, 1);
    Atomics.notify(new Int32Array(gate), 0);
  }, 500);
  return Promise.all(runs);
}

it('lets exactly one of two connections take money that only one can have', async () => {
  const wins = await race(2, 1, 600_000);
  expect(wins.reduce((a, b) => a + b)).toBe(1);
  expect(accountBalance(t.db, 'reserve:budget')).toBe(400_000);
});

it('never overdraws under many racing writers', async () => {
  const wins = await race(3, 40, 30_000);
  // 1 000 000 / 30 000 = 33 transfers fit, whoever gets them.
  expect(wins.reduce((a, b) => a + b)).toBe(33);
  const db = openDatabase(t.path);
  expect(accountBalance(db, 'reserve:budget')).toBe(10_000);
  expect(verifyLedger(db).problems).toEqual([]);
  closeDatabase(db);
});
