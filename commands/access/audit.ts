import { z } from 'zod';
import { recentAudit } from '../../src/audit/audit-log.js';
import { astanaDateTime } from '../../src/format/iso-date.js';
import type { Lang } from '../../src/i18n/lang.js';
import { defineCommand, sameExamples } from '../command.js';
import { bold, code, line, type Block } from '../../src/reply/reply.js';

const TEXT = {
  ru: { title: 'Журнал действий (время астанинское)', none: 'Записей нет.' },
  kk: { title: 'Әрекеттер журналы (Астана уақыты)', none: 'Жазба жоқ.' },
  en: { title: 'Audit log (Astana time)', none: 'No entries.' },
} satisfies Record<Lang, unknown>;

const DEFAULT_COUNT = 20;
const MAX_COUNT = 100;

export const auditCommand = defineCommand({
  name: 'audit',
  access: 'admin',
  visibility: 'menu',
  readOnly: true,
  summary: { ru: 'Журнал действий (админ)', kk: 'Әрекеттер журналы (әкімші)', en: 'Audit log (admin)' },
  examples: sameExamples('/audit', '/audit 50', '/audit 20 123456789'),
  args: z.object({ n: z.number().int().min(1).max(MAX_COUNT).optional(), user: z.number().int().optional() }),
  parse(text) {
    const [n, user] = text.trim().split(/\s+/).filter(Boolean).map((w) => (/^\d{1,16}$/.test(w) ? Number(w) : NaN));
    return { ...(n !== undefined ? { n: Math.min(MAX_COUNT, n) } : {}), ...(user !== undefined ? { user } : {}) };
  },
  run({ n, user }, { services, lang }) {
    const entries = recentAudit(services.db, { limit: n ?? DEFAULT_COUNT, userId: user });
    const blocks: Block[] = [line(bold(TEXT[lang].title))];
    if (entries.length === 0) blocks.push(line(TEXT[lang].none));
    for (const e of entries) {
      blocks.push(line(`${astanaDateTime(new Date(e.at))} · ${e.userId} · ${e.via} · ${e.intent ?? '—'} · ${e.outcome}${e.errorId ? ` #${e.errorId}` : ''}: `, code(e.input.slice(0, 80))));
    }
    return { blocks, data: { entries } };
  },
});
