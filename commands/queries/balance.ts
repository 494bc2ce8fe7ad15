import { weighted, type Reading } from '../../src/language/index.js';
import type { QueryArgs } from './query-args.js';
import { defineQueryCommand } from './query-command.js';

const namesSomething = (r: Reading) => r.mentions.some((m) => ['project', 'priority', 'administrator'].includes(m.matches[0]?.kind ?? ''));

export const balanceCommand = defineQueryCommand({
  name: 'balance',
  topic: 'money',
  summary: {
    ru: 'Остаток у проектов: сейчас или на дату, по направлению, администратору; у кого больше всего',
    kk: 'Жобалардағы қалдық: қазір немесе күнге, бағыт, әкімші бойынша; кімде ең көп',
    en: 'Money left with projects: now or on a date, by area, administrator; who holds most',
  },
  examples: {
    ru: ['/balance Astana Hub', '/balance на 1 июля по направлениям', '/balance топ 3'],
    kk: ['/balance Astana Hub', '/balance 1 шілдедегі бағыттар бойынша', '/balance топ 3'],
    en: ['/balance Astana Hub', '/balance as of 1 July by area', '/balance top 3'],
  },
  lexicon: {
    ru: [
      ...weighted(2.5, 'остат*', 'баланс*', 'неизрасходован*', 'неосвоен*'),
      ...weighted(3, 'числил*'), ...weighted(2, 'осталось', 'осталс*', 'оставал*', 'сколько денег у', 'на счет*', 'лежит', 'лежал*', 'держит', 'держат', 'в наличии', 'висит', 'висят', 'зависл*', 'на руках', 'в сухом остатке'),
      // "Сколько денег было на проекте к 1 ноября": what it held then.
      ...weighted(3, 'денег было', 'денег есть', 'было на проект*', 'было у проект*', 'есть на проект*'),
      ...weighted(4, 'выделен* но не потрач*', 'выделен* но не израсход*', 'получен* но не потрач*', 'не потрачен*', 'не освоил*', 'не освоен*', 'не израсходован*', 'не израсходовал*'),
    ],
    kk: [...weighted(3, 'ақша тұр*', 'ақша болды', 'ақша бар', 'ақшасы бар', 'қаржы бар', 'қаржысы бар', 'қаражат бар', 'қаражаты бар', 'ақша жатыр', 'қалып тұр*', 'әлі тұр*', 'қаншасы тұр*', 'қолында*', 'бітпеген'), ...weighted(2.5, 'қалдық*', 'қалдығы*'), ...weighted(2, 'қалды*', 'қалған*', 'жұмсалмай*', 'шотында*', 'шоттарында*', 'шоттарда*', 'жатқан ақша*'), ...weighted(4, 'жұмсалып бітпеген*', 'бөлінген бірақ жұмсалмаған*', 'әлі жұмсалмаған*', 'игерілмеген*', 'игерілмей*', 'жұмсалмай тұрған*', 'жұмсалмаған*', 'пайдаланылмай*', 'пайдаланылмаған*')],
    en: [
      ...weighted(2.5, 'balance*', 'unspent', 'left', 'remaining', 'remainder', 'not yet used', 'unused', 'not yet drawn', 'not drawn down', 'undrawn'),
      ...weighted(3.5, 'cash on hand', 'on hand', 'in hand', 'on the books', 'still sitting', 'sitting on', 'sitting idle', 'idle', 'what remains', 'in the kitty', 'leftover'),
      // Not 'hold*': on phonetic keys it is also «холдинг», a company.
      ...weighted(2, 'how much is in', 'how much sits in', 'how much is there in', 'still have', 'hold', 'holds', 'held', 'is holding', 'are holding', 'money does', 'on hand', 'parked', 'sitting with', 'sitting on', 'remains', 'what remains'),
      ...weighted(4, 'allocated but unspent', 'allocated but not spent', 'received but not spent', 'still unspent', 'not yet spent', 'not spent yet', 'yet to be spent', 'left on it', 'left over', 'still in their account*', 'still in its account*', 'in their account*', 'still in', 'on its account*', 'on their account*', 'in its account*', 'sits on its account*', 'on account', 'still on account', 'on accounts', 'still on accounts', 'on the account*', 'account on', 'on its books', 'on the books', 'still on its books', 'hasn t been spent', 'hasnt been spent', 'has not been spent', 'haven t been spent', 'have not been spent', 'not been spent', 'isn t spent', 'is not spent'),
    ],
  },
  // Money "left" at a project, area or administrator is its balance; at a source it is the free reserve.
  score: (r, keywords) => keywords + (keywords > 0 && namesSomething(r) ? 1.5 : 0),
  measure: (_r, args: QueryArgs) => (args.scope?.kind === 'source' ? 'freeReserve' : 'balance'),
});
