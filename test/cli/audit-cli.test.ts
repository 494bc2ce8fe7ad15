import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'audit-cli-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('lists what ask did in the audit log', () => {
  const env = { DATABASE_PATH: join(dir, 'budget.db') };
  expect(runCli(['ask', '/sources'], env).code).toBe(0);
  expect(runCli(['ask', 'сколько осталось в резерве?'], env).code).toBe(0);
  const result = runCli(['audit', '--json', '--limit', '5'], env);
  expect(result.code).toBe(0);
  const entries = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { intent: string; via: string; outcome: string });
  expect(entries.map((e) => [e.intent, e.via, e.outcome])).toEqual([
    ['reserved', 'console/message', 'answered'],
    ['sources', 'console/message', 'answered'],
  ]);
  expect(runCli(['audit', '--limit', 'lots'], env).stderr).toMatch(/--limit must be a whole number/);
});
