import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../db/client.js';
import { tempDatabase } from '../helpers/temp-db.js';

const root = new URL('../..', import.meta.url).pathname;

it('migrates a fresh file with the ledger pragmas, owner-only', () => {
  const t = tempDatabase();
  try {
    const pragma = (name: string) => t.db.$client.pragma(name, { simple: true });
    expect(pragma('journal_mode')).toBe('wal');
    expect(pragma('synchronous')).toBe(2); // FULL
    expect(pragma('foreign_keys')).toBe(1);
    expect(pragma('busy_timeout')).toBe(5000);
    const tables = (t.db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['programme', 'macro', 'sources', 'priorities', 'projects', 'accounts', 'transfers']));
    expect(statSync(t.path).mode & 0o777).toBe(0o600);
    // Opening again applies nothing twice.
    closeDatabase(openDatabase(t.path));
  } finally {
    t.close();
  }
});

it('has committed migrations that match the schema (drizzle-kit generate finds no changes)', () => {
  // drizzle-kit takes --out relative to the project, so the copy lives in node_modules/.cache (ignored by git).
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const out = mkdtempSync(join(root, 'node_modules/.cache/migrations-'));
  try {
    cpSync(join(root, 'db/migrations'), out, { recursive: true });
    const before = readdirSync(out).length;
    const printed = execFileSync(join(root, 'node_modules/.bin/drizzle-kit'), ['generate', '--dialect', 'sqlite', '--schema', './db/schema.ts', '--out', relative(root, out)], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(printed).toMatch(/No schema changes/);
    expect(readdirSync(out).length).toBe(before);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
