import { z } from 'zod';
import { formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { displayName, localName } from '../../src/i18n/local-names.js';
import { remainingReserves } from '../../src/queries/reserves.js';
import { asksRanking, weighted } from '../../src/language/index.js';
import { defineCommand, sameExamples } from '../command.js';
import { bold, line, type Block, type Inline } from '../../src/reply/reply.js';
import { pageButtons, takePageWord } from '../../src/reply/page-buttons.js';
import { PAGING } from '../../src/i18n/common-text.js';

const TEXT = {
  ru: { title: 'Источники финансирования', total: 'Все источники', figures: (free: Inline, reserved: string, whole: string) => ['свободно ', free, ` из ${reserved} резерва (всего ${whole})`] },
  kk: { title: 'Қаржыландыру көздері', total: 'Барлық көздер', figures: (free: Inline, reserved: string, whole: string) => [`резерв ${reserved}, оның бос қалғаны `, free, ` (барлығы ${whole})`] },
  en: { title: 'Funding sources', total: 'All sources', figures: (free: Inline, reserved: string, whole: string) => [free, ` free of ${reserved} reserved (${whole} in all)`] },
} satisfies Record<Lang, unknown>;

/** Sources per page: with the title and the total, a phone screen. */
const PAGE = 6;

export const sourcesCommand = defineCommand({
  name: 'sources',
  topic: 'money',
  access: 'viewer',
  visibility: 'menu',
  readOnly: true,
  summary: { ru: 'Источники финансирования', kk: 'Қаржыландыру көздері', en: 'Funding sources' },
  examples: sameExamples('/sources'),
  words: {
    lexicon: {
    ru: [
      ...weighted(3, 'источник*', 'кто финансирует', 'за счет чего', 'из каких средств'),
      ...weighted(4, 'из каких источников', 'какие источники'),
      ...weighted(2.5, 'откуда'),
      ...weighted(1.2, 'финансирован*', 'финансирует*'),
    ],
    kk: [...weighted(3, 'көзі*', 'көздер*'), ...weighted(4, 'қандай көздер*', 'қай көздер*'), ...weighted(2.5, 'қайдан'), ...weighted(1.2, 'қаржыландыр*')],
    en: [
      ...weighted(3, 'source*', 'who funds', 'who pays', 'who is paying', 'who finances', 'paying for'),
      ...weighted(4, 'which sources', 'what sources'),
      ...weighted(2.5, 'come from', 'comes from', 'coming from'),
      ...weighted(1.2, 'funding', 'funded', 'financed', 'financing'),
    ],
    },
    // "Из каких источников финансируется суперкомпьютер" asks for that project's money by source;
    // "which source has given the least" asks for figures ranked, not for the list.
    score: (r, keywords) => keywords - (r.mentions.some((m) => m.matches[0]?.kind !== 'source' && (m.matches[0]?.score ?? 0) >= 0.8) ? 2 : 0) - (asksRanking(r) ? 2 : 0),
  },
  args: z.object({ page: z.number().int().min(1).max(10_000).optional() }),
  parse: (text) => {
    const { page } = takePageWord(text);
    return page ? { page } : {};
  },
  format: ({ page }) => (page && page > 1 ? `page:${page}` : ''),
  run({ page: asked }, { services, lang, today }) {
    const t = TEXT[lang];
    const { sources } = remainingReserves(services.db, today);
    const pages = Math.max(1, Math.ceil(sources.length / PAGE));
    const page = Math.min(asked ?? 1, pages);
    const shown = sources.slice((page - 1) * PAGE, page * PAGE);
    // One line a source: what is free of its reserve, then the reserve and the whole source.
    const figures = (reserved: number, remaining: number, amount: number): Inline[] =>
      [' — ', ...t.figures(bold(formatMoneyShort(remaining, lang)), formatMoneyShort(reserved, lang), formatMoneyShort(amount, lang))];
    const blocks: Block[] = [line(bold(t.title), ...(pages > 1 ? [` · ${PAGING[lang].page(page, pages)}`] : []))];
    for (const s of shown) blocks.push(line('• ', displayName(s, lang), ...figures(s.reserved, s.remaining, s.amount)));
    const total = sources.reduce((sum, s) => ({ amount: sum.amount + s.amount, reserved: sum.reserved + s.reserved, remaining: sum.remaining + s.remaining }), { amount: 0, reserved: 0, remaining: 0 });
    if (sources.length > 1) blocks.push(line(bold(t.total), ...figures(total.reserved, total.remaining, total.amount)));
    // Each source's button opens its reserve; the pages are walked with the last row.
    const buttons = [
      ...shown.map((s) => [{ label: localName(s, lang), action: `/reserved ${s.id}` }]),
      ...[pageButtons(lang, page, pages, (n) => `/sources page:${n}`)].filter((row) => row.length > 0),
    ];
    return { blocks, buttons, data: { asOf: today, sources, total, page, pages } };
  },
});
