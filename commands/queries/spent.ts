import { weighted } from '../../src/language/index.js';
import { defineQueryCommand } from './query-command.js';

export const spentCommand = defineQueryCommand({
  name: 'spent',
  topic: 'money',
  summary: {
    ru: 'Расходы: за период, по проекту, направлению, администратору; разбивки и рейтинги',
    kk: 'Шығындар: кезең, жоба, бағыт, әкімші бойынша; бөліністер мен рейтингтер',
    en: 'Spending: by period, project, area, administrator; breakdowns and rankings',
  },
  examples: {
    ru: ['/spent март', '/spent II квартал по направлениям', '/spent kazllm 2026'],
    kk: ['/spent наурыз', '/spent 2-тоқсан бағыттар бойынша', '/spent kazllm 2026'],
    en: ['/spent March', '/spent Q2 by area', '/spent kazllm 2026'],
  },
  lexicon: {
    ru: [
      ...weighted(3, 'израсход*', 'потрач*', 'потрат*', 'расход*', 'трат*', 'затрат*'),
      ...weighted(3, 'оплат*', 'выплат*', 'выплач*', 'платеж*', 'платёж*', 'самы* затратн*'),
      ...weighted(2, 'оплач*', 'ушло', 'освоено', 'заплат*', 'заплач*'),
      ...weighted(3, 'обошл*', 'обошел*', 'обошёл*', 'обойдет*', 'списал*', 'списан*', 'проплат*', 'проплач*'),
      ...weighted(4, 'кассов* исполнени*', 'кассов* расход*', 'по кассе'),
      ...weighted(3, 'утекл*', 'утекло'),
      ...weighted(3.5, 'подрядчик*', 'поставщикам', 'исполнителям'),
      // Paid against acceptance certificates ("по актам"): money out, whatever the verb beside it.
      ...weighted(5, 'по актам', 'по акту', 'оплат* по акт*', 'актам выполненных работ', 'за выполненные работы', 'выполненных работ', 'закрыл* акт*', 'закрыт* акт*'),
    ],
    kk: [
      ...weighted(3, 'жұмса*', 'шығын*', 'шығыс*'), ...weighted(2, 'шықты', 'шыққан*', 'төлеп'), ...weighted(2, 'төлен*', 'төлем*', 'төледі*', 'төлеген*'), ...weighted(2.5, 'кетті', 'кеткен*'),
      // Money that went to contractors was paid out.
      ...weighted(3.5, 'подрядшы*', 'мердігер*', 'жеткізушілерге'),
      // Payments made ("аударылған төлемдер"): money out, though "аударылған" alone is money moved.
      ...weighted(4, 'аударылған төлем*', 'төлемдер аударыл*', 'төлем өтті', 'төлемдер өтті'),
      // To the executors ("орындаушыларға"): what they were paid. "Орындаушылар бойынша" groups by administrator.
      ...weighted(3.5, 'орындаушыларға', 'орындаушыға'),
      ...weighted(5, 'актілер бойынша', 'акт бойынша', 'актілерге сәйкес'),
    ],
    en: [...weighted(3, 'spent', 'spend*', 'expenditure*', 'expense*', 'spnet', 'outlay*', 'outgoing*', 'outflow*', 'disburs*', 'burn', 'burned', 'burnt', 'out the door', 'invoices settled', 'settled', 'invoice*', 'cash out', 'cash-out', 'money out', 'run rate', 'run-rate'), ...weighted(3, 'paid out', 'pay out', 'payed out', 'payment*', 'paymnet*', 'paymet*', 'payout*'), ...weighted(4, 'got paid', 'get paid', 'gets paid', 'was paid', 'were paid', 'been paid'), ...weighted(2.5, 'pay', 'paid', 'payed', 'paying'), ...weighted(2, 'cost', 'costs', 'cost so far'), ...weighted(3, 'went out', 'go out', 'gone out', 'contractor*', 'out to contractor*', 'payer', 'payers', 'biggest payer', 'gone on', 'went on', 'been spent')],
  },
  measure: () => 'spent',
});
