import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../commands/command.js';
import { upsertUser } from '../../db/stores/access-store.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { createLogger } from '../../src/logging/logger.js';
import { loadQuestions, report, score, type Score } from '../helpers/meeting-questions.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

// Questions officials ask in meetings, on the demo data, "today" being 30 November 2026.

const NOW = new Date('2026-11-30T06:00:00Z');
let t: TempDatabase;
let services: Services;
beforeAll(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db, NOW);
  services = { db: t.db, now: () => NOW, adminIds: [], log: createLogger('silent') };
  // Every asker is a viewer.
  for (let id = 1000; id <= 3000; id += 1) upsertUser(t.db, { telegramId: id, role: 'viewer', grantedBy: null, grantedAt: '2026-01-01' });
});
afterAll(() => t.close());

describe('meeting questions', () => {
  it('answers every public example (test/fixtures/meeting/meeting-questions.public.jsonl)', async () => {
    const result = await score(services, loadQuestions(new URL('../fixtures/meeting/meeting-questions.public.jsonl', import.meta.url)));
    console.log(report('public', result));
    expect(result.failures.map((f) => f.question.q)).toEqual([]);
  });

  it('answers the own set in each language (≥ 90 %)', async () => {
    const result: Score = await score(services, loadQuestions(new URL('../fixtures/meeting/meeting-questions.own.jsonl', import.meta.url)));
    console.log(report('own', result));
    for (const [lang, s] of Object.entries(result.byLang)) expect(s.ok / s.total, lang).toBeGreaterThanOrEqual(0.9);
  });
});
