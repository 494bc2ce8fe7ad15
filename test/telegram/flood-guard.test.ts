import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { FloodGuard } from '../../src/telegram/flood-guard.js';
import { botHarness } from '../helpers/bot-harness.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

it('lets the limit through, warns once, then drops until the window clears', () => {
  let now = 0;
  const guard = FloodGuard.fromSpec('3/10s', () => now);
  expect([1, 2, 3].map(() => guard.check(1))).toEqual(['pass', 'pass', 'pass']);
  expect(guard.check(1)).toBe('warn');
  expect(guard.check(1)).toBe('drop');
  expect(guard.check(2)).toBe('pass');
  now = 10_001;
  expect(guard.check(1)).toBe('pass');
});

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
});
afterEach(() => {
  vi.restoreAllMocks();
  t.close();
});

it('sends one polite notice to a flooding user and keeps answering others', async () => {
  const h = botHarness(t, { adminIds: [1, 2] });
  const flooder = { id: 1, language_code: 'en' };
  let answered = 0;
  let notices = 0;
  for (let i = 0; i < 40; i++) {
    const texts = h.texts(await h.send(flooder, '/sources'));
    answered += texts.filter((x) => x.includes('Funding sources')).length;
    notices += texts.filter((x) => x.includes('Too many messages')).length;
  }
  expect(answered).toBe(20);
  expect(notices).toBe(1);
  expect(h.texts(await h.send({ id: 2, language_code: 'en' }, '/sources'))[0]).toMatch(/Funding sources/);
});
