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
import { putIf, readBudgetQuestion, weighted } from '../../src/language/index.js';
import { defineCommand } from '../command.js';
import { bold, line, type Block } from '../../src/reply/reply.js';
import { pageButtons, takePageWord } from '../../src/reply/page-buttons.js';
import { PAGING } from '../../src/i18n/common-text.js';

const TEXT = {
  ru: { title: (d: string) => `Приоритеты на ${d}`, since: (d: string) => `порядок действует с ${d}`, projects: (n: number) => countOf('ru', n, PROJECTS.ru), none: 'На эту дату приоритеты ещё не заданы.' },
  kk: { title: (d: string) => `${locative(d)} басымдықтар`, since: (d: string) => `${ablative(d)} бастап күшінде`, projects: (n: number) => countOf('kk', n, PROJECTS.kk), none: 'Бұл күнге басымдықтар әлі белгіленбеген.' },
  en: { title: (d: string) => `Priorities on ${d}`, since: (d: string) => `in this order since ${d}`, projects: (n: number) => countOf('en', n, PROJECTS.en), none: 'No priorities were set by that date.' },
} satisfies Record<Lang, unknown>;

/** "How much", asking a sum. */
const HOW_MUCH = /^(?:сколько|скока|қанша|канша|much)$/u;

/** Areas per page: each with its button, a phone screen. */
const PAGE = 5;

export const prioritiesCommand = defineCommand({
  name: 'priorities',
  topic: 'projects',
  access: 'viewer',
  visibility: 'menu',
  readOnly: true,
  summary: { ru: 'Приоритеты и средства по каждому направлению', kk: 'Басымдықтар және әрқайсысындағы қаражат', en: 'Priorities and the money under each' },
  examples: { ru: ['/priorities', '/priorities 1 марта'], kk: ['/priorities', '/priorities 1 наурыз'], en: ['/priorities', '/priorities 1 March'] },
  words: {
    lexicon: {
    ru: [...weighted(3, 'приоритет*'), ...weighted(2, 'упор'), ...weighted(1.2, 'направлени*'), ...weighted(0.8, 'важн*', 'главн*')],
    kk: [...weighted(3, 'басымдық*'), ...weighted(2.5, 'басым'), ...weighted(1, 'бағыт*')],
    en: [...weighted(3, 'priorit*'), ...weighted(2.5, 'focus areas'), ...weighted(1.5, 'focus', 'ranked first', 'first place'), ...weighted(1.2, 'area', 'areas'), ...weighted(1, 'most important')],
    },
    // A sum asked of an area the data lacks ("how much is in the X priority area") is for a figures
    // command to say it is not there; an order asked ("какое направление первое") stays this list.
    score: (r, keywords) => (r.tokens.some((t) => HOW_MUCH.test(t.text)) && readBudgetQuestion(r).unknown?.kind === 'priority' ? keywords - 2.5 : keywords),
    args(r) {
      const args: Record<string, unknown> = {};
      putIf(args, 'date', r.date?.date);
      return { args };
    },
  },
  format: ({ date, page }) => [date, page && page > 1 ? `page:${page}` : ''].filter(Boolean).join(' '),
  args: z.object({ date: z.string().refine(isIsoDate, 'date must be YYYY-MM-DD').optional(), page: z.number().int().min(1).max(10_000).optional() }),
  parse(text, context) {
    const { page, rest } = takePageWord(text);
    return { ...(rest ? { date: requireDate(rest, context) } : {}), ...(page ? { page } : {}) };
  },
  run({ date, page: asked }, { services, lang, today }) {
    const t = TEXT[lang];
    const asOf = date ?? today;
    const areas = currentPriorities(services.db, asOf);
    const pages = Math.max(1, Math.ceil(areas.length / PAGE));
    const page = Math.min(asked ?? 1, pages);
    const shown = areas.slice((page - 1) * PAGE, page * PAGE);
    // The ranking's date once, in the title line: the order as it stands since its latest change.
    const latest = areas.reduce<string | null>((d, a) => (d === null || a.since > d ? a.since : d), null);
    const blocks: Block[] = [
      line(bold(t.title(formatDate(asOf, lang))), ...(latest ? [` · ${t.since(formatDate(latest, lang, { year: latest.slice(0, 4) !== asOf.slice(0, 4) }))}`] : []), ...(pages > 1 ? [` · ${PAGING[lang].page(page, pages)}`] : [])),
    ];
    if (areas.length === 0) blocks.push(line(t.none));
    const nameOf = (a: (typeof areas)[number]) => ({ name: a.title, nameKk: a.titleKk, nameEn: a.titleEn });
    for (const area of shown) blocks.push(line(`${area.rank}. `, bold(displayName(nameOf(area), lang)), ` — ${formatMoneyShort(area.balance, lang)}, ${t.projects(area.projects)}`));
    // Each area's button opens its projects; the pages are walked with the last row.
    const nav = pageButtons(lang, page, pages, (n) => `/priorities ${[date, `page:${n}`].filter(Boolean).join(' ')}`);
    return {
      blocks,
      buttons: [...shown.map((a) => [{ label: `${a.rank}. ${localName(nameOf(a), lang)}`, action: `/projects ${a.id}` }]), ...(nav.length > 0 ? [nav] : [])],
      data: { asOf, page, pages, priorities: areas },
    };
  },
});
