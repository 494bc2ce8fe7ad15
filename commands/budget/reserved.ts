import { z } from 'zod';
import { formatDate } from '../../src/format/dates.js';
import { isIsoDate } from '../../src/format/iso-date.js';
import { formatMoneyShort, formatPercent } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { remainingReserves } from '../../src/queries/reserves.js';
import { resolveOrAsk, splitTrailingDate } from '../arguments.js';
import { namedIds, putIf, weighted, withChoices } from '../../src/language/index.js';
import { defineCommand } from '../command.js';
import { bold, line, type Block, type Inline } from '../../src/reply/reply.js';

// "231 млрд ₸ из 620 млрд ₸" / "620 млрд ₸ ішінен 231 млрд ₸" / "₸231 bn of ₸620 bn": the left part in bold.
const LEFT_OF: Record<Lang, (left: string, reserved: string) => Inline[]> = {
  ru: (left, reserved) => [bold(left), ` из ${reserved}`],
  kk: (left, reserved) => [`${reserved} ішінен `, bold(left)],
  en: (left, reserved) => [bold(left), ` of ${reserved}`],
};

const TEXT = {
  ru: { title: (d: string) => `Свободный резерв на ${d}`, total: 'Всего', noSource: (s: string) => `Источник «${s}» не найден. Список: /sources` },
  kk: { title: (d: string) => `${d} күнгі бос резерв`, total: 'Жиыны', noSource: (s: string) => `«${s}» көзі табылмады. Тізім: /sources` },
  en: { title: (d: string) => `Reserved funds left on ${d}`, total: 'Total', noSource: (s: string) => `No source "${s}". See /sources` },
} satisfies Record<Lang, unknown>;

const args = z.object({
  source: z.string().max(200).optional(),
  date: z.string().refine(isIsoDate, 'date must be YYYY-MM-DD').optional(),
});

export const reservedCommand = defineCommand({
  name: 'reserved',
  access: 'viewer',
  visibility: 'menu',
  readOnly: true,
  summary: { ru: 'Остаток зарезервированных средств', kk: 'Резервтегі қалған қаражат', en: 'Reserved money left' },
  examples: { ru: ['/reserved', '/reserved national-fund', '/reserved 01.03.2026'], kk: ['/reserved', '/reserved national-fund', '/reserved 01.03.2026'], en: ['/reserved', '/reserved national-fund', '/reserved 2026-03-01'] },
  args,
  words: {
    lexicon: {
    ru: [
      ...weighted(3, 'резерв*', 'зарезервир*'),
      ...weighted(1.5, 'остат*', 'осталось', 'остался', 'остались', 'запас*'),
      ...weighted(2.5, 'нераспредел*', 'не распредел*', 'не выделен*', 'не распределили', 'можно распределить'),
      ...weighted(1, 'свободн*', 'доступн*', 'баланс*'),
    ],
    kk: [
      ...weighted(3, 'резерв*'),
      ...weighted(1.5, 'қалды*', 'қалған*', 'қалдық*'),
      ...weighted(2.5, 'бөлінбеген*', 'бөлінбе*'),
      ...weighted(1, 'бос', 'баланс*'),
    ],
    en: [
      ...weighted(3, 'reserv*'),
      ...weighted(1.5, 'remaining', 'remain*', 'left'),
      ...weighted(2.5, 'unallocated', 'not allocated', 'not yet allocated'),
      ...weighted(1, 'available', 'balance', 'spare', 'free'),
    ],
    },
    // A source named is a question about its reserve.
    score: (r, keywords) => keywords + (namedIds(r, 'source').length > 0 ? 1.5 : 0),
    args(r) {
      const ids = namedIds(r, 'source');
      const args: Record<string, unknown> = {};
      putIf(args, 'source', ids[0]);
      putIf(args, 'date', r.date?.date);
      return withChoices(args, 'source', ids);
    },
  },
  format: ({ source, date }) => [source, date].filter(Boolean).join(' '),
  parse(text, context) {
    const { rest, date } = splitTrailingDate(text, context.today);
    return { ...(rest ? { source: rest } : {}), ...(date ? { date } : {}) };
  },
  run({ source, date }, context) {
    const { services, lang, today } = context;
    const asOf = date ?? today;
    const sourceId = source
      ? resolveOrAsk(context, 'source', source, (id) => `/reserved ${id} ${asOf}`, (s, l) => TEXT[l].noSource(s)).id
      : undefined;
    const reserves = remainingReserves(services.db, asOf, sourceId);
    const t = TEXT[lang];
    const share = (remaining: number, reserved: number) => (reserved > 0 ? ` (${formatPercent((remaining / reserved) * 100, lang, 1)})` : '');
    const blocks: Block[] = [line(bold(t.title(formatDate(asOf, lang))))];
    const leftOf = (left: number, reserved: number) => [...LEFT_OF[lang](formatMoneyShort(left, lang), formatMoneyShort(reserved, lang)), share(left, reserved)];
    for (const s of reserves.sources) blocks.push(line(`• ${s.name}: `, ...leftOf(s.remaining, s.reserved)));
    if (reserves.sources.length > 1) blocks.push(line(`${t.total}: `, ...leftOf(reserves.total, reserves.totalReserved)));
    return { blocks, data: { ...reserves } };
  },
});
