import { z } from 'zod';
import { recentAudit } from '../../src/audit/audit-log.js';
import { astanaDateTime } from '../../src/format/iso-date.js';
import type { Lang } from '../../src/i18n/lang.js';
import { defineCommand, sameExamples } from '../command.js';
import { bold, code, line, type Block } from '../../src/reply/reply.js';
import { pageButtons, takePageWord } from '../../src/reply/page-buttons.js';
import { logPageWords, readLogPage, takeUpToWord } from '../../src/reply/log-pages.js';
import { PAGING } from '../../src/i18n/common-text.js';

const TEXT = {
  ru: { title: 'Журнал действий (время астанинское)', none: 'Записей нет.' },
  kk: { title: 'Әрекеттер журналы (Астана уақыты)', none: 'Жазба жоқ.' },
  en: { title: 'Audit log (Astana time)', none: 'No entries.' },
} satisfies Record<Lang, unknown>;

/** Entries per page: a phone screen; `n` caps how many in all. */
const PAGE = 6;
const MAX_COUNT = 1000;

interface AuditArgs {
  n?: number | undefined;
  user?: number | undefined;
  page?: number | undefined;
  upTo?: number | undefined;
}

/** The words after /audit that ask for these arguments (what the page buttons run). */
const auditWords = ({ n, user, page, upTo }: AuditArgs): string =>
  // The user is the second number: with no count given, the cap stands in front of it.
  [...(n !== undefined || user !== undefined ? [n ?? MAX_COUNT] : []), ...(user !== undefined ? [user] : []), ...logPageWords(page, upTo)].join(' ');

export const auditCommand = defineCommand({
  name: 'audit',
  topic: 'access',
  access: 'admin',
  visibility: 'menu',
  readOnly: true,
  summary: { ru: 'Журнал действий (админ)', kk: 'Әрекеттер журналы (әкімші)', en: 'Audit log (admin)' },
  examples: sameExamples('/audit', '/audit 50', '/audit 20 123456789'),
  args: z.object({
    n: z.number().int().min(1).max(MAX_COUNT).optional(),
    user: z.number().int().optional(),
    page: z.number().int().min(1).max(100_000).optional(),
    // The newest entry of the first page: later pages count from it, whatever was logged since.
    upTo: z.number().int().min(0).optional(),
  }),
  format: (args) => auditWords(args),
  parse(text) {
    const { page, rest: words } = takePageWord(text);
    const { upTo, rest } = takeUpToWord(words);
    const [n, user] = rest.split(/\s+/).filter(Boolean).map((w) => (/^\d{1,16}$/.test(w) ? Number(w) : NaN));
    return { ...(n !== undefined ? { n: Math.min(MAX_COUNT, n) } : {}), ...(user !== undefined ? { user } : {}), ...(page ? { page } : {}), ...(upTo !== undefined ? { upTo } : {}) };
  },
  run({ n, user, page = 1, upTo }, { services, lang }) {
    // The bot's own log also holds the entries still waiting to be written.
    const read = (limit: number, offset: number) =>
      services.audit ? services.audit.recent({ limit, offset, userId: user, upTo }) : recentAudit(services.db, { limit, offset, userId: user, upTo });
    const { items: entries, more } = readLogPage({ page, pageSize: PAGE, cap: n, read });
    const blocks: Block[] = [line(bold(TEXT[lang].title), ...(page > 1 ? [` · ${PAGING[lang].pageOnly(page)}`] : []))];
    if (entries.length === 0) blocks.push(line(TEXT[lang].none));
    for (const e of entries) {
      blocks.push(line(`${astanaDateTime(new Date(e.at))} · ${e.userId} · ${e.via} · ${e.intent ?? '—'} · ${e.outcome}${e.errorId ? ` #${e.errorId}` : ''}: `, code(e.input.slice(0, 60))));
    }
    const pinned = upTo ?? entries[0]?.id;
    const nav = pageButtons(lang, page, more ? page + 1 : page, (p) => `/audit ${auditWords({ n, user, page: p, upTo: pinned })}`.trimEnd());
    return { blocks, ...(nav.length > 0 ? { buttons: [nav] } : {}), data: { page, entries } };
  },
});
