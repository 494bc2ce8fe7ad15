import { z } from 'zod';
import { formatDate } from '../../src/format/dates.js';
import { formatMoneyExact, formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { asTyped, weighted } from '../../src/language/index.js';
import { COMMON_TEXT } from '../../src/i18n/common-text.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { accountName } from '../../src/queries/account-names.js';
import { savingsSummary } from '../../src/queries/savings.js';
import { bold, line, type Block } from '../../src/reply/reply.js';
import { formatPeriod } from '../../src/format/periods.js';
import { periodSchema, type Period } from '../../src/queries/budget-query.js';
import type { Reading } from '../../src/language/index.js';
import { readCommandWords } from '../queries/query-args.js';
import { defineCommand, UserError } from '../command.js';

const TEXT = {
  ru: {
    title: 'Экономия от цифровизации',
    recognised: 'Признано',
    reinvested: 'Реинвестировано',
    left: 'Осталось реинвестировать',
    where: 'Куда направлено:',
    latest: 'Последние записи:',
    none: 'Экономия ещё не записана. Администратор записывает её командой /recognise.',
    noneInPeriod: 'За этот период экономии не было.',
  },
  kk: {
    title: 'Цифрландырудан үнемделген қаражат',
    recognised: 'Танылғаны',
    reinvested: 'Қайта инвестицияланғаны',
    left: 'Қайта инвестициялауға қалғаны',
    where: 'Қайда бағытталды:',
    latest: 'Соңғы жазбалар:',
    none: 'Үнемделген қаражат әлі тіркелмеген. Әкімші оны /recognise командасымен тіркейді.',
    noneInPeriod: 'Бұл кезеңде үнемделген қаражат болған жоқ.',
  },
  en: {
    title: 'Savings from digitalisation',
    recognised: 'Recognised',
    reinvested: 'Reinvested',
    left: 'Left to reinvest',
    where: 'Where it went:',
    latest: 'Latest records:',
    none: 'No savings recorded yet. An admin records them with /recognise.',
    noneInPeriod: 'No savings in this period.',
  },
} satisfies Record<Lang, unknown>;

export const savingsCommand = defineCommand({
  name: 'savings',
  access: 'viewer',
  visibility: 'menu',
  readOnly: true,
  summary: {
    ru: 'Экономия: признано, реинвестировано, осталось',
    kk: 'Үнемделген қаражат: танылғаны, қайта инвестицияланғаны, қалғаны',
    en: 'Savings: recognised, reinvested, left',
  },
  examples: {
    ru: ['/savings', '/savings второе полугодие', '/savings сентябрь'],
    kk: ['/savings', '/savings 2-жартыжылдық', '/savings қыркүйек'],
    en: ['/savings', '/savings second half', '/savings September'],
  },
  // `impossibleDate`: a date written that does not exist, said back instead of read as today.
  args: z.object({ period: periodSchema.optional(), impossibleDate: z.string().max(200).optional() }),
  parse: (text, context) => periodArgs(readCommandWords(text, context)),
  format: ({ period }) => (period ? (period.kind === 'asOf' ? period.date : `${period.from} ${period.to}`) : ''),
  words: {
    lexicon: {
      ru: [...weighted(3, 'экономия', 'экономии', 'экономию', 'экономией', 'сэконом*', 'экономлен*', 'реинвест*', 'сбережен*'), ...weighted(1.5, 'вернули в программу', 'доход* от цифровизац*')],
      kk: [...weighted(3, 'үнем*', 'қайта инвестиц*'), ...weighted(1.5, 'табыс*')],
      en: [...weighted(3, 'saving*', 'saved', 'reinvest*'), ...weighted(1.5, 'income from digitali*')],
    },
    // Savings are asked about in words of money moving ("куда направили", "got the reinvested savings"): the word "savings" decides.
    score: (_r, keywords) => keywords + (keywords >= 3 ? 1.5 : 0),
    args: (r) => ({ args: periodArgs(r) }),
    continues: (previous, r) => (previous.intent === 'savings' && r.period ? { args: periodArgs(r) } : null),
  },
  run({ period, impossibleDate }, { services, lang, today }) {
    if (impossibleDate) throw new UserError(perLang((l) => COMMON_TEXT[l].noSuchDate(impossibleDate)));
    const t = TEXT[lang];
    const span = period ? (period.kind === 'range' ? { from: period.from, to: period.to } : { from: null, to: period.date }) : { from: null, to: today };
    const s = savingsSummary(services.db, span);
    const money = (n: number) => formatMoneyShort(n, lang);
    const title = line(bold(t.title), ` · ${formatPeriod(period ?? { kind: 'range', from: today, to: today, grain: 'all' }, lang)}`);
    if (s.recognised === 0 && s.reinvested === 0 && s.left === 0) return { blocks: [title, line(period ? t.noneInPeriod : t.none)], data: { ...s } };
    const blocks: Block[] = [
      title,
      line(`${t.recognised}: `, bold(money(s.recognised)), ` (${formatMoneyExact(s.recognised, lang)})`),
      line(`${t.reinvested}: `, bold(money(s.reinvested)), ` (${formatMoneyExact(s.reinvested, lang)})`),
      line(`${t.left}: `, bold(money(s.left))),
    ];
    if (s.destinations.length > 0) {
      blocks.push(line(t.where));
      for (const d of s.destinations) blocks.push(line(`• ${accountName(services.db, d.account, lang)} — ${money(d.amount)}`));
    }
    if (s.latest.length > 0) {
      blocks.push(line(t.latest));
      for (const r of s.latest) blocks.push(line(`• ${formatDate(r.date, lang)} · ${money(r.amount)}: ${r.description}`));
    }
    return { blocks, data: { ...s } };
  },
});

/** The period a question names ("во втором полугодии", "қыркүйекте"), if any. */
function periodArgs(r: Reading): { period?: Period; impossibleDate?: string } {
  if (r.impossibleDate) return { impossibleDate: asTyped(r, r.impossibleDate.tokenStart, r.impossibleDate.tokenEnd) };
  const p = r.period;
  if (!p) return {};
  return { period: p.kind === 'asOf' ? { kind: 'asOf', date: p.date } : { kind: 'range', from: p.from, to: p.to, grain: p.grain } };
}
