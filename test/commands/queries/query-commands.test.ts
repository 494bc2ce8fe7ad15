import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../commands/command.js';
import { exactWords } from '../../../commands/queries/query-command.js';
import { findCommand } from '../../../commands/registry.js';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { seedDemoIfEmpty } from '../../../src/dataset/seed-demo.js';
import { createLogger } from '../../../src/logging/logger.js';
import { GROUPINGS, MEASURES } from '../../../src/queries/budget-query.js';
import { replyToPlainText } from '../../../src/render/plain-text.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

let t: TempDatabase;
let services: Services;
beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
  services = { db: t.db, now: () => new Date('2026-11-30T06:00:00Z'), adminIds: [], log: createLogger('silent') };
});
afterEach(() => t.close());

let chat = 100;
const ask = async (text: string, languageCode = 'ru') => {
  const id = chat++;
  const outcome = await handleMessage({ text, user: { id, name: 'Official', languageCode }, chat: { id, kind: 'private' }, roleOverride: 'viewer' }, services);
  return { ...outcome, text: replyToPlainText(outcome.reply) };
};

describe('long breakdowns', () => {
  it('come a phone screen at a time; Next and Back walk every row', async () => {
    const first = await ask('/spent по администраторам');
    const all = (first.reply.data as { rows: unknown[] }).rows.length;
    expect(all).toBeGreaterThan(6);
    const seen: string[] = [];
    let reply = first.reply;
    for (let pages = 0; pages < 5; pages++) {
      const lines = replyToPlainText(reply).split('\n').filter((l) => !l.startsWith('['));
      expect(lines.length).toBeLessThanOrEqual(9);
      seen.push(...lines.filter((l) => l.startsWith('• ')));
      const next = reply.buttons?.flat().find((b) => b.label.endsWith('›'));
      if (!next) break;
      reply = (await ask(next.action)).reply;
    }
    expect(new Set(seen).size).toBe(all);
    // Back from the last page leads to the one before it; from page 2 that is the first page's rows.
    const bullets = (r: typeof reply) => replyToPlainText(r).split('\n').filter((l) => l.startsWith('• '));
    const back = reply.buttons!.flat().find((b) => b.label.startsWith('‹'))!;
    expect(back.action).toMatch(/page:1$|by:administrator$/);
    expect(bullets((await ask(back.action)).reply)).toEqual(bullets(first.reply));
  });
});

describe('charts of breakdowns', () => {
  it('offers a 📊 button under a breakdown; pressed, the same figures come as a bar chart', async () => {
    const { reply } = await ask('/spent по направлениям');
    const button = reply.buttons!.flat().find((b) => b.label.startsWith('📊'))!;
    const pressed = await ask(button.action);
    const bars = pressed.reply.chart?.bars;
    const rows = (reply.data as { rows: { key: string; value: number }[] }).rows;
    expect(bars?.rows.map((r) => r.value)).toEqual(rows.map((r) => r.value));
    expect(bars?.title).toBe('Израсходовано · за всё время (по 30 ноября 2026) · вся программа · по направлениям');
    expect(pressed.reply.chart?.caption).toBe(bars?.title);
    // The reserves by source and the administrators' execution have one as well.
    for (const text of ['/reserved', '/administrators']) expect((await ask(text)).reply.buttons?.flat().some((b) => b.label.startsWith('📊')), text).toBe(true);
    // One figure has nothing to chart.
    expect((await ask('/spent')).reply.buttons?.flat().some((b) => b.label.startsWith('📊')) ?? false).toBe(false);
  });
});

describe('words it could not place', () => {
  it('answers around them and says which words it did not use', async () => {
    const { text } = await ask('сколько неосвоенных денег сейчас болтается на проектах');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Остаток у проектов · на 30 ноября 2026 · вся программа');
    expect(lines[1]).toBe('Не учёл слова «болтается»');
    expect(text).toContain('303,8 млрд ₸');
  });

  it('says a date that does not exist back, instead of answering for today', async () => {
    for (const [text, lang, said] of [
      ['/reserved 31.02.2026', 'ru', /^Такой даты нет: «31\.02\.2026»/],
      ['сколько потрачено на 30 февраля', 'ru', /^Такой даты нет: «30 февраля»/],
      ['/savings 31.04.2026', 'en', /^There is no such date: “31\.04\.2026”/],
    ] as const) {
      const asked = await ask(text, lang);
      expect(asked.status, text).toBe('refused');
      expect(asked.text, text).toMatch(said);
      expect(asked.text, text).not.toContain('₸');
    }
  });

  it('still says a named thing is not there', async () => {
    const { reply } = await ask('сколько потратило Министерство спорта');
    expect(reply.data?.notFound).toBe(true);
    expect(replyToPlainText(reply)).not.toContain('₸');
  });
});

