import { z } from 'zod';
import type { Lang } from '../../src/i18n/lang.js';
import { displayName } from '../../src/i18n/local-names.js';
import { projectAccount } from '../../src/ledger/accounts.js';
import { lastSeq, recentTransfers } from '../../db/stores/ledger-store.js';
import { resolveOrAsk } from '../arguments.js';
import { findPattern, mentionsOf, projectChoices, putIf, signalPatterns, weighted, withChoices, type Reading } from '../../src/language/index.js';
import { defineCommand, sameExamples } from '../command.js';
import { bold, line, type Block } from '../../src/reply/reply.js';
import { pageButtons, takePageWord } from '../../src/reply/page-buttons.js';
import { logPageWords, readLogPage, takeUpToWord } from '../../src/reply/log-pages.js';
import { PAGING } from '../../src/i18n/common-text.js';
import { describeTransfer } from './transfer-lines.js';

const TEXT = {
  ru: { title: 'Последние движения средств', of: (name: string) => `Движения: ${name}`, none: 'Движений пока нет.', noProject: (s: string) => `Проект «${s}» не найден. Список: /projects` },
  kk: { title: 'Қаражаттың соңғы қозғалыстары', of: (name: string) => `Қозғалыстар: ${name}`, none: 'Әзірге қозғалыс жоқ.', noProject: (s: string) => `«${s}» жобасы табылмады. Тізім: /projects` },
  en: { title: 'Latest movements of money', of: (name: string) => `Movements: ${name}`, none: 'No movements yet.', noProject: (s: string) => `No project "${s}". See /projects` },
} satisfies Record<Lang, unknown>;

/** "последние 5 переводов", "last 20 transfers": a small number next to the command's keywords. */
function countAsked(r: Reading): number | undefined {
  const anchors = new Set<number>();
  for (const h of r.hits) if (h.intent === 'history') for (let i = h.tokenStart; i < h.tokenEnd; i++) anchors.add(i);
  for (const p of signalPatterns('historyCount')) for (const h of findPattern(r.tokens, p)) anchors.add(h.tokenStart);
  for (let i = 0; i < r.tokens.length; i++) {
    const t = r.tokens[i]!;
    if (!t.isNumber || r.used[i] || !/^\d{1,4}$/.test(t.text)) continue;
    if (r.mentions.some((m) => i >= m.tokenStart && i < m.tokenEnd)) continue;
    const v = Number(t.text);
    if (v < 1 || v > 1000) continue;
    if (anchors.has(i - 1) || anchors.has(i + 1) || anchors.has(i - 2) || anchors.has(i + 2)) return v;
  }
  return undefined;
}

/** A phone screen of movements; older ones page by page. */
const PAGE_SIZE = 5;
const MAX_COUNT = 1000;

interface HistoryArgs {
  n?: number | undefined;
  project?: string | undefined;
  page?: number | undefined;
  upTo?: number | undefined;
}

/** The words after /history that ask for these arguments (what the buttons run). */
const historyWords = ({ n, project, page, upTo }: HistoryArgs): string =>
  [...(n !== undefined ? [n] : []), ...(project !== undefined ? [project] : []), ...logPageWords(page, upTo)].join(' ');

