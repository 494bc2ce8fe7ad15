import { afterEach, beforeEach, expect, it } from 'vitest';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { importDataset } from '../../../src/dataset/import-dataset.js';
import { createLogger } from '../../../src/logging/logger.js';
import { replyToPlainText } from '../../../src/render/plain-text.js';
import { smallDataset } from '../../helpers/datasets.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

// "How many projects does X run": the list of one administrator's projects, with their count.

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  const data = smallDataset();
  data.projects = [
    { id: 'a', name: 'Passenger app', priority: 'ai', status: 'active', owner: 'Almaty International Airport JSC' },
    { id: 'b', name: 'Baggage tracking', priority: 'ai', status: 'planned', owner: 'Almaty International Airport JSC' },
    { id: 'c', name: 'Weather stations', priority: 'gov', status: 'active', owner: 'Kazhydromet' },
  ];
  importDataset(t.db, data);
});
afterEach(() => t.close());

const ask = async (text: string) => {
  const outcome = await handleMessage(
    { text, user: { id: 5, name: '', languageCode: 'en' }, chat: { id: 5, kind: 'private' }, roleOverride: 'viewer' },
    { db: t.db, now: () => new Date('2026-11-30T06:00:00Z'), adminIds: [], log: createLogger('silent') },
  );
  return { text: replyToPlainText(outcome.reply), data: outcome.reply.data as { administrator?: string; total?: number } | undefined };
};

it('lists an administrator’s projects when a question names it', async () => {
  const reply = await ask('how many projects does Kazhydromet run');
  expect(reply.data).toMatchObject({ administrator: 'Kazhydromet', total: 1 });
  expect(reply.text).toContain('Weather stations');
  expect(reply.text).not.toContain('Passenger app');
});

it('takes an administrator after /projects when no area has that name, and says when nothing has it', async () => {
  const reply = await ask('/projects Almaty airport');
  expect(reply.data).toMatchObject({ administrator: 'Almaty International Airport JSC', total: 2 });
  expect((await ask('/projects Astana airport')).text).toMatch(/No status, priority area or administrator/);
});
