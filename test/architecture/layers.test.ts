import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

// The layers, bottom up: a file may import its own layer and the ones below, never one above, and
// the imports between files form no cycle. Type-only imports are erased at run time and may point
// anywhere but up.

const root = resolve(new URL('../..', import.meta.url).pathname);

/** The layer of a file, by folder. */
function layerOf(file: string): number {
  const path = relative(root, file);
  if (path.startsWith('db/')) return 0;
  if (path.startsWith('commands/')) return 2;
  if (path.startsWith('src/conversation/')) return 3;
  if (/^src\/(telegram|console|cli|bench|main\.ts)/.test(path)) return 4;
  if (path.startsWith('src/')) return 1;
  throw new Error(`no layer for ${path}`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const files = ['db', 'src', 'commands'].flatMap((dir) => sourceFiles(join(root, dir)));

/** Relative imports of a file: where they point, and whether only types are taken. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  const found: { target: string; typeOnly: boolean }[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+)'/gms)) {
    found.push({ target: resolve(dirname(file), match[2]!.replace(/\.js$/, '.ts')), typeOnly: Boolean(match[1]) });
  }
  return found;
}

it('never imports up the layers (db → src → commands → conversation → transports)', () => {
  const upward: string[] = [];
  for (const file of files) {
    for (const { target, typeOnly } of importsOf(file)) {
      if (!files.includes(target)) continue;
      if (layerOf(target) > layerOf(file) && !(typeOnly && layerOf(file) >= 1 && layerOf(target) <= 2)) upward.push(`${relative(root, file)} → ${relative(root, target)}`);
    }
  }
  expect(upward).toEqual([]);
});

it('has no import cycle', () => {
  const graph = new Map(files.map((file) => [file, importsOf(file).filter((i) => !i.typeOnly && files.includes(i.target)).map((i) => i.target)]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(root, f)).join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of files) visit(file, []);
  expect(cycles).toEqual([]);
});

it('keeps the projection core pure: no database, no clock, no other module at run time', () => {
  for (const file of files.filter((f) => relative(root, f).startsWith('src/projection/'))) {
    const text = readFileSync(file, 'utf8');
    for (const { target, typeOnly } of importsOf(file)) {
      if (!typeOnly) expect(relative(root, target), relative(root, file)).toMatch(/^src\/projection\//);
    }
    expect(text, relative(root, file)).not.toMatch(/new Date\(|Date\.now\(|from 'node:/);
  }
});

it('keeps the language module free of the database and of the clock', () => {
  for (const file of files.filter((f) => relative(root, f).startsWith('src/language/'))) {
    const text = readFileSync(file, 'utf8');
    expect(text, relative(root, file)).not.toMatch(/new Date\(\)|Date\.now\(|db\/stores|db\/client/);
  }
});

it('lets only stores hold SQL, and commands never touch Telegram', () => {
  for (const file of files) {
    const path = relative(root, file);
    const text = readFileSync(file, 'utf8');
    if (!path.startsWith('db/')) expect(text, path).not.toMatch(/\.prepare\(|\$client\.exec\(|from '[^']*\/prepared\.js'/);
    if (path.startsWith('commands/')) expect(text, path).not.toMatch(/from 'telegraf|src\/telegram\//);
  }
});

it('has one test file of each name, each in the folder of what it tests', () => {
  const tests = sourceFilesIn(join(root, 'test')).filter((f) => f.endsWith('.test.ts'));
  const names = tests.map((f) => f.split('/').at(-1));
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
});

function sourceFilesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFilesIn(path) : [path];
  });
}
