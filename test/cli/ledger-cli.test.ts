import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXAMPLE_DATASET_PATH, smallDataset } from '../helpers/datasets.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
let env: Record<string, string>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-'));
  env = { DATABASE_PATH: join(dir, 'budget.db') };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('imports, reports balances (also as of a date), verifies and exports', () => {
  const imported = runCli(['import', EXAMPLE_DATASET_PATH.pathname], env);
  expect(imported.code).toBe(0);
  expect(imported.stdout).toMatch(/35 transfers recorded/);

  const balances = runCli(['balances', '--json'], env);
  expect(balances.code).toBe(0);
  const parsed = JSON.parse(balances.stdout) as Record<string, number>;
  expect(parsed['reserve:republican-budget']).toBe(235_700_000_000);
  expect(parsed.spent).toBe(356_700_000_000);
  expect(balances.stdout.trim().split('\n')).toHaveLength(1);

  const early = JSON.parse(runCli(['balances', '--json', '--as-of', '2026-01-21'], env).stdout) as Record<string, number>;
  expect(early['project:national-supercomputer']).toBe(300_000_000_000);
  expect(early.spent).toBe(0);

  const verified = runCli(['verify'], env);
  expect(verified.code).toBe(0);
  expect(verified.stdout).toMatch(/^OK: 35 transfers/);

  const exported = runCli(['export'], env);
  expect(exported.code).toBe(0);
  expect((JSON.parse(exported.stdout) as { transfers: unknown[] }).transfers).toHaveLength(35);
});

it('refuses a broken file with the place and reason, exit ≠ 0, no stack trace', () => {
  const data = smallDataset([{ id: 'x', date: '2026-03-01', from: 'reserve:budget', to: 'project:a', amount: -3, reason: '', actor: '' }]);
  const file = join(dir, 'broken.json');
  writeFileSync(file, JSON.stringify(data));
  const result = runCli(['import', file], { DATABASE_PATH: join(dir, 'other.db') });
  expect(result.code).not.toBe(0);
  expect(result.stderr).toMatch(/transfers\[0\]\.amount: must be a positive whole number of tenge/);
  expect(result.stderr).not.toMatch(/\s+at\s/);
});

it('explains bad options', () => {
  const result = runCli(['balances', '--as-of', '31.02.2026'], env);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/--as-of must be a real date written YYYY-MM-DD/);
  expect(runCli(['frobnicate'], env).stderr).toMatch(/Unknown command "frobnicate"/);
});

it('ends quietly when the reader of its output goes away (`… | head`)', () => {
  const root = new URL('../..', import.meta.url).pathname;
  const piped = spawnSync('bash', ['-c', `"${process.execPath}" --import tsx src/cli/main.ts scenario --compare 1,2,3,4,5,6 --horizon 100 --json | head -c 100`], {
    cwd: root,
    env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(Buffer.byteLength(piped.stdout)).toBe(100);
  expect(piped.stderr).not.toMatch(/EPIPE|Error|at /);
});