export const historyCommand = defineCommand({
  name: 'history',
  topic: 'projects',
  access: 'viewer',
  visibility: 'menu',
  readOnly: true,
  summary: { ru: 'Последние переводы: кто, когда, зачем', kk: 'Соңғы аударымдар: кім, қашан, не үшін', en: 'Latest transfers: who, when, why' },
  examples: sameExamples('/history', '/history kazllm', '/history 5 kazllm'),
  words: {
    lexicon: {
    ru: [
      ...weighted(3, 'истори*', 'журнал*'),
      ...weighted(4, 'истори* перераспределени*', 'истори* движени*'),
      ...weighted(2, 'перераспределени*', 'переброск*', 'транзакци*', 'переводы', 'переводов', 'перемещени*'),
      ...weighted(1.5, 'операци*', 'движени*'),
      ...weighted(1.2, 'последн*', 'недавн*'),
      ...weighted(2, 'переводил*', 'перебрасывал*', 'перекидывал*', 'переносил*', 'перераспределял*', 'перевели', 'перебросили', 'перенесли'),
      ...weighted(1, 'изменени*'),
    ],
    kk: [
      ...weighted(3, 'тарих*', 'журнал*', 'қайта бөлулер*'),
      ...weighted(2.5, 'аударымдар*'),
      ...weighted(2, 'аударым*', 'қайта бөлу*'),
      ...weighted(1.5, 'операция*'),
      ...weighted(2, 'аударылған*', 'аударды*', 'ауыстырылған*'),
      ...weighted(1.2, 'соңғы'),
    ],
    en: [
      ...weighted(3, 'history', 'log'),
      ...weighted(4, 'reallocation history', 'history of reallocations', 'transfer history'),
      ...weighted(2.5, 'reallocations'),
      ...weighted(2, 'transfers', 'transactions', 'movements'),
      ...weighted(1.2, 'recent', 'last', 'latest'),
      ...weighted(2, 'moved', 'transferred', 'reallocated', 'shifted'),
      ...weighted(1, 'changes'),
    ],
    },
    score: (r, keywords) => (keywords > 0 && mentionsOf(r, 'priority').length > 0 && mentionsOf(r, 'project').length === 0 ? keywords + 0.5 : keywords),
    args(r) {
      const ids = projectChoices(r);
      const args: Record<string, unknown> = {};
      putIf(args, 'project', ids[0]);
      putIf(args, 'n', countAsked(r));
      return withChoices(args, 'project', ids);
    },
  },
  format: historyWords,
  args: z.object({
    n: z.number().int().min(1).max(MAX_COUNT).optional(),
    project: z.string().max(200).optional(),
    page: z.number().int().min(1).max(10_000).optional(),
    // The ledger's last transfer when the first page was shown: later pages count from it, whatever was recorded since.
    upTo: z.number().int().min(0).optional(),
  }),
  parse(text) {
    const { page, rest: words } = takePageWord(text);
    const { upTo, rest } = takeUpToWord(words);
    const match = /^\s*(\d{1,6})(?:\s+|$)(.*)$/s.exec(rest);
    const n = match ? Math.min(MAX_COUNT, Math.max(1, Number(match[1]))) : undefined;
    const project = (match ? match[2]! : rest).trim();
    return { ...(n ? { n } : {}), ...(project ? { project } : {}), ...(page ? { page } : {}), ...(upTo !== undefined ? { upTo } : {}) };
  },
  run({ n, project, page = 1, upTo }, context) {
    const { services, lang } = context;
    const t = TEXT[lang];
    const match = project ? resolveOrAsk(context, 'project', project, (id) => historyWords({ n, project: id }), (s, l) => TEXT[l].noProject(s)) : undefined;
    const account = match ? projectAccount(match.id) : undefined;
    const pinned = upTo ?? lastSeq(services.db);
    const { items: transfers, more } = readLogPage({ page, pageSize: PAGE_SIZE, cap: n, read: (limit, offset) => recentTransfers(services.db, { limit, offset, account, upTo: pinned }) });
    const title = match ? t.of(displayName(match, lang)) : t.title;
    const blocks: Block[] = [line(bold(page > 1 ? `${title} · ${PAGING[lang].pageOnly(page)}` : title))];
    if (transfers.length === 0) blocks.push(line(t.none));
    for (const transfer of transfers) blocks.push(describeTransfer(services.db, transfer, lang, account));
    const nav = pageButtons(lang, page, more ? page + 1 : page, (p) => `/history ${historyWords({ n, project: match?.id, page: p, upTo: pinned })}`.trimEnd());
    return { blocks, ...(nav.length > 0 ? { buttons: [nav] } : {}), data: { project: match?.id ?? null, page, transfers } };
  },
});
