import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDatabase, DatabaseOpenError, openDatabase, withBulkCache } from '../../db/client.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const openFails = (path: string, options = {}): string => {
  try {
    closeDatabase(openDatabase(path, options));
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseOpenError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('opened');
};

it('names the problem in one line: a folder, a file that is not SQLite, a missing file to read', () => {
  expect(openFails(dir)).toMatch(/is a folder: give the path of a file/);
  const text = join(dir, 'notes.txt');
  writeFileSync(text, 'these are not the budget figures\n'.repeat(200));
  expect(openFails(text)).toMatch(/is not a SQLite database/);
  expect(openFails(join(dir, 'missing.db'), { readOnly: true })).toMatch(/does not exist/);
});

it('opens a migrated file read-only, and refuses to read one that needs migrating', () => {
  const path = join(dir, 'budget.db');
  closeDatabase(openDatabase(path));
  const readOnly = openDatabase(path, { readOnly: true });
  expect(readOnly.$client.readonly).toBe(true);
  closeDatabase(readOnly);
  const bare = join(dir, 'bare.db');
  writeFileSync(bare, '');
  expect(openFails(bare, { readOnly: true })).toMatch(/older version of the bot: open it once with write access/);
});

it('keeps a small page cache for everyday reads and a larger one only while a bulk write runs', () => {
  const db = openDatabase(join(dir, 'budget.db'));
  const cache = () => db.$client.pragma('cache_size', { simple: true });
  try {
    expect(cache()).toBe(-4096);
    expect(withBulkCache(db, cache)).toBe(-16384);
    expect(cache()).toBe(-4096);
    expect(() =>
      withBulkCache(db, () => {
        throw new Error('the import failed');
      }),
    ).toThrow('the import failed');
    expect(cache()).toBe(-4096);
  } finally {
    closeDatabase(db);
  }
});
