import { z } from 'zod';
import { formatMoneyShort } from '../src/format/money.js';
import type { Lang } from '../src/i18n/lang.js';
import { remainingReserves } from '../src/queries/reserves.js';
import { defineCommand } from './command.js';
import { bold, line, type Block } from './reply.js';

const TEXT = {
  ru: { title: 'Источники финансирования', whole: 'всего', reserved: 'зарезервировано', left: 'свободно' },
  kk: { title: 'Қаржыландыру көздері', whole: 'барлығы', reserved: 'резервте', left: 'бос қалғаны' },
  en: { title: 'Funding sources', whole: 'total', reserved: 'reserved', left: 'left' },
} satisfies Record<Lang, unknown>;

export const sourcesCommand = defineCommand({
  name: 'sources',
  access: 'viewer',
  summary: { ru: 'Источники финансирования', kk: 'Қаржыландыру көздері', en: 'Funding sources' },
  examples: ['/sources'],
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
