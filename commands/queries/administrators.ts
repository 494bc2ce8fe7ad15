import { countOf, PROJECTS } from '../../src/i18n/plural.js';
import { formatMoneyShort, formatPercent } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { displayName } from '../../src/i18n/local-names.js';
import { weighted } from '../../src/language/index.js';
import { answerQuery } from '../../src/queries/answer-query.js';
import { loadCatalogue } from '../../src/queries/catalogue.js';
import { bold, italic, line, type Block } from '../../src/reply/reply.js';
import { defineQueryCommand } from './query-command.js';

const TEXT = {
  ru: { title: 'Администраторы программы: остаток · израсходовано · освоение', of: 'Администратор', projects: (n: number) => countOf('ru', n, PROJECTS.ru), balance: 'Остаток', spent: 'Израсходовано', execution: 'Освоение' },
  kk: { title: 'Бағдарлама әкімшілері: қалдық · жұмсалғаны · игерілуі', of: 'Әкімші', projects: (n: number) => countOf('kk', n, PROJECTS.kk), balance: 'Қалдық', spent: 'Жұмсалғаны', execution: 'Игерілуі' },
  en: { title: 'Programme administrators: left · spent · execution', of: 'Administrator', projects: (n: number) => countOf('en', n, PROJECTS.en), balance: 'Left', spent: 'Spent', execution: 'Execution' },
} satisfies Record<Lang, unknown>;

export const administratorsCommand = defineQueryCommand({
  name: 'administrators',
  topic: 'results',
  summary: {
    ru: 'Администраторы проектов: остаток, расходы и освоение каждого',
    kk: 'Жоба әкімшілері: әрқайсысының қалдығы, шығыны және игерілуі',
    en: 'Project administrators: what each holds, spent and executed',
  },
  examples: { ru: ['/administrators', '/administrators Astana Hub'], kk: ['/administrators', '/administrators Astana Hub'], en: ['/administrators', '/administrators Astana Hub'] },
  lexicon: {
    ru: [...weighted(3, 'администратор*', 'исполнител*'), ...weighted(1.5, 'ведомств*')],
    kk: [...weighted(3, 'әкімші*'), ...weighted(1.5, 'орындаушы*')],
    en: [...weighted(3, 'administrator*'), ...weighted(1.5, 'owner*', 'agenc*')],
  },
  preferred: ['administrator', 'project', 'priority', 'source'],
  ownsBreakdowns: false,
  // Naming an administrator with no figure asked for is a question about the administrator.
  score: (r, keywords) => keywords + (r.mentions.some((m) => m.matches[0]?.kind === 'administrator' && m.matches[0].score >= 0.8) ? 2 : 0),
  // "Who spent nothing" ranks by spending; otherwise the list shows what each holds.
  measure: (_r, args) => (args.rank && 'zero' in args.rank ? 'spent' : 'balance'),
  answer(args, context) {
    // The card shows what each holds, spent and executed, with no period: a measure asked of a period
    // ("а по администраторам?" after March's spending) is the query layer's breakdown, which says both.
    if (args.rank || (args.groupBy && args.groupBy !== 'administrator') || (args.period && args.measure !== 'balance')) return null;
    const { services, lang, today } = context;
    const t = TEXT[lang];
    const catalogue = loadCatalogue(services.db);
    const scope = args.scope?.kind === 'administrator' ? args.scope : { kind: 'programme' as const };
    const ask = (measure: 'balance' | 'spent' | 'execution') =>
      answerQuery(services.db, { measure, scope, groupBy: 'administrator', ...(args.period ? { period: args.period } : {}) }, today);
    const [balance, spent, execution] = [ask('balance'), ask('spent'), ask('execution')];
    const money = (n: number) => formatMoneyShort(n, lang);
    const valueOf = (answer: typeof balance, key: string) => answer.rows.find((r) => r.key === key)?.value ?? 0;
    if (scope.kind === 'administrator') {
      const administrator = catalogue.administrators.get(scope.id!);
      const projects = [...catalogue.projects.values()].filter((p) => p.owner === scope.id);
      const blocks: Block[] = [
        line(bold(administrator ? displayName(administrator, lang) : scope.id!), ` · ${t.projects(projects.length)}`),
        line(`${t.balance}: `, bold(money(balance.total)), ` · ${t.spent}: ${money(spent.total)} · ${t.execution}: ${formatPercent(execution.total, lang, 1)}`),
        ...projects.map((p) => line(`• ${displayName(p, lang)}`)),
      ];
      return { reply: { blocks, data: { administrator: scope.id, balance: balance.total, spent: spent.total, execution: execution.total }, subject: { kind: 'administrator', id: scope.id! } } };
    }
    const blocks: Block[] = [line(italic(t.title))];
    const rows = [...balance.rows].sort((a, b) => b.value - a.value);
    for (const row of rows) {
      const administrator = catalogue.administrators.get(row.key);
      blocks.push(
        line(`• ${administrator ? displayName(administrator, lang) : row.key}: `, bold(money(row.value)), ` · ${money(valueOf(spent, row.key))} · ${formatPercent(valueOf(execution, row.key), lang, 1)}`),
      );
    }
    return { reply: { blocks, data: { rows: rows.map((r) => ({ administrator: r.key, balance: r.value, spent: valueOf(spent, r.key), execution: valueOf(execution, r.key) })) } }, breakdown: execution };
  },
});
