import { z } from 'zod';
import type { Lang } from '../../src/i18n/lang.js';
import { displayName } from '../../src/i18n/local-names.js';
import { projectAccount } from '../../src/ledger/accounts.js';
import { recentTransfers } from '../../db/stores/ledger-store.js';
import { resolveOrAsk } from '../arguments.js';
import { findPattern, mentionsOf, projectChoices, putIf, signalPatterns, weighted, withChoices, type Reading } from '../../src/language/index.js';
import { defineCommand, sameExamples } from '../command.js';
import { bold, line, type Block } from '../../src/reply/reply.js';
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

/** A phone screen of movements; more on request (/history 20). */
const DEFAULT_COUNT = 7;
const MORE: Record<Lang, string> = { ru: 'Показать больше', kk: 'Көбірек көрсету', en: 'Show more' };
const MAX_COUNT = 50;

export const historyCommand = defineCommand({
  name: 'history',
  access: 'viewer',
  visibility: 'menu',
  readOnly: true,
  summary: { ru: 'Последние переводы: кто, когда, зачем', kk: 'Соңғы аударымдар: кім, қашан, не үшін', en: 'Latest transfers: who, when, why' },
  examples: sameExamples('/history', '/history 20', '/history 5 kazllm'),
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
  format: ({ n, project }) => [n, project].filter((w) => w !== undefined).join(' '),
  args: z.object({ n: z.number().int().min(1).max(MAX_COUNT).optional(), project: z.string().max(200).optional() }),
  parse(text) {
    const match = /^\s*(\d{1,6})(?:\s+|$)(.*)$/s.exec(text);
    const n = match ? Math.min(MAX_COUNT, Math.max(1, Number(match[1]))) : undefined;
    const project = (match ? match[2]! : text).trim();
    return { ...(n ? { n } : {}), ...(project ? { project } : {}) };
  },
  run({ n, project }, context) {
    const { services, lang } = context;
    const t = TEXT[lang];
    const match = project ? resolveOrAsk(context, 'project', project, (id) => `/history ${n ?? DEFAULT_COUNT} ${id}`, (s, l) => TEXT[l].noProject(s)) : undefined;
    const transfers = recentTransfers(services.db, { limit: n ?? DEFAULT_COUNT, account: match ? projectAccount(match.id) : undefined });
    const blocks: Block[] = [line(bold(match ? t.of(displayName(match, lang)) : t.title))];
    if (transfers.length === 0) blocks.push(line(t.none));
    for (const transfer of transfers) blocks.push(describeTransfer(services.db, transfer, lang, match ? projectAccount(match.id) : undefined));
    const limit = n ?? DEFAULT_COUNT;
    // As many as asked were there: there may be more, a button shows twice as many.
    const more = transfers.length === limit && limit < 500 ? [[{ label: MORE[lang], action: `/history ${limit * 2}${match ? ` ${match.id}` : ''}` }]] : undefined;
    return { blocks, ...(more ? { buttons: more } : {}), data: { project: match?.id ?? null, transfers } };
  },
});
