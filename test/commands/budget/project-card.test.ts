import { afterEach, beforeEach, expect, it } from 'vitest';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { seedDemoIfEmpty } from '../../../src/dataset/seed-demo.js';
import { createLogger } from '../../../src/logging/logger.js';
import { replyToPlainText } from '../../../src/render/plain-text.js';
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
  expect(reply.buttons!.flat().map((b) => b.action)).toContain('/history 10 kazllm');
});

it('/history shows a screen of movements and a button for more', async () => {
  const { reply, lines } = await ask('/history');
  expect(lines.filter((l) => l.startsWith('• '))).toHaveLength(7);
  expect(reply.buttons!.flat()).toEqual([{ label: 'Показать больше', action: '/history 14' }]);
  const more = await ask('/history 14');
  expect(more.lines.filter((l) => l.startsWith('• '))).toHaveLength(14);
});
