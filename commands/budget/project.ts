import { z } from 'zod';
import { formatMoneyShort } from '../../src/format/money.js';
import { STATUS_NAMES } from '../../src/i18n/common-text.js';
import type { Lang } from '../../src/i18n/lang.js';
import { projectAccount } from '../../src/ledger/accounts.js';
import { displayName } from '../../src/i18n/local-names.js';
import { ownerName } from '../../src/queries/account-names.js';
import { projectSummary } from '../../src/queries/project-summary.js';
import { resolveOrAsk } from '../arguments.js';
import { mentionsOf, projectChoices, putIf, readBudgetQuestion, weighted, withChoices } from '../../src/language/index.js';
import { defineCommand, UserError } from '../command.js';
import { describeTransfer } from './transfer-lines.js';
import { bold, line, type Block } from '../../src/reply/reply.js';

const TEXT = {
  ru: {
    which: 'Какой проект? Напишите, например: /project kazllm',
    none: (s: string) => `Проект «${s}» не найден. Список: /projects`,
    owner: 'Исполнитель', status: 'Статус', balance: 'Остаток', received: 'Получено', givenAway: 'Передано другим проектам и в резерв', spent: 'Израсходовано', last: 'Последние движения:', history: 'История движений',
  },
  kk: {
    which: 'Қай жоба? Мысалы: /project kazllm',
    none: (s: string) => `«${s}» жобасы табылмады. Тізім: /projects`,
    owner: 'Орындаушы', status: 'Мәртебесі', balance: 'Қалдық', received: 'Алынғаны', givenAway: 'Басқа жобаларға және резервке берілгені', spent: 'Жұмсалғаны', last: 'Соңғы қозғалыстар:', history: 'Қозғалыстар тарихы',
  },
  en: {
    which: 'Which project? For example: /project kazllm',
    none: (s: string) => `No project "${s}". See /projects`,
    owner: 'Run by', status: 'Status', balance: 'Balance', received: 'Received', givenAway: 'Passed to others and back to reserve', spent: 'Spent', last: 'Latest movements:', history: 'Movement history',
  },
} satisfies Record<Lang, unknown>;

/** "How much", "сколько", "қанша", "неше", "how many": an amount or a count asked, which a card does not answer. */
const ASKS_AMOUNT = /(?:^|[^\p{L}])(?:сколько|how much|how many|қанша|неше)(?:$|[^\p{L}])/iu;

export const projectCommand = defineCommand({
  name: 'project',
  topic: 'projects',
  access: 'viewer',
  visibility: 'menu',
  readOnly: true,
  summary: { ru: 'Проект: остаток, расход, движения', kk: 'Жоба: қалдық, шығын, қозғалыс', en: 'A project: balance, spending, movements' },
  examples: { ru: ['/project kazllm', '/project суперкомпьютер'], kk: ['/project kazllm', '/project суперкомпьютер'], en: ['/project kazllm', '/project supercomputer'] },
  words: {
    lexicon: {
    ru: [
      ...weighted(1, 'проект', 'проекта', 'проекту', 'проектом', 'проекте', 'что с', 'как дела', 'как идет', 'подробн*'),
      ...weighted(0.8, 'статус*'),
      ...weighted(0.5, 'расскажи', 'информаци*'),
    ],
    kk: [
      ...weighted(1, 'жоба', 'жобасы*', 'жобаның', 'жобаға', 'туралы', 'жағдай*'),
      ...weighted(0.8, 'мәртебе*'),
      ...weighted(0.5, 'қалай'),
    ],
    en: [
      ...weighted(1, 'project', 'details', 'progress', 'show'),
      ...weighted(0.8, 'status', 'how is'),
      ...weighted(0.5, 'about', 'tell me'),
    ],
    },
    score(r, keywords) {
      const named = mentionsOf(r, 'project')[0];
      // "How much has X paid" asks one figure, not the card.
      return (named ? keywords + 1 + 1.5 * (named.matches[0]?.score ?? 0) : keywords) - (ASKS_AMOUNT.test(r.text) ? 1 : 0);
    },
    args(r) {
      // A project the data does not have ("покажи проект KazGPT"): its name, for a plain "not found";
      // one named only loosely: the choice, never a guess.
      const named = readBudgetQuestion(r, ['project']);
      if (named.unknown) return { args: { project: named.unknown.text } };
      // Words that only faintly sound like one name ("variable message signs" of a red-light camera
      // project): looked up as typed, so the card shows only what they name, else the closest names.
      if (named.unused && named.scope === undefined) return { args: { project: named.unused.replace(/,/g, '') } };
      const ids = named.scope?.kind === 'project' ? (named.alternatives ?? [named.scope.id!]) : projectChoices(r);
      const args: Record<string, unknown> = {};
      putIf(args, 'project', ids[0]);
      return named.alternatives ? { args, choices: [{ key: 'project', values: ids }] } : withChoices(args, 'project', ids);
    },
  },
  format: ({ project }) => project ?? '',
  args: z.object({ project: z.string().max(200).optional() }),
  parse: (text) => (text.trim() ? { project: text.trim() } : {}),
  run({ project }, context) {
    const { services, lang } = context;
    const t = TEXT[lang];
    if (!project) throw new UserError({ ru: TEXT.ru.which, kk: TEXT.kk.which, en: TEXT.en.which });
    const match = resolveOrAsk(context, 'project', project, (id) => `/project ${id}`, (s, l) => TEXT[l].none(s));
    // A card is a phone screen: the figures and the two latest movements; the rest is a button away.
    const summary = projectSummary(services.db, match.id, 2)!;
    const p = summary.project;
    const money = (n: number) => formatMoneyShort(n, lang);
    const blocks: Block[] = [
      line(bold(displayName(p, lang)), ` (${p.id})`),
      line(`${t.status}: ${STATUS_NAMES[lang][p.status]} · ${t.owner}: ${ownerName(services.db, p.owner, lang)}`),
      line(`${t.balance}: `, bold(money(summary.balance))),
      line(`${t.received}: ${money(summary.received)} · ${t.spent}: ${money(summary.spent)}`),
      line(`${t.givenAway}: ${money(summary.givenAway)}`),
    ];
    if (summary.lastMovements.length > 0) {
      blocks.push(line(t.last));
      for (const transfer of summary.lastMovements) blocks.push(describeTransfer(services.db, transfer, lang, projectAccount(p.id)));
    }
    return { blocks, buttons: [[{ label: t.history, action: `/history ${p.id}` }]], data: { ...summary }, subject: { kind: 'project', id: p.id } };
  },
});
