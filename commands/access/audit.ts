import { z } from 'zod';
import { recentAudit } from '../../src/audit/audit-log.js';
import { astanaDateTime } from '../../src/format/iso-date.js';
import type { Lang } from '../../src/i18n/lang.js';
import { defineCommand, sameExamples } from '../command.js';
import { bold, code, line, type Block } from '../../src/reply/reply.js';
import { pageButtons, takePageWord } from '../../src/reply/page-buttons.js';
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

const UP_TO_WORD = /(?:^|\s)upto:(\d{1,16})(?=\s|$)/u;

/** The words after /audit that ask for these arguments (what the page buttons run). */
const auditWords = ({ n, user, page, upTo }: AuditArgs): string =>
  [n ?? (user !== undefined ? MAX_COUNT : undefined), user, page && page > 1 ? `page:${page}` : undefined, upTo !== undefined ? `upto:${upTo}` : undefined]
    .filter((w) => w !== undefined)
    .join(' ');

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
    const { page, rest } = takePageWord(text);
    const upTo = UP_TO_WORD.exec(rest)?.[1];
    const [n, user] = rest.replace(UP_TO_WORD, ' ').split(/\s+/).filter(Boolean).map((w) => (/^\d{1,16}$/.test(w) ? Number(w) : NaN));
    return { ...(n !== undefined ? { n: Math.min(MAX_COUNT, n) } : {}), ...(user !== undefined ? { user } : {}), ...(page ? { page } : {}), ...(upTo ? { upTo: Number(upTo) } : {}) };
  },
  run({ n, user, page = 1, upTo }, { services, lang }) {
    const offset = (page - 1) * PAGE;
    const onPage = Math.max(0, Math.min(PAGE, (n ?? Infinity) - offset));
    // One more than shown is read, to know whether there is a next page.
    const read = onPage === 0 ? [] : recentAudit(services.db, { limit: onPage + 1, offset, userId: user, upTo });
    const entries = read.slice(0, onPage);
    const more = read.length > onPage && offset + onPage < (n ?? Infinity);
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
