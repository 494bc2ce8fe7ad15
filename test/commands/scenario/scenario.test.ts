import { afterEach, beforeEach, expect, it } from 'vitest';
import { replyToPlainText } from '../../../src/render/plain-text.js';
import { seedDemoIfEmpty } from '../../../src/dataset/seed-demo.js';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { createLogger } from '../../../src/logging/logger.js';
import { projectScenario } from '../../../src/projection/index.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
});
afterEach(() => t.close());

const ask = (text: string) =>
  handleMessage(
    { text, user: { id: 1, name: '', languageCode: 'en' }, chat: { id: 1, kind: 'private' }, roleOverride: 'viewer' },
    { db: t.db, now: () => new Date('2026-11-27T09:00:00Z'), adminIds: [], log: createLogger('silent') },
  );

const base = { baseYear: 2025, baseGdp: 150_000_000_000_000, baselineGrowthPct: 5 };

it('takes share, years and multiplier in that order, with the macro row as the base', async () => {
  const outcome = await ask('/scenario 6 4 2.5');
  expect(outcome.args).toEqual({ share: 6, years: 4, multiplier: 2.5 });
  expect(outcome.reply.data.totals).toEqual(projectScenario({ ...base, investmentSharePct: 6, investmentYears: 4, multiplier: 2.5 }).totals);
  expect(outcome.reply.chart?.scenarios).toHaveLength(1);
});

it('compares rising shares, comma lists and presets', async () => {
  expect((await ask('/scenario 4 5 6')).args).toEqual({ compare: [4, 5, 6] });
  expect((await ask('/scenario 4, 5')).args).toEqual({ compare: [4, 5] });
  expect((await ask('/scenario 4,5')).args).toEqual({ share: 4.5 });
  expect((await ask('/scenario ministry imf-2020')).args).toEqual({ compare: ['ministry', 'imf-2020'] });
  const preset = await ask('/scenario conservative');
  expect(preset.args).toEqual({ preset: 'conservative' });
  expect((preset.reply.data as { input: { multiplier: number } }).input.multiplier).toBe(1);
});

it('says which field is out of range, never NaN', async () => {
  for (const [text, message] of [
    ['/scenario 500', /share of GDP must be a number from -50 to 100 \(got 500\)/],
    ['/scenario 5 0', /number of years must be a whole number from 1 to 50/],
    ['/scenario 5 3 -1', /multiplier must be a number from 0 to 50/],
    ['/scenario lots', /can't read "lots"/],
  ] as const) {
    const outcome = await ask(text);
    expect(outcome.status).toBe('refused');
    const shown = replyToPlainText(outcome.reply);
    expect(shown).toMatch(message);
    expect(shown).not.toMatch(/NaN/);
  }
});

it('answers in a few lines for a phone, the chart captioned, and the year table behind a button that fits a phone too', async () => {
  const outcome = await ask('/scenario 5 3 5');
  const text = replyToPlainText(outcome.reply);
  const lines = text.split('\n').filter((l) => !l.startsWith('['));
  expect(lines.length).toBeLessThanOrEqual(5);
  expect(outcome.reply.blocks.some((b) => 'pre' in b)).toBe(false);
  expect(outcome.reply.chart?.caption).toBe('5% of GDP');
  const button = outcome.reply.buttons!.flat()[0]!;
  expect(button.label).toMatch(/Table/);
  const table = await ask(button.action);
  const pre = table.reply.blocks.find((b): b is { pre: string } => 'pre' in b)!;
  expect(pre.pre.split('\n').length).toBe(11);
  for (const row of pre.pre.split('\n')) expect(row.length).toBeLessThanOrEqual(32);
  expect(table.reply.chart).toBeUndefined();
});

it('compares scenarios in a line each, no table, the chart captioned with what it compares', async () => {
  const outcome = await ask('/scenario 4 5 6');
  const lines = replyToPlainText(outcome.reply).split('\n');
  expect(lines.length).toBeLessThanOrEqual(8);
  expect(outcome.reply.blocks.some((b) => 'pre' in b)).toBe(false);
  expect(lines.filter((l) => l.startsWith('• '))).toHaveLength(3);
  expect(outcome.reply.chart?.caption).toBe('4% of GDP · 5% of GDP · 6% of GDP');
});
