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
