// Runs at `npm start` (src/setup/start.mjs), before the bot: bundles the bot's TypeScript into one JavaScript file (.build/main.mjs)
// when a source is newer than it, so a start loads compiled code instead of compiling every file
// on the fly (tsx: about a second and a CPU-second at each start). Plain JavaScript: it first makes sure the dependencies are installed.
import './ensure-deps.mjs';
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outfile = join(root, '.build', 'main.mjs');
const SOURCES = ['src', 'commands', 'db'];

/** The newest modification time of a .ts file under `dir`. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (entry.name.endsWith('.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

const built = (() => {
  try {
    return statSync(outfile).mtimeMs;
  } catch {
    return 0;
  }
})();

// Dependencies are bundled too: a fresh install (or a changed lockfile) builds again.
const installed = (() => {
  try {
    return statSync(join(root, 'node_modules', '.package-lock.json')).mtimeMs;
  } catch {
    return Infinity;
  }
})();

// This file's own changes (how the bundle is made) build again too.
const thisFile = statSync(fileURLToPath(import.meta.url)).mtimeMs;

if (installed > built || thisFile > built || SOURCES.some((dir) => newest(join(root, dir)) > built)) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'src', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Pure-JavaScript dependencies are bundled too (date-fns alone is hundreds of files to find and
    // load); native ones stay in node_modules.
    external: ['better-sqlite3', '@resvg/resvg-js', 'esbuild'],
    alias: { 'whatwg-url': join(root, 'src', 'setup', 'whatwg-url-stand-in.ts') },
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    write: false,
    logLevel: 'warning',
  });
  // Written whole, then renamed: starts running at the same time never read half a file.
  mkdirSync(join(root, '.build'), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, result.outputFiles[0].contents);
  renameSync(temporary, outfile);
}
