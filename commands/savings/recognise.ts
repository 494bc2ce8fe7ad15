import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { formatDate } from '../../src/format/dates.js';
import { isIsoDate } from '../../src/format/iso-date.js';
import { formatMoneyExact, formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { parseAmount } from '../../src/language/index.js';
import { LedgerError } from '../../src/ledger/ledger-error.js';
import { recordRecognition } from '../../src/ledger/record-transfer.js';
import { splitReason } from '../../src/reallocations/reallocation-words.js';
import { line } from '../../src/reply/reply.js';
import { splitTrailingDate } from '../arguments.js';
import { defineCommand, UserError } from '../command.js';
import { ledgerErrorText } from '../reallocations/ledger-error-text.js';
import { actorOf } from '../reallocations/reallocation-text.js';

const TEXT = {
  ru: {
    usage: 'Напишите так: /recognise <сумма> — <что дало экономию> [дата], например: /recognise 1,5 млрд — перевод госуслуг в облако',
    badAmount: 'Не понял сумму. Она идёт первой: 1500000000, 1,5 млрд, 300 млн.',
    noWhat: 'Укажите, что дало экономию, после тире: /recognise 1,5 млрд — перевод госуслуг в облако',
    done: (amount: string, exact: string, date: string, what: string) => `✅ Записана экономия ${amount} (${exact}) от ${date}: ${what}. Её можно реинвестировать: /reallocate <сумма> savings <куда>.`,
  },
  kk: {
    usage: 'Былай жазыңыз: /recognise <сома> — <үнемді не берді> [күні], мысалы: /recognise 1,5 млрд — мемлекеттік қызметтерді бұлтқа көшіру',
    badAmount: 'Соманы түсінбедім. Ол бірінші жазылады: 1500000000, 1,5 млрд, 300 млн.',
    noWhat: 'Үнемді не бергенін сызықшадан кейін көрсетіңіз: /recognise 1,5 млрд — мемлекеттік қызметтерді бұлтқа көшіру',
    done: (amount: string, exact: string, date: string, what: string) => `✅ ${date} күнгі ${amount} (${exact}) үнемделген қаражат тіркелді: ${what}. Оны қайта инвестициялауға болады: /reallocate <сома> savings <қайда>.`,
  },
  en: {
    usage: 'Write it like: /recognise <amount> — <what produced the savings> [date], e.g. /recognise 1.5bn — moving public services to the cloud',
    badAmount: "I can't read the amount. It comes first: 1500000000, 1.5bn, 300m.",
    noWhat: 'Say what produced the savings, after a dash: /recognise 1.5bn — moving public services to the cloud',
    done: (amount: string, exact: string, date: string, what: string) => `✅ Recorded savings of ${amount} (${exact}) on ${date}: ${what}. They may now be reinvested: /reallocate <amount> savings <where>.`,
  },
} satisfies Record<Lang, unknown>;

const say = (pick: (t: (typeof TEXT)[Lang]) => string) => new UserError(perLang((lang) => pick(TEXT[lang])));

export const recogniseCommand = defineCommand({
  name: 'recognise',
  topic: 'changes',
  access: 'admin',
  visibility: 'menu',
  readOnly: false,
  summary: { ru: 'Записать признанную экономию (админ)', kk: 'Танылған үнемді тіркеу (әкімші)', en: 'Record recognised savings (admin)' },
  examples: {
    ru: ['/recognise 1,5 млрд — перевод госуслуг в облако'],
    kk: ['/recognise 1,5 млрд — мемлекеттік қызметтерді бұлтқа көшіру'],
    en: ['/recognise 1.5bn — moving public services to the cloud'],
  },
  args: z.object({
    amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    description: z.string().trim().min(1).max(500),
    date: z.string().refine(isIsoDate).optional(),
  }),
  parse(text, context) {
    if (!text.trim()) throw say((t) => t.usage);
    const { head, reason } = splitReason(text);
    const { rest: what, date } = splitTrailingDate(reason, context.today);
    const amount = parseAmount(head);
    if (amount === null) throw say((t) => t.badAmount);
    if (!what.trim()) throw say((t) => t.noWhat);
    return { amount, description: what.trim(), ...(date ? { date } : {}) };
  },
  format: ({ amount, description, date }) => `${amount} — ${description}${date ? ` ${date}` : ''}`,
  run({ amount, description, date }, context) {
    const { services, lang } = context;
    const on = date ?? context.today;
    try {
      recordRecognition(services.db, { id: `savings-${randomUUID()}`, date: on, amount, description, actor: actorOf(context) }, { now: services.now() });
    } catch (error) {
      if (error instanceof LedgerError) throw new UserError(ledgerErrorText(services.db, error));
      throw error;
    }
    return {
      blocks: [line(TEXT[lang].done(formatMoneyShort(amount, lang), formatMoneyExact(amount, lang), formatDate(on, lang), description))],
      data: { amount, description, date: on },
    };
  },
});
