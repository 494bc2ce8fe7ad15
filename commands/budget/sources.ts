import { z } from 'zod';
import { formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { remainingReserves } from '../../src/queries/reserves.js';
import { weighted } from '../../src/language/index.js';
import { defineCommand, sameExamples } from '../command.js';
import { bold, line, type Block } from '../../src/reply/reply.js';

const TEXT = {
  ru: { title: 'Источники финансирования', whole: 'всего', reserved: 'зарезервировано', left: 'свободно' },
  kk: { title: 'Қаржыландыру көздері', whole: 'барлығы', reserved: 'резервте', left: 'бос қалғаны' },
  en: { title: 'Funding sources', whole: 'total', reserved: 'reserved', left: 'left' },
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
      ...weighted(2.5, 'откуда'),
      ...weighted(1.2, 'финансирован*', 'финансирует*'),
    ],
    kk: [...weighted(3, 'көзі*', 'көздер*'), ...weighted(2.5, 'қайдан'), ...weighted(1.2, 'қаржыландыр*')],
    en: [
      ...weighted(3, 'source*', 'who funds', 'who pays', 'who is paying', 'who finances', 'paying for'),
      ...weighted(2.5, 'come from', 'comes from', 'coming from'),
      ...weighted(1.2, 'funding', 'funded', 'financed', 'financing'),
    ],
    },
  },
  args: z.object({}),
  parse: () => ({}),
  run(_args, { services, lang, today }) {
    const t = TEXT[lang];
    const { sources } = remainingReserves(services.db, today);
    const blocks: Block[] = [line(bold(t.title))];
    for (const s of sources) {
      blocks.push(line(bold(s.name), ` (${s.id})`));
      blocks.push(
        line(`   ${t.whole} ${formatMoneyShort(s.amount, lang)} · ${t.reserved} ${formatMoneyShort(s.reserved, lang)} · ${t.left} `, bold(formatMoneyShort(s.remaining, lang))),
      );
    }
    return { blocks, data: { asOf: today, sources } };
  },
});
