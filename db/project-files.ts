import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Files that ship with the project (migrations, the demo data) are found from the project's root,
// not from the running module: `npm start` runs one prebuilt file from .build/, tests and tools the
// sources themselves.

let root: string | undefined;

/** The project's root: the nearest folder up from this module that holds package.json. */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('project root not found (no package.json above the running module)');
    dir = up;
  }
  return (root = dir);
}

/** A path inside the project, e.g. `projectFile('db', 'migrations')`. */
export const projectFile = (...parts: string[]): string => join(projectRoot(), ...parts);
