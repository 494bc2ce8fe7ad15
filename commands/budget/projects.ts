import { z } from 'zod';
import { PROJECT_STATUSES } from '../../db/schema.js';
import { formatMoneyShort } from '../../src/format/money.js';
import { STATUS_NAMES } from '../../src/i18n/common-text.js';
import type { Lang } from '../../src/i18n/lang.js';
import { displayName, localName } from '../../src/i18n/local-names.js';
import { findStatus, isGenericWord, mentionsOf, namedIds, normalizeText, putIf, tokenize, weighted, withChoices } from '../../src/language/index.js';
import { projectPage } from '../../src/queries/project-list.js';
import { resolveOrAsk } from '../arguments.js';
import { defineCommand } from '../command.js';
import { bold, line, type Block, type ReplyButton } from '../../src/reply/reply.js';

const TEXT = {
  ru: { title: 'Проекты', none: 'Таких проектов нет.', noArea: (s: string) => `Не нашёл статус или приоритетное направление «${s}». Статусы: ${Object.values(STATUS_NAMES.ru).join(', ')}.`, more: (n: number) => `… и ещё ${n}` },
  kk: { title: 'Жобалар', none: 'Мұндай жобалар жоқ.', noArea: (s: string) => `«${s}» мәртебесі немесе басым бағыты табылмады. Мәртебелер: ${Object.values(STATUS_NAMES.kk).join(', ')}.`, more: (n: number) => `… тағы ${n}` },
  en: { title: 'Projects', none: 'No such projects.', noArea: (s: string) => `No status or priority area "${s}". Statuses: ${PROJECT_STATUSES.join(', ')}.`, more: (n: number) => `… and ${n} more` },
} satisfies Record<Lang, unknown>;

const SHOWN = 30;

export const projectsCommand = defineCommand({
  name: 'projects',
  access: 'viewer',
  visibility: 'menu',
  readOnly: true,
  summary: { ru: 'Проекты (по статусу или направлению)', kk: 'Жобалар (мәртебе не бағыт бойынша)', en: 'Projects (by status or area)' },
  examples: {
    ru: ['/projects', '/projects приостановленные', '/projects ai-infrastructure'],
    kk: ['/projects', '/projects тоқтатылған', '/projects ai-infrastructure'],
    en: ['/projects', '/projects suspended', '/projects ai-infrastructure'],
  },
  words: {
    lexicon: {
    ru: [
      ...weighted(2.5, 'проекты', 'проектов', 'проектам', 'проектах', 'проектами'),
      ...weighted(1.5, 'список*', 'перечень*', 'перечисли*', 'каталог*'),
    ],
    kk: [...weighted(2.5, 'жобалар*'), ...weighted(1.5, 'тізім*')],
    en: [...weighted(2.5, 'projects'), ...weighted(1.5, 'list', 'catalog*', 'catalogue')],
    },
    score(r, keywords) {
      let score = keywords;
      // A status word asks for a list of projects, the more so next to "projects"/"жобалар".
      if (r.status) score += score > 0 || r.tokens.some((t) => isGenericWord(t.text)) ? 3 : 1.5;
      if (mentionsOf(r, 'priority').length > 0 && mentionsOf(r, 'project').length === 0) score += 1;
      return score;
    },
    args(r) {
      const args: Record<string, unknown> = {};
      putIf(args, 'status', r.status?.status);
      const ids = namedIds(r, 'priority');
      putIf(args, 'priority', ids[0]);
      return withChoices(args, 'priority', ids);
    },
  },
  format: ({ status, priority }) => [status, priority].filter(Boolean).join(' '),
  args: z.object({ status: z.enum(PROJECT_STATUSES).optional(), priority: z.string().max(200).optional() }),
  parse(text) {
    const word = text.trim();
    if (!word) return {};
    const status = findStatus(tokenize(normalizeText(word)))?.status;
    return status ? { status } : { priority: word };
  },
  run({ status, priority }, context) {
    const { services, lang, today } = context;
    const t = TEXT[lang];
    const area = priority ? resolveOrAsk(context, 'priority', priority, (id) => `/projects ${id}`, (s, l) => TEXT[l].noArea(s)) : undefined;
    const { total, projects: found } = projectPage(services.db, { ...(status ? { status } : {}), ...(area ? { priority: area.id } : {}) }, today, { offset: 0, limit: SHOWN });
    const heading = [t.title, status ? STATUS_NAMES[lang][status] : '', area ? displayName(area, lang) : ''].filter(Boolean).join(' · ');
    const blocks: Block[] = [line(bold(`${heading} (${total})`))];
    if (total === 0) blocks.push(line(t.none));
    for (const p of found) {
      blocks.push(line(`• ${displayName(p, lang)} — `, bold(formatMoneyShort(p.balance, lang)), `, ${STATUS_NAMES[lang][p.status]}`));
    }
    if (total > SHOWN) blocks.push(line(t.more(total - SHOWN)));
    const buttons: ReplyButton[][] = found.slice(0, 6).map((p) => [{ label: localName(p, lang), action: `/project ${p.id}` }]);
    return { blocks, buttons, data: { status: status ?? null, priority: area?.id ?? null, projects: found }, ...(area ? { subject: { kind: 'area' as const, id: area.id } } : {}) };
  },
});