describe('the slash commands of the query layer', () => {
  it('answers with what was understood, then the figure', async () => {
    const { text } = await ask('/spent март');
    expect(text.split('\n')[0]).toBe('Израсходовано · март 2026 · вся программа');
    expect(text).toContain('177,2 млрд ₸ (177 200 000 000 ₸)');
    expect((await ask('/execution по направлениям')).text).toMatch(/Кибербезопасность — 30,5 %/);
    expect((await ask('/balance топ 3')).text.split('\n').slice(1)).toEqual([
      '• Широкополосный интернет в сёлах — 66,6 млрд ₸ (66 600 000 000 ₸)',
      '• Киберщит: центр мониторинга угроз — 66 млрд ₸ (66 000 000 000 ₸)',
      '• Национальный суперкомпьютер — 52,65 млрд ₸ (52 650 000 000 ₸)',
    ]);
  });

  it('reads a query written out exactly as it wrote it, for any query', () => {
    const spent = findCommand('spent')!;
    const context = { lang: 'ru', user: { id: 1, role: 'viewer', name: '' }, chat: { id: 1, kind: 'private' }, services, today: '2026-11-30', commands: [] } as never;
    const day = fc.date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.record(
          {
            scope: fc.oneof(fc.constant({ kind: 'programme' as const }), fc.record({ kind: fc.constantFrom('project' as const, 'source' as const, 'area' as const, 'administrator' as const), id: fc.constantFrom('kazllm', 'national-fund', 'КНБ и МЦРИАП', 'Astana Hub') })),
            measure: fc.constantFrom(...MEASURES),
            period: fc.oneof(day.map((date) => ({ kind: 'asOf' as const, date })), fc.tuple(day, day).map(([from, to]) => ({ kind: 'range' as const, from, to, grain: 'days' as const }))),
            groupBy: fc.constantFrom(...GROUPINGS),
            rank: fc.oneof(
              fc.record({ order: fc.constantFrom('top' as const, 'bottom' as const), n: fc.integer({ min: 1, max: 50 }), nonZero: fc.constant(true as const) }, { requiredKeys: ['order', 'n'] }),
              fc.constant({ zero: true as const }),
              fc.constant({ nonZero: true as const }),
            ),
            via: fc.constantFrom('national-fund', 'republican-budget'),
            also: fc.uniqueArray(fc.constantFrom(...MEASURES), { minLength: 1, maxLength: 3 }),
          },
          { requiredKeys: ['measure'] },
        ),
        (args) => {
          expect(spent.args.parse(spent.parse(exactWords(args), context))).toEqual(args);
        },
      ),
    );
  });
});

describe('never about something else', () => {
  it('says a project is not in the data and offers the closest names', async () => {
    const smart = await ask('Сколько выделено на проект «Умный город»?');
    expect(smart.status).toBe('refused');
    expect(smart.text).toMatch(/^«Умный город» нет среди проектов программы\. Похожие:/);
    expect(smart.text).not.toMatch(/₸/);
    expect(smart.reply.buttons?.flat().map((b) => b.action)).toContain('/received project:smart-data-ukimet measure:received');
    expect((await ask('/project KazGPT')).text).toMatch(/KazGPT/);
    const karaganda = await ask('остаток ЦОД в Карагандинской области');
    expect(karaganda.text).toMatch(/^«ЦОД в Карагандинской области» нет среди проектов программы/);
  });

  it('asks which one when the words fit several things, and answers the one pressed', async () => {
    const both = await ask('сколько потратил интернет');
    const buttons = both.reply.buttons!.flat();
    expect(buttons.map((b) => b.label).sort()).toEqual(['Спутниковый интернет для отдалённых посёлков', 'Широкополосный интернет в сёлах']);
    const pressed = await ask(buttons.find((b) => b.label.startsWith('Широкополосный'))!.action);
    expect(pressed.text).toContain('53,4 млрд ₸');
  });
});

describe('what a project passed on, asked from one source', () => {
  it('is answered whole with a line saying it is not split by source, not as a zero', async () => {
    const answer = await ask('сколько ЦОД в Акмолинской области передал другим проектам из денег Нацфонда');
    expect(answer.args).toMatchObject({ via: 'national-fund', measure: 'reallocated' });
    expect(answer.text).toContain('30 млрд ₸');
    expect(answer.text).toContain('по источникам не делится');
  });
});
