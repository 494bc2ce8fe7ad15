import { afterEach, beforeEach, expect, it } from 'vitest';
import { AuditLog } from '../../../src/audit/audit-log.js';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { importDataset } from '../../../src/dataset/import-dataset.js';
import { createLogger } from '../../../src/logging/logger.js';
import { replyToPlainText } from '../../../src/render/plain-text.js';
import type { Reply } from '../../../src/reply/reply.js';
import { smallDataset } from '../../helpers/datasets.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

// Lists longer than a phone screen come a page at a time, and every item is reachable with Next.

let t: TempDatabase;
let audit: AuditLog;
beforeEach(() => {
  t = tempDatabase();
  audit = new AuditLog(t.path);
  const data = smallDataset();
  data.sources = Array.from({ length: 9 }, (_, i) => ({ id: `s${i}`, name: `Source ${i}`, amount: 1_000_000 * (i + 1), reserved: 100_000 * (i + 1) }));
  data.priorities = Array.from({ length: 7 }, (_, i) => ({ id: `area${i}`, title: `Area ${i}`, rank: i + 1, since: '2026-01-01' }));
  data.projects = [{ id: 'a', name: 'Project A', priority: 'area0', status: 'active', owner: 'X' }];
  importDataset(t.db, data);
});
afterEach(() => {
  audit.close();
  t.close();
});

const ask = async (text: string, role: 'viewer' | 'admin' = 'viewer') => {
  const outcome = await handleMessage(
    { text, user: { id: 5, name: '', languageCode: 'en' }, chat: { id: 5, kind: 'private' }, roleOverride: role },
    { db: t.db, now: () => new Date('2026-11-30T06:00:00Z'), adminIds: [], log: createLogger('silent'), audit },
  );
  return outcome.reply;
};
const linesOf = (reply: Reply) => replyToPlainText(reply).split('\n').filter((l) => !l.startsWith('['));

/** Every line of every page, following Next from the first page. */
async function walk(first: string, role: 'viewer' | 'admin' = 'viewer'): Promise<string[]> {
  const seen: string[] = [];
  let reply = await ask(first, role);
  for (let pages = 0; pages < 20; pages++) {
    expect(linesOf(reply).length).toBeLessThanOrEqual(8);
    seen.push(...linesOf(reply).slice(1));
    const next = reply.buttons?.flat().find((b) => b.label === 'Next ›');
    if (!next) break;
    reply = await ask(next.action, role);
  }
  return seen;
}

it('/sources pages through every source, each with a button to its reserve', async () => {
  const seen = await walk('/sources');
  for (let i = 0; i < 9; i++) expect(seen.some((l) => l.startsWith(`• Source ${i} — `))).toBe(true);
  const first = await ask('/sources');
  expect(first.buttons!.flat().map((b) => b.action)).toContain('/reserved s0');
  expect(linesOf(first)[0]).toMatch(/page 1 of 2/);
});

it('/priorities pages through every area, each with a button to its projects', async () => {
  const seen = await walk('/priorities');
  for (let i = 0; i < 7; i++) expect(seen.some((l) => l.startsWith(`${i + 1}. Area ${i} — `))).toBe(true);
  expect((await ask('/priorities page:2')).buttons!.flat().map((b) => b.action)).toContain('/projects area6');
});

it('/audit pages through the log, and a count caps it', async () => {
  for (let i = 0; i < 9; i++) await ask(`/sources page:${i}`);
  const seen = await walk('/audit', 'admin');
  expect(seen.filter((l) => l.includes('/sources page:')).length).toBe(9);
  const capped = await walk('/audit 4', 'admin');
  expect(capped).toHaveLength(4);
});
