import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Services } from '../../commands/command.js';
import { handleMessage } from '../../src/conversation/handle-message.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { accountBalance } from '../../src/ledger/balances.js';
import { createLogger } from '../../src/logging/logger.js';
import { replyToPlainText } from '../../src/render/plain-text.js';
import { smallDataset } from '../helpers/datasets.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

const EDITOR = 77;
let t: TempDatabase;
let services: Services;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
  services = { db: t.db, now: () => new Date('2026-11-27T09:00:00Z'), adminIds: [EDITOR], log: createLogger('silent') };
});
afterEach(() => t.close());

const say = (text: string) => handleMessage({ text, user: { id: EDITOR, name: 'E', languageCode: 'en' }, chat: { id: EDITOR, kind: 'private' } }, services);

it('refuses to confirm a preview made on the demo data after an import replaced it, and moves nothing', async () => {
  const preview = await say('/reallocate 1000000 kazllm cyber-shield — made on the demo');
  const confirm = preview.reply.buttons![0]![0]!.action;
  // Real data with accounts of the same names: the preview's figures no longer describe anything real.
  const real = smallDataset([{ id: 'r1', date: '2026-02-01', from: 'reserve:budget', to: 'project:kazllm', amount: 900_000, reason: 'start', actor: 'Board' }]);
  real.projects.push({ id: 'kazllm', name: 'KazLLM (real)', priority: 'ai', status: 'active', owner: 'X' }, { id: 'cyber-shield', name: 'Cyber shield (real)', priority: 'gov', status: 'active', owner: 'Y' });
  expect(importDataset(t.db, real).replacedDemo).toBe(true);
  const outcome = await say(confirm);
  expect(outcome.status).toBe('refused');
  expect(replyToPlainText(outcome.reply)).toMatch(/programme data has been replaced/);
  expect(accountBalance(t.db, 'project:kazllm')).toBe(900_000);
  expect(accountBalance(t.db, 'project:cyber-shield')).toBe(0);
});

it('refuses to confirm a preview whose balances changed since, and says so', async () => {
  const preview = await say('/reallocate 1000000 kazllm cyber-shield');
  const other = await say('/reallocate 5 kazllm ai-schools');
  expect((await say(other.reply.buttons![0]![0]!.action)).status).toBe('answered');
  const outcome = await say(preview.reply.buttons![0]![0]!.action);
  expect(outcome.status).toBe('refused');
  expect(replyToPlainText(outcome.reply)).toMatch(/balances of these accounts have changed since the preview/);
});
