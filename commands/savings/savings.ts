import { z } from 'zod';
import { formatDate } from '../../src/format/dates.js';
import { formatMoneyExact, formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { weighted } from '../../src/language/index.js';
import { accountName } from '../../src/queries/account-names.js';
import { savingsSummary } from '../../src/queries/savings.js';
import { bold, line, type Block } from '../../src/reply/reply.js';
import { defineCommand, sameExamples } from '../command.js';

const TEXT = {
  ru: {
    title: 'Экономия от цифровизации',
    recognised: 'Признано',
    reinvested: 'Реинвестировано',
    left: 'Осталось реинвестировать',
    where: 'Куда направлено:',
    latest: 'Последние записи:',
    none: 'Экономия ещё не записана. Администратор записывает её командой /recognise.',
  },
  kk: {
    title: 'Цифрландырудан үнемделген қаражат',
    recognised: 'Танылғаны',
    reinvested: 'Қайта инвестицияланғаны',
    left: 'Қайта инвестициялауға қалғаны',
    where: 'Қайда бағытталды:',
    latest: 'Соңғы жазбалар:',
    none: 'Үнемделген қаражат әлі тіркелмеген. Әкімші оны /recognise командасымен тіркейді.',
  },
  en: {
    title: 'Savings from digitalisation',
    recognised: 'Recognised',
    reinvested: 'Reinvested',
    left: 'Left to reinvest',
    where: 'Where it went:',
    latest: 'Latest records:',
    none: 'No savings recorded yet. An admin records them with /recognise.',
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
  examples: sameExamples('/savings'),
  args: z.object({}),
  parse: () => ({}),
  words: {
    lexicon: {
      ru: [...weighted(3, 'экономи*', 'сэконом*', 'реинвест*', 'сбережен*'), ...weighted(1.5, 'вернули в программу', 'доход* от цифровизац*')],
      kk: [...weighted(3, 'үнем*', 'қайта инвестиц*'), ...weighted(1.5, 'табыс*')],
      en: [...weighted(3, 'saving*', 'saved', 'reinvest*'), ...weighted(1.5, 'income from digitali*')],
    },
  },
  run(_args, { services, lang }) {
    const t = TEXT[lang];
    const s = savingsSummary(services.db);
    const money = (n: number) => formatMoneyShort(n, lang);
    if (s.recognised === 0 && s.reinvested === 0) return { blocks: [line(bold(t.title)), line(t.none)], data: { ...s } };
    const blocks: Block[] = [
      line(bold(t.title)),
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
