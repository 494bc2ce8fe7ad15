import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { resolveName } from '../../src/queries/resolve-names.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
});
afterEach(() => t.close());

const one = (kind: 'project' | 'source' | 'priority', text: string) => {
  const found = resolveName(t.db, kind, text);
  return found.kind === 'one' ? found.match.id : found.kind;
};

it('finds things by id, exact name, typo, ending, transliteration and the start of a word', () => {
  expect(one('project', 'kazllm')).toBe('kazllm');
  expect(one('project', 'Национальный суперкомпьютер')).toBe('national-supercomputer');
  expect(one('project', 'суперкомпютер')).toBe('national-supercomputer');
  expect(one('project', 'суперкомпьютером')).toBe('national-supercomputer');
  expect(one('project', 'Kiberschit')).toBe('cyber-shield');
  expect(one('project', 'Супер')).toBe('national-supercomputer');
  expect(one('source', 'национальный фонд')).toBe('national-fund');
  expect(one('priority', 'cybersecurity')).toBe('cybersecurity');
  expect(one('project', 'abcd')).toBe('none');
  expect(resolveName(t.db, 'project', 'интернет').kind).toBe('several');
});

it('says "only alike" for a name with a word the thing does not have, and "which one" for words several share', () => {
  expect(resolveName(t.db, 'project', 'умный город')).toMatchObject({ kind: 'several', sure: false });
  expect(resolveName(t.db, 'project', 'ЦОД в Карагандинской области')).toMatchObject({ kind: 'several', sure: false, candidates: [{ id: 'akmola-data-center' }] });
  expect(resolveName(t.db, 'project', 'интернет')).toMatchObject({ kind: 'several', sure: true });
});

it('finds one of ten thousand projects by its name typed loosely, and no other', async () => {
  const { generateDataset } = await import('../../src/bench/generate-dataset.js');
  const { typedName } = await import('../../src/bench/meeting-mix.js');
  const { importDataset } = await import('../../src/dataset/import-dataset.js');
  const big = tempDatabase();
  try {
    const data = generateDataset({ projects: 10_000, transfers: 100, seed: 3 });
    importDataset(big.db, data);
    const wrong: string[] = [];
    for (let i = 0; i < 200; i++) {
      const project = data.projects[(i * 7919) % data.projects.length]!;
      const typed = typedName(project.name, i);
      const found = resolveName(big.db, 'project', typed);
      if (found.kind !== 'one' || found.match.id !== project.id) wrong.push(`${typed} → ${JSON.stringify(found).slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
    // The number of one project with the words of another is not that project.
    const first = data.projects[122]!;
    const other = data.projects.find((p) => p.name.split(' (')[0] !== first.name.split(' (')[0])!;
    const mixed = `${other.name.split(' (')[0]} (${first.name.split('(')[1]}`;
    expect(resolveName(big.db, 'project', mixed)).toMatchObject({ kind: 'several', sure: false });
  } finally {
    big.close();
  }
});
