import { z } from 'zod';
import { formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { displayName } from '../../src/i18n/local-names.js';
import { remainingReserves } from '../../src/queries/reserves.js';
import { weighted } from '../../src/language/index.js';
import { defineCommand, sameExamples } from '../command.js';
import { bold, line, type Block } from '../../src/reply/reply.js';

const TEXT = {
  ru: { title: 'Источники финансирования', whole: 'всего', reserved: 'зарезервировано', left: 'свободно', total: 'Все источники' },
  kk: { title: 'Қаржыландыру көздері', whole: 'барлығы', reserved: 'резервте', left: 'бос қалғаны', total: 'Барлық көздер' },
  en: { title: 'Funding sources', whole: 'total', reserved: 'reserved', left: 'left', total: 'All sources' },
} satisfies Record<Lang, unknown>;

export const sourcesCommand = defineCommand({
  name: 'sources',
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
    // "Из каких источников финансируется суперкомпьютер" asks for that project's money by source.
    score: (r, keywords) => keywords - (r.mentions.some((m) => m.matches[0]?.kind !== 'source' && (m.matches[0]?.score ?? 0) >= 0.8) ? 2 : 0),
  },
  args: z.object({}),
  parse: () => ({}),
  run(_args, { services, lang, today }) {
    const t = TEXT[lang];
    const { sources } = remainingReserves(services.db, today);
    const blocks: Block[] = [line(bold(t.title))];
    const figures = (amount: number, reserved: number, remaining: number) =>
      line(`   ${t.whole} ${formatMoneyShort(amount, lang)} · ${t.reserved} ${formatMoneyShort(reserved, lang)} · ${t.left} `, bold(formatMoneyShort(remaining, lang)));
    for (const s of sources) blocks.push(line(bold(displayName(s, lang)), ` (${s.id})`), figures(s.amount, s.reserved, s.remaining));
    const total = sources.reduce((sum, s) => ({ amount: sum.amount + s.amount, reserved: sum.reserved + s.reserved, remaining: sum.remaining + s.remaining }), { amount: 0, reserved: 0, remaining: 0 });
    if (sources.length > 1) blocks.push(line(bold(t.total)), figures(total.amount, total.reserved, total.remaining));
    return { blocks, data: { asOf: today, sources, total } };
  },
});
