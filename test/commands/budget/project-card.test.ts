import { afterEach, beforeEach, expect, it } from 'vitest';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { seedDemoIfEmpty } from '../../../src/dataset/seed-demo.js';
import { createLogger } from '../../../src/logging/logger.js';
import { replyToPlainText } from '../../../src/render/plain-text.js';
import { recordTransfer } from '../../../src/ledger/record-transfer.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
});
afterEach(() => t.close());

const ask = async (text: string) => {
  const outcome = await handleMessage(
    { text, user: { id: 1, name: '', languageCode: 'ru' }, chat: { id: 1, kind: 'private' }, roleOverride: 'viewer' },
    { db: t.db, now: () => new Date('2026-11-30T06:00:00Z'), adminIds: [], log: createLogger('silent') },
  );
  return { reply: outcome.reply, lines: replyToPlainText(outcome.reply).split('\n').filter((l) => !l.startsWith('[')) };
};

it('a project card fits a phone, and its movements name only the other side', async () => {
  const { reply, lines } = await ask('/project kazllm');
  expect(lines.length).toBeLessThanOrEqual(8);
  const movements = lines.filter((l) => l.startsWith('• '));
  expect(movements).toHaveLength(2);
  for (const m of movements) expect(m).not.toContain('Казахоязычная языковая модель KazLLM');
  expect(movements[0]).toMatch(/^• 20 ноября 2026 · 3,125 млрд ₸ → расходы/);
  expect(reply.buttons!.flat().map((b) => b.action)).toContain('/history kazllm');
});

it('/history shows a screen of movements; Next and Back walk every one of them', async () => {
  const first = await ask('/history');
  expect(first.lines.filter((l) => l.startsWith('• '))).toHaveLength(5);
  expect(first.reply.buttons!.flat()).toEqual([{ label: 'Дальше ›', action: expect.stringMatching(/^\/history page:2 upto:\d+$/) }]);
  const seen = new Set<string>();
  let page = first;
  for (let i = 0; i < 20; i++) {
    expect(page.lines.length).toBeLessThanOrEqual(8);
    for (const l of page.lines.filter((l) => l.startsWith('• '))) seen.add(l);
    const next = page.reply.buttons?.flat().find((b) => b.label === 'Дальше ›');
    if (!next) break;
    page = await ask(next.action);
  }
  const all = t.db.$client.prepare('SELECT COUNT(*) AS n FROM transfers').get() as { n: number };
  expect(seen.size).toBe(all.n);
  const back = page.reply.buttons!.flat().find((b) => b.label === '‹ Назад')!;
  expect(back.action).toMatch(/^\/history( page:\d+)? upto:\d+$/);
});

it('/history N caps the whole list, a project\'s history pages too', async () => {
  const capped = await ask('/history 7 page:2');
  expect(capped.lines.filter((l) => l.startsWith('• '))).toHaveLength(2);
  expect(capped.reply.buttons!.flat().map((b) => b.label)).toEqual(['‹ Назад']);
  const project = await ask('/history kazllm');
  expect(project.lines.filter((l) => l.startsWith('• ')).length).toBeGreaterThan(0);
  expect(project.reply.buttons).toBeUndefined();
});

it('/history pages stay put when a transfer is recorded while someone reads them', async () => {
  const first = await ask('/history');
  const next = first.reply.buttons!.flat().find((b) => b.label === 'Дальше ›')!;
  const before = (await ask(next.action)).lines;
  recordTransfer(t.db, { id: 'late', date: '2026-11-29', from: 'project:kazllm', to: 'spent', amount: 1_000_000, reason: 'Оплата', actor: 'Казначейство' });
  expect((await ask(next.action)).lines).toEqual(before);
  expect((await ask('/history')).lines[1]).toMatch(/^• 29 ноября 2026 · 1 млн ₸/);
});
