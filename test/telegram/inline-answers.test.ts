import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { grantRole, preferredLang } from '../../src/access/users.js';
import { formatMoneyShort } from '../../src/format/money.js';
import { remainingReserves } from '../../src/queries/reserves.js';
import { projectSummary } from '../../src/queries/project-summary.js';
import { botHarness } from '../helpers/bot-harness.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

let t: TempDatabase;
let h: ReturnType<typeof botHarness>;
const VIEWER = { id: 2, language_code: 'ru' };

beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
  grantRole(t.db, VIEWER.id, 'viewer', 1, new Date());
  h = botHarness(t);
});
afterEach(() => {
  vi.restoreAllMocks();
  t.close();
});

type Results = { results: { title: string; input_message_content: { message_text: string } }[]; cache_time: number; is_personal: boolean; button?: { text: string } };

it('answers a plain question inline with a ready-to-send card, personal and short-lived', async () => {
  const answer = (await h.inline(VIEWER, 'сколько осталось в резерве')) as unknown as Results;
  expect(answer.is_personal).toBe(true);
  expect(answer.cache_time).toBeLessThanOrEqual(30);
  expect(answer.results).toHaveLength(1);
  const total = remainingReserves(t.db, '2026-11-27').total;
  expect(answer.results[0]!.input_message_content.message_text).toContain(formatMoneyShort(total, 'ru'));
});

it('answers commands inline too', async () => {
  const answer = (await h.inline(VIEWER, '/project kazllm')) as unknown as Results;
  expect(answer.results[0]!.input_message_content.message_text).toContain(formatMoneyShort(projectSummary(t.db, 'kazllm')!.balance, 'ru'));
});

it('gives a stranger no results, only a way to ask for access', async () => {
  const answer = (await h.inline({ id: 77 }, 'reserve')) as unknown as Results;
  expect(answer.results).toEqual([]);
  expect(answer.button?.text).toContain('77');
});

it('never changes anything from inline mode', async () => {
  const answer = (await h.inline(VIEWER, '/lang en')) as unknown as Results;
  expect(answer.results[0]!.input_message_content.message_text).toMatch(/только в чате/);
  expect(preferredLang(t.db, VIEWER.id)).toBeNull();
});
