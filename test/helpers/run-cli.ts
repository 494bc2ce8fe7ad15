import { spawnSync } from 'node:child_process';

const root = new URL('../..', import.meta.url).pathname;

/** Runs `npm run -s cli -- …` the way a person would (via tsx), against the given database file. */
export function runCli(args: string[], env: Record<string, string>, input?: string): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
