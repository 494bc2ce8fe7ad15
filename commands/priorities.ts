import { z } from 'zod';
import { formatDate } from '../src/format/dates.js';
import { isIsoDate } from '../src/format/iso-date.js';
import { formatMoneyShort } from '../src/format/money.js';
import type { Lang } from '../src/i18n/lang.js';
import { currentPriorities } from '../src/queries/priorities.js';
import { requireDate } from './argument-parsing.js';
import { defineCommand } from './command.js';
import { bold, line, type Block } from './reply.js';

const TEXT = {
  ru: { title: (d: string) => `Приоритеты на ${d}`, since: (d: string) => `с ${d}`, projects: (n: number) => `проектов: ${n}`, none: 'На эту дату приоритеты ещё не заданы.' },
  kk: { title: (d: string) => `${d} күнгі басымдықтар`, since: (d: string) => `${d} бастап`, projects: (n: number) => `жобалар: ${n}`, none: 'Бұл күнге басымдықтар әлі белгіленбеген.' },
  en: { title: (d: string) => `Priorities on ${d}`, since: (d: string) => `since ${d}`, projects: (n: number) => `${n} projects`, none: 'No priorities were set by that date.' },
} satisfies Record<Lang, unknown>;

export const prioritiesCommand = defineCommand({
  name: 'priorities',
  access: 'viewer',
  summary: { ru: 'Приоритеты и деньги под каждым', kk: 'Басымдықтар және әрқайсысындағы қаражат', en: 'Priorities and the money under each' },
  examples: ['/priorities', '/priorities 2026-03-01'],
  args: z.object({ date: z.string().refine(isIsoDate, 'date must be YYYY-MM-DD').optional() }),
  parse: (text, context) => (text.trim() ? { date: requireDate(text, context) } : {}),
  run({ date }, { services, lang, today }) {
    const t = TEXT[lang];
    const asOf = date ?? today;
    const areas = currentPriorities(services.db, asOf);
    const blocks: Block[] = [line(bold(t.title(formatDate(asOf, lang))))];
    if (areas.length === 0) blocks.push(line(t.none));
    for (const area of areas) {
      blocks.push(line(`${area.rank}. `, bold(area.title), ` — ${formatMoneyShort(area.balance, lang)}, ${t.projects(area.projects)} (${t.since(formatDate(area.since, lang))})`));
    }
    return {
      blocks,
      buttons: areas.slice(0, 6).map((a) => [{ label: `${a.rank}. ${a.title}`, action: `/projects ${a.id}` }]),
      data: { asOf, priorities: areas },
    };
  },
});
