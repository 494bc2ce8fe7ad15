import { z } from 'zod';
import type { Lang } from '../src/i18n/lang.js';
import { projectAccount } from '../src/ledger/accounts.js';
import { recentTransfers } from '../src/queries/transfer-history.js';
import { resolveOrAsk } from './argument-parsing.js';
import { defineCommand } from './command.js';
import { bold, line, type Block } from './reply.js';
import { describeTransfer } from './transfer-lines.js';

const TEXT = {
  ru: { title: 'Последние движения средств', of: (name: string) => `Движения: ${name}`, none: 'Движений пока нет.', noProject: (s: string) => `Проект «${s}» не найден. Список: /projects` },
  kk: { title: 'Қаражаттың соңғы қозғалыстары', of: (name: string) => `Қозғалыстар: ${name}`, none: 'Әзірге қозғалыс жоқ.', noProject: (s: string) => `«${s}» жобасы табылмады. Тізім: /projects` },
  en: { title: 'Latest movements of money', of: (name: string) => `Movements: ${name}`, none: 'No movements yet.', noProject: (s: string) => `No project "${s}". See /projects` },
} satisfies Record<Lang, unknown>;

const DEFAULT_COUNT = 10;
const MAX_COUNT = 50;

export const historyCommand = defineCommand({
  name: 'history',
  access: 'viewer',
  summary: { ru: 'Последние переводы: кто, когда, зачем', kk: 'Соңғы аударымдар: кім, қашан, не үшін', en: 'Latest transfers: who, when, why' },
  examples: ['/history', '/history 20', '/history 5 kazllm'],
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
    const blocks: Block[] = [line(bold(match ? t.of(match.name) : t.title))];
    if (transfers.length === 0) blocks.push(line(t.none));
    for (const transfer of transfers) blocks.push(describeTransfer(services.db, transfer, lang));
    return { blocks, data: { project: match?.id ?? null, transfers } };
  },
});
