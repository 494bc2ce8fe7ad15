import { ablative, locative } from '../../src/i18n/kazakh-case.js';
import { countOf, PROJECTS } from '../../src/i18n/plural.js';
import { z } from 'zod';
import { formatDate } from '../../src/format/dates.js';
import { isIsoDate } from '../../src/format/iso-date.js';
import { formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { displayName, localName } from '../../src/i18n/local-names.js';
import { currentPriorities } from '../../src/queries/priorities.js';
import { requireDate } from '../arguments.js';
import { putIf, weighted } from '../../src/language/index.js';
import { defineCommand } from '../command.js';
import { bold, line, type Block } from '../../src/reply/reply.js';

const TEXT = {
  ru: { title: (d: string) => `Приоритеты на ${d}`, since: (d: string) => `с ${d}`, projects: (n: number) => countOf('ru', n, PROJECTS.ru), none: 'На эту дату приоритеты ещё не заданы.' },
  kk: { title: (d: string) => `${locative(d)} басымдықтар`, since: (d: string) => `${ablative(d)} бастап`, projects: (n: number) => countOf('kk', n, PROJECTS.kk), none: 'Бұл күнге басымдықтар әлі белгіленбеген.' },
  en: { title: (d: string) => `Priorities on ${d}`, since: (d: string) => `since ${d}`, projects: (n: number) => countOf('en', n, PROJECTS.en), none: 'No priorities were set by that date.' },
} satisfies Record<Lang, unknown>;

export const prioritiesCommand = defineCommand({
  name: 'priorities',
  access: 'viewer',
  visibility: 'menu',
  readOnly: true,
  summary: { ru: 'Приоритеты и средства по каждому направлению', kk: 'Басымдықтар және әрқайсысындағы қаражат', en: 'Priorities and the money under each' },
  examples: { ru: ['/priorities', '/priorities 1 марта'], kk: ['/priorities', '/priorities 1 наурыз'], en: ['/priorities', '/priorities 1 March'] },
  words: {
    lexicon: {
    ru: [...weighted(3, 'приоритет*'), ...weighted(2, 'упор'), ...weighted(1.2, 'направлени*'), ...weighted(0.8, 'важн*', 'главн*')],
    kk: [...weighted(3, 'басымдық*'), ...weighted(2.5, 'басым'), ...weighted(1, 'бағыт*')],
    en: [...weighted(3, 'priorit*'), ...weighted(2.5, 'focus areas'), ...weighted(1.5, 'focus'), ...weighted(1, 'most important')],
    },
    args(r) {
      const args: Record<string, unknown> = {};
      putIf(args, 'date', r.date?.date);
      return { args };
    },
  },
  format: ({ date }) => date ?? '',
  args: z.object({ date: z.string().refine(isIsoDate, 'date must be YYYY-MM-DD').optional() }),
  parse: (text, context) => (text.trim() ? { date: requireDate(text, context) } : {}),
  run({ date }, { services, lang, today }) {
    const t = TEXT[lang];
    const asOf = date ?? today;
    const areas = currentPriorities(services.db, asOf);
    const blocks: Block[] = [line(bold(t.title(formatDate(asOf, lang))))];
    if (areas.length === 0) blocks.push(line(t.none));
    for (const area of areas) {
      blocks.push(line(`${area.rank}. `, bold(displayName({ name: area.title, nameKk: area.titleKk, nameEn: area.titleEn }, lang)), ` — ${formatMoneyShort(area.balance, lang)}, ${t.projects(area.projects)} (${t.since(formatDate(area.since, lang))})`));
    }
    return {
      blocks,
      buttons: areas.slice(0, 6).map((a) => [{ label: `${a.rank}. ${localName({ name: a.title, nameKk: a.titleKk, nameEn: a.titleEn }, lang)}`, action: `/projects ${a.id}` }]),
      data: { asOf, priorities: areas },
    };
  },
});
