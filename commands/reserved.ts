import { z } from 'zod';
import { formatDate } from '../src/format/dates.js';
import { isIsoDate } from '../src/format/iso-date.js';
import { formatMoneyShort, formatPercent } from '../src/format/money.js';
import type { Lang } from '../src/i18n/lang.js';
import { remainingReserves } from '../src/queries/reserves.js';
import { resolveOrAsk, splitTrailingDate } from './argument-parsing.js';
import { defineCommand } from './command.js';
import { bold, line, type Block, type Inline } from './reply.js';

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
  summary: { ru: 'Остаток зарезервированных средств', kk: 'Резервтегі қалған қаражат', en: 'Reserved money left' },
  examples: ['/reserved', '/reserved national-fund', '/reserved 01.03.2026'],
  args,
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
