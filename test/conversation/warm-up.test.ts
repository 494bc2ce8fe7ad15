import { afterEach, beforeEach, expect, it } from 'vitest';
import { readLedgerSnapshot } from '../../db/stores/ledger-snapshot-store.js';
import { warmUp } from '../../src/conversation/warm-up.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { createLogger } from '../../src/logging/logger.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
});
afterEach(() => t.close());

const services = () => ({ db: t.db, now: () => new Date('2026-11-30T06:00:00Z'), adminIds: [], log: createLogger('silent') });

it('saves the ledger totals for the next start', () => {
  expect(readLedgerSnapshot(t.db)).toBeUndefined();
  warmUp(services());
  const { seq } = t.db.$client.prepare('SELECT MAX(seq) AS seq FROM transfers').get() as { seq: number };
  expect(readLedgerSnapshot(t.db)?.seq).toBe(seq);
});

it('still builds the indexes when the totals cannot be saved', () => {
  // A write that fails (a full disk, a lock held too long) costs the next start, not this warm-up.
  t.db.$client.exec('CREATE TRIGGER refuse_snapshot BEFORE INSERT ON ledger_index_snapshot BEGIN SELECT RAISE(ABORT, \'no room\'); END');
  const warnings: string[] = [];
  const log = { ...createLogger('silent'), warn: (_: unknown, message: string) => void warnings.push(message), info: () => undefined };
  warmUp({ ...services(), log: log as never });
  expect(readLedgerSnapshot(t.db)).toBeUndefined();
  expect(warnings).toEqual(['the ledger totals were not saved; the next start reads the monthly roll-ups']);
});
