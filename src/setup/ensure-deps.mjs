// Runs before `npm start`, `npm test`, `npm run cli` and `npm run bench` so a fresh clone needs no
// separate install step. Plain JavaScript: it must run before any dependency exists.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');

const upToDate = existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs;
if (!upToDate) {
  process.stderr.write('Installing dependencies from package-lock.json (first run only)…\n');
  // stdout goes to stderr so a piped console chat or `npm run -s cli` prints only its answers.
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: ['ignore', 2, 2] });
}
