import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { replyToHtmlMessages } from '../../src/render/telegram-html.js';
import { COMMANDS } from '../../commands/registry.js';
import type { Services } from '../../commands/command.js';
import { handleMessage } from '../../src/conversation/handle-message.js';
import { allBalances } from '../../src/ledger/balances.js';
import { createLogger } from '../../src/logging/logger.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

// Thousands of random and hostile strings through the parser and every command, as an admin (the role
// that reaches the most code): nothing throws, nothing fails unexpectedly, every reply fits Telegram,
// and no balance moves (moving money needs a confirmation button, which no text can press).

const CORPUS = JSON.parse(readFileSync(new URL('../fixtures/hostile-inputs.json', import.meta.url), 'utf8')) as string[];

let t: TempDatabase;
let services: Services;
let before: Record<string, number>;
beforeAll(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
  services = { db: t.db, now: () => new Date('2026-11-27T09:00:00Z'), adminIds: [1], log: createLogger('silent') };
  before = allBalances(t.db);
});
afterAll(() => t.close());

async function expectSafeAnswer(text: string): Promise<void> {
  const outcome = await handleMessage({ text, user: { id: 1, name: 'Admin', languageCode: 'ru' }, chat: { id: 1, kind: 'private' } }, services);
  expect(outcome.status, `"${text.slice(0, 80)}" failed: ${JSON.stringify(outcome.reply.blocks).slice(0, 200)}`).not.toBe('error');
  if (outcome.status === 'ignored') return;
  const messages = replyToHtmlMessages(outcome.reply);
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.trim().length).toBeGreaterThan(0);
    expect(message.length).toBeLessThanOrEqual(4096);
  }
}

it('answers every input of the hostile corpus politely', async () => {
  for (const text of CORPUS) await expectSafeAnswer(text);
  expect(allBalances(t.db)).toEqual(before);
});

const hostileString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(...CORPUS),
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.string({ maxLength: 20 }).map((s) => s.repeat(1000)),
);

it('answers random strings after every command, and as plain text', async () => {
  const names = COMMANDS.map((c) => c.name);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom('', ...names), hostileString, async (name, junk) => {
      await expectSafeAnswer(name ? `/${name} ${junk}` : junk);
    }),
    { numRuns: 3000 },
  );
  expect(allBalances(t.db)).toEqual(before);
}, 300_000);
