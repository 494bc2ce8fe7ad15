import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../db/client.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';

// A database on a read-only mount, or a file the process may not write: reading commands work, the
// bot says in one line why it cannot start. As root (which may write anything) the commands run as
// "nobody"; otherwise the permissions alone make the file read-only.

const root = new URL('../..', import.meta.url).pathname;
const asRoot = process.getuid?.() === 0;
let dir: string;
let path: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-only-'));
  path = join(dir, 'budget.db');
  const db = openDatabase(path);
  seedDemoIfEmpty(db);
  closeDatabase(db);
  chmodSync(path, 0o444);
  chmodSync(dir, 0o555);
});
afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: path, LOG_LEVEL: 'silent', TSX_TSCONFIG_PATH: join(root, 'tsconfig.json') },
    encoding: 'utf8',
    timeout: 60_000,
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

it('verifies, lists balances and exports a read-only database', () => {
  const verify = run(['src/cli/main.ts', 'verify']);
  expect(verify.stderr).toBe('');
  expect(verify.stdout).toMatch(/^OK: 45 transfers/);
  expect(verify.code).toBe(0);
  const balances = run(['src/cli/main.ts', 'balances', '--json']);
  expect(JSON.parse(balances.stdout)).toMatchObject({ spent: 419_925_000_000 });
  const exported = run(['src/cli/main.ts', 'export']);
  expect(JSON.parse(exported.stdout).transfers).toHaveLength(45);
});

it('refuses to start the bot on it with one line saying why', () => {
  const start = run(['src/main.ts']);
  expect(start.code).toBe(2);
  expect(start.stderr.trim().split('\n')).toHaveLength(1);
  expect(start.stderr).toMatch(/^Cannot start: cannot write the database .*verify, balances and export work on a read-only file/);
});
