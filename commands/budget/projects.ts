import { z } from 'zod';
import { PROJECT_STATUSES } from '../../db/schema.js';
import { formatMoneyShort } from '../../src/format/money.js';
import { PAGING, STATUS_GROUP_NAMES, STATUS_NAMES } from '../../src/i18n/common-text.js';
import { pageButtons, takePageWord } from '../../src/reply/page-buttons.js';
import type { Lang } from '../../src/i18n/lang.js';
import { displayName, localName } from '../../src/i18n/local-names.js';
import { anyPatternIn, compileAll, findStatus, isGenericWord, mentionsOf, namedIds, normalizeText, putIf, tokenize, weighted, withChoices, type Reading } from '../../src/language/index.js';
import { projectPage } from '../../src/queries/project-list.js';
import { resolveName, type NamedThing } from '../../src/queries/resolve-names.js';
import { resolveOrAsk } from '../arguments.js';
import { defineCommand, type CommandContext } from '../command.js';
import { figuresMeasureHits } from '../queries/query-command.js';
import { bold, line, type Block, type ReplyButton } from '../../src/reply/reply.js';

const TEXT = {
  ru: { title: 'Проекты', none: 'Таких проектов нет.', noArea: (s: string) => `Не нашёл статус, приоритетное направление или администратора «${s}». Статусы: ${Object.values(STATUS_NAMES.ru).join(', ')}.` },
  kk: { title: 'Жобалар', none: 'Мұндай жобалар жоқ.', noArea: (s: string) => `«${s}» мәртебесі, басым бағыты немесе әкімшісі табылмады. Мәртебелер: ${Object.values(STATUS_NAMES.kk).join(', ')}.` },
  en: { title: 'Projects', none: 'No such projects.', noArea: (s: string) => `No status, priority area or administrator "${s}". Statuses: ${PROJECT_STATUSES.join(', ')}.` },
} satisfies Record<Lang, unknown>;

const AREA_NOUN = compileAll(['направлени*', 'бағыт*', 'area', 'areas']);
const PROJECT_NOUN = compileAll(['жоба', 'жобасы', 'проект', 'project']);
const LIST_WORD = compileAll(['список*', 'перечень*', 'перечисли*', 'какие', 'list', 'which', 'тізім*', 'қандай', 'қайсы*']);
/** An amount of money asked for, not a number of projects ("сколько проектов" counts them). */
const MONEY_ASKED = /(?:^|[^\p{L}])(?:сколько(?!\s+проект)|всего|итого|в сумме|how much|in total|total|қанша(?!\s+жоба)|барлығы|жалпы)(?:$|[^\p{L}])/iu;
const HOW_MANY = compileAll(['how many', 'number of', 'count*', 'сколько проект*', 'количеств*', 'число проект*', 'неше', 'қанша жоба*', 'жоба саны', 'жобалар саны']);

/** Projects per page: a phone screen's worth, each with its own button. */
const PAGE = 5;

