import { afterAll, expect, it } from 'vitest';
import { generateDataset } from '../../src/bench/generate-dataset.js';
import { projectByName } from '../../src/bench/meeting-mix.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { resolveName } from '../../src/queries/resolve-names.js';
import { tempDatabase } from '../helpers/temp-db.js';

// The bench asks `/project` with names typed loosely and stops at the first wrong answer: each of
// its ways of typing must find the one project, or the bench cannot run at all.

const t = tempDatabase();
afterAll(() => t.close());

it('finds every project the bench names loosely (lower case, no punctuation, a letter dropped, cut short)', () => {
  const dataset = generateDataset({ projects: 1500, transfers: 200 });
  importDataset(t.db, dataset);
  const projects = dataset.projects.map(({ id, name, owner }) => ({ id, name, owner: owner ?? '' }));
  const wrong: string[] = [];
  for (let i = 0; i < 400; i++) {
    const { text, id } = projectByName(projects, i);
    const found = resolveName(t.db, 'project', text.replace(/^\/project /, ''));
    if (found.kind !== 'one' || found.match.id !== id) wrong.push(`${text} → ${found.kind === 'one' ? found.match.id : found.kind}`);
  }
  expect(wrong).toEqual([]);
}, 60_000);