export const projectsCommand = defineCommand({
  name: 'projects',
  topic: 'projects',
  access: 'viewer',
  visibility: 'menu',
  readOnly: true,
  summary: { ru: 'Проекты (по статусу, направлению или администратору)', kk: 'Жобалар (мәртебе, бағыт не әкімші бойынша)', en: 'Projects (by status, area or administrator)' },
  examples: {
    ru: ['/projects', '/projects приостановленные', '/projects ai-infrastructure', '/projects Минцифры'],
    kk: ['/projects', '/projects тоқтатылған', '/projects ai-infrastructure', '/projects Минцифры'],
    en: ['/projects', '/projects suspended', '/projects ai-infrastructure', '/projects Ministry of Digital Development'],
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
      // A status word asks for a list of projects, the more so next to "projects"/"жобалар"; not
      // when it asks for their money (the figures commands answer over the projects of a status).
      if (r.status && !asksMoneyOfProjects(r)) score += score > 0 || r.tokens.some((t) => isGenericWord(t.text)) ? 3 : 1.5;
      // An area named (or called an area beside a project's words): its projects.
      if (mentionsOf(r, 'priority').length > 0 && (mentionsOf(r, 'project').length === 0 || anyPatternIn(r.tokens, AREA_NOUN, false))) score += 1;
      // "Сколько проектов у Минцифры": how many an administrator runs, not money spent on them.
      else if (mentionsOf(r, 'administrator').length > 0 && anyPatternIn(r.tokens, HOW_MANY, false)) score += 1;
      // "… бағытында неше жоба бар": Kazakh counts with the singular noun.
      if (anyPatternIn(r.tokens, HOW_MANY, false) && anyPatternIn(r.tokens, PROJECT_NOUN, false)) score += 2.5;
      // A month or a quarter asks for money over it ("мамыр айында сот жобаларына төлемдер"): the list has no period.
      if (r.period) score -= 1.5;
      return score;
    },
    args(r) {
      const args: Record<string, unknown> = {};
      putIf(args, 'status', r.status?.status);
      const ids = namedIds(r, 'priority');
      putIf(args, 'priority', ids[0]);
      if (ids.length === 0) {
        const owners = namedIds(r, 'administrator');
        putIf(args, 'administrator', owners[0]);
        // A name in quotes that names nothing («Мұнай-газ өнеркәсібі қауіпсіздігі» бағытында): said back as not found.
        const quoted = /[«"“]([^«»"“”]+)[»"”]/u.exec(r.text)?.[1];
        if (owners.length === 0 && quoted && r.mentions.every((m) => (m.matches[0]?.score ?? 0) < 0.8)) putIf(args, 'priority', quoted);
        return withChoices(args, 'administrator', owners);
      }
      return withChoices(args, 'priority', ids);
    },
  },
  format: ({ status, priority, administrator, page }) => [status, priority ?? administrator, page && page > 1 ? `page:${page}` : ''].filter(Boolean).join(' '),
  args: z.object({
    status: z.enum(PROJECT_STATUSES).optional(),
    priority: z.string().max(200).optional(),
    administrator: z.string().max(500).optional(),
    page: z.number().int().min(1).max(100_000).optional(),
  }),
  parse(text) {
    // `page:N` comes from the list's own buttons.
    const { page: asked, rest: word } = takePageWord(text);
    const page = asked ? { page: asked } : {};
    if (!word) return page;
    const status = findStatus(tokenize(normalizeText(word)))?.status;
    return { ...(status ? { status } : { priority: word }), ...page };
  },
  run({ status, priority, administrator, page: asked }, context) {
    const { services, lang, today } = context;
    const t = TEXT[lang];
    const { area, owner } = areaOrAdministrator(context, priority, administrator);
    const filter = { ...(status ? { status } : {}), ...(area ? { priority: area.id } : {}), ...(owner ? { owner: owner.id } : {}) };
    const first = projectPage(services.db, filter, today, { offset: 0, limit: 0 });
    const pages = Math.max(1, Math.ceil(first.total / PAGE));
    const page = Math.min(asked ?? 1, pages);
    const { total, projects: found } = projectPage(services.db, filter, today, { offset: (page - 1) * PAGE, limit: PAGE });
    const heading = [t.title, status ? STATUS_GROUP_NAMES[lang][status] : '', area ? displayName(area, lang) : '', owner ? displayName(owner, lang) : ''].filter(Boolean).join(' · ');
    const blocks: Block[] = [line(bold(`${heading} (${total})`), ...(pages > 1 ? [` · ${PAGING[lang].page(page, pages)}`] : []))];
    if (total === 0) blocks.push(line(t.none));
    for (const p of found) {
      blocks.push(line(`• ${displayName(p, lang)} — `, bold(formatMoneyShort(p.balance, lang)), `, ${STATUS_NAMES[lang][p.status]}`));
    }
    // Every project on the page has its button; the pages are walked with the last row.
    const buttons: ReplyButton[][] = found.map((p) => [{ label: localName(p, lang), action: `/project ${p.id}` }]);
    const at = (n: number) => `/projects ${[status, area?.id ?? owner?.id, `page:${n}`].filter(Boolean).join(' ')}`;
    const nav = pageButtons(lang, page, pages, at);
    if (nav.length > 0) buttons.push(nav);
    return {
      blocks,
      buttons,
      data: { status: status ?? null, priority: area?.id ?? null, administrator: owner?.id ?? null, total, page, pages, projects: found },
      ...(area ? { subject: { kind: 'area' as const, id: area.id } } : {}),
    };
  },
});

/**
 * "Сколько потратили приостановленные проекты", "расходы завершённых проектов": a measure's word
 * with "how much" or "total", or a measure the list does not show (it shows balances), and no
 * word asking for the list itself ("список", "какие").
 */
function asksMoneyOfProjects(r: Reading): boolean {
  const measures = figuresMeasureHits(r);
  if (measures.length === 0 || anyPatternIn(r.tokens, LIST_WORD, false)) return false;
  return MONEY_ASKED.test(r.text) || measures.some((h) => h.intent !== 'balance');
}

/**
 * The area or administrator asked for. One word after /projects names an area or, when no area has
 * that name for sure and one administrator does, that administrator ("/projects Минцифры").
 */
function areaOrAdministrator(context: CommandContext, priority: string | undefined, administrator: string | undefined): { area?: NamedThing; owner?: NamedThing } {
  const notFound = (s: string, l: Lang) => TEXT[l].noArea(s);
  if (administrator !== undefined) return { owner: resolveOrAsk(context, 'administrator', administrator, (id) => `/projects ${id}`, notFound) };
  if (priority === undefined) return {};
  const db = context.services.db;
  const area = resolveName(db, 'priority', priority);
  if (area.kind === 'one') return { area: area.match };
  const owner = resolveName(db, 'administrator', priority);
  if (owner.kind === 'one') return { owner: owner.match };
  return { area: resolveOrAsk(context, 'priority', priority, (id) => `/projects ${id}`, notFound) };
}
