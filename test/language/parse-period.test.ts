import { describe, expect, it } from 'vitest';
import { findPeriod, normalizeText, tokenize } from '../../src/language/index.js';

const TODAY = '2026-11-30';
const period = (text: string) => {
  const found = findPeriod(tokenize(normalizeText(text)), TODAY);
  if (!found) return null;
  const { tokenStart: _start, tokenEnd: _end, ...rest } = found;
  return rest;
};
const range = (from: string, to: string, grain: string) => ({ kind: 'range', from, to, grain });

describe('periods in three languages', () => {
  it.each([
    ['расходы за март', range('2026-03-01', '2026-03-31', 'month')],
    ['в марте 2025 года', range('2025-03-01', '2025-03-31', 'month')],
    ['наурызда қанша жұмсалды', range('2026-03-01', '2026-03-31', 'month')],
    ['spending in June', range('2026-06-01', '2026-06-30', 'month')],
    ['во втором квартале', range('2026-04-01', '2026-06-30', 'quarter')],
    ['3-тоқсанда', range('2026-07-01', '2026-09-30', 'quarter')],
    ['Q2 2026', range('2026-04-01', '2026-06-30', 'quarter')],
    // A period still running ends today.
    ['во втором полугодии', range('2026-07-01', '2026-11-30', 'half')],
    ['first half', range('2026-01-01', '2026-06-30', 'half')],
    ['в 2026 году', range('2026-01-01', '2026-11-30', 'year')],
    ['в 2025 году', range('2025-01-01', '2025-12-31', 'year')],
    ['в прошлом месяце', range('2026-10-01', '2026-10-31', 'month')],
    ['за прошедший месяц', range('2026-10-01', '2026-10-31', 'month')],
    ['өткен айда', range('2026-10-01', '2026-10-31', 'month')],
    ['last month', range('2026-10-01', '2026-10-31', 'month')],
    // Clipped and Russian-keyboard spellings.
    ['how much did projects spend last mnth', range('2026-10-01', '2026-10-31', 'month')],
    ['spent last mo', range('2026-10-01', '2026-10-31', 'month')],
    ['расходы за прошлый мес', range('2026-10-01', '2026-10-31', 'month')],
    ['3-токсанда канша жумсалды', range('2026-07-01', '2026-09-30', 'quarter')],
    ['с 1 марта по 30 апреля', range('2026-03-01', '2026-04-30', 'days')],
    // Since a month: from its first day to today.
    ['spending by administrator since January', range('2026-01-01', '2026-11-30', 'days')],
    ['наурыздан бері қанша жұмсалды', range('2026-03-01', '2026-11-30', 'days')],
    ['between 1 June and 31 August', range('2026-06-01', '2026-08-31', 'days')],
    ['1 маусым мен 31 тамыз аралығында жұмсалған қаржы', range('2026-06-01', '2026-08-31', 'days')],
    ['қазан мен қараша айларында', range('2026-10-01', '2026-11-30', 'days')],
    ['10 наурыз бен 10 мамыр аралығында төленген ақша', range('2026-03-10', '2026-05-10', 'days')],
    ['жылдың бірінші жартысында', range('2026-01-01', '2026-06-30', 'half')],
    // A month's first day (or New Year's) up to a day or a period's end named after it.
    ['с января по 30 июня включительно', range('2026-01-01', '2026-06-30', 'days')],
    ['paid from New Year up to end-October', range('2026-01-01', '2026-10-31', 'days')],
    ['с марта до конца мая', range('2026-03-01', '2026-05-31', 'days')],
    // Two months joined are read before a month up to a day (the order matters: December is ahead).
    ['с июля по декабрь', range('2026-07-01', '2026-11-30', 'days')],
    // Only after "с", "from": a month and then another period is that month.
    ['что профинансировали в мае по первому кварталу', range('2026-05-01', '2026-05-31', 'month')],
    // Kazakh typed on a Russian keyboard, and "алғашқы" (first).
    ['кыркуйекте канша толеди', range('2026-09-01', '2026-09-30', 'month')],
    ['жылдың алғашқы жартысында', range('2026-01-01', '2026-06-30', 'half')],
    // The year's first N months; the last N, this one included.
    ['оплаты за 9 месяцев', range('2026-01-01', '2026-09-30', 'days')],
    ['first nine months of the year', range('2026-01-01', '2026-09-30', 'days')],
    ['алғашқы 9 айда', range('2026-01-01', '2026-09-30', 'days')],
    ['за последние 3 месяца', range('2026-09-01', '2026-11-30', 'days')],
    // A season: its three months, the latest begun; winter crosses the new year.
    ['оплаты за летние месяцы', range('2026-06-01', '2026-08-31', 'days')],
    ['жазғы айларда төленгені', range('2026-06-01', '2026-08-31', 'days')],
    ['spending in autumn', range('2026-09-01', '2026-11-30', 'days')],
    ['зимой', range('2025-12-01', '2026-02-28', 'days')],
    // A closer period beside a season wins; "since the start of" a month runs to today.
    ['autumn savings since the start of October', range('2026-10-01', '2026-11-30', 'days')],
    // "Since the start of the year" in English words.
    ['how much was spent since the start of the year', range('2026-01-01', '2026-11-30', 'toDate')],
    ['reallocated from the beginning of this year', range('2026-01-01', '2026-11-30', 'toDate')],
    // A season's genitive ("жаздың") is a season too; "жыл басынан бергі" runs from 1 January.
    ['жаздың үш айында', range('2026-06-01', '2026-08-31', 'days')],
    // "Over the year" without naming one is this year.
    ['сколько потрачено за год', range('2026-01-01', '2026-11-30', 'year')],
    ['spending over the whole year', range('2026-01-01', '2026-11-30', 'year')],
    ['жыл бойы жұмсалғаны', range('2026-01-01', '2026-11-30', 'year')],
    // "биылғы" (this year's) before a season or a month is that season or month of this year.
    ['биылғы жаз қанша жұмсалды', range('2026-06-01', '2026-08-31', 'days')],
    ['биылғы наурызда', range('2026-03-01', '2026-03-31', 'month')],
    ['жыл басынан бергі төлемдер', range('2026-01-01', '2026-11-30', 'toDate')],
    // Kazakh "until" after the month's end; a period running to today as the last words.
    ['жыл басынан маусымның соңына дейін', range('2026-01-01', '2026-06-30', 'days')],
    ['расходы с начала года', range('2026-01-01', '2026-11-30', 'toDate')],
    ['с начала октября', range('2026-10-01', '2026-11-30', 'days')],
    ['September plus October payments, combined', range('2026-09-01', '2026-10-31', 'days')],
    // From the start of a month up to a day.
    ['с начала февраля по 15 апреля', range('2026-02-01', '2026-04-15', 'days')],
    ['from the start of February to April 15', range('2026-02-01', '2026-04-15', 'days')],
    ['ақпан басынан сәуірдің 15-іне дейін', range('2026-02-01', '2026-04-15', 'days')],
  ])('%s', (text, expected) => {
    expect(period(text)).toEqual(expected);
  });

  it('reads a moment as "as of" that day', () => {
    expect(period('остаток на 1 июля')).toEqual({ kind: 'asOf', date: '2026-07-01' });
    expect(period('reserve as of 15 June')).toEqual({ kind: 'asOf', date: '2026-06-15' });
    // A day and month without a year, before "жағдайы бойынша" (as it stood).
    expect(period('31.10 жағдайы бойынша игеру пайызы')).toEqual({ kind: 'asOf', date: '2026-10-31' });
    expect(period('how far along on execution when June ended')).toEqual({ kind: 'asOf', date: '2026-06-30' });
    expect(period('маусым айы біткенде игеру қандай еді')).toEqual({ kind: 'asOf', date: '2026-06-30' });
    expect(period('utilisation once September closed')).toEqual({ kind: 'asOf', date: '2026-09-30' });
    expect(period('а на начало августа что было')).toEqual({ kind: 'asOf', date: '2026-08-01' });
    expect(period('исполнение по итогам мая')).toEqual({ kind: 'asOf', date: '2026-05-31' });
    expect(period('мамыр қорытындысы бойынша игеру')).toEqual({ kind: 'asOf', date: '2026-05-31' });
    // "the year's" before its half is part of the period, not a word of a name.
    expect(findPeriod(tokenize(normalizeText('корпорациясы жылдың бірінші жартысында')), TODAY)).toMatchObject({ tokenStart: 1, from: '2026-01-01', to: '2026-06-30' });
  });

  it('reads "за полугодие" with no ordinal as the first half', () => {
    expect(period('какие два направления больше всего израсходовали за полугодие')).toEqual(range('2026-01-01', '2026-06-30', 'half'));
  });

  it('reads the year to date', () => {
    expect(period('с начала года')).toMatchObject({ kind: 'range', from: '2026-01-01', to: TODAY });
  });

  it('finds no period in words that only look like months', () => {
    expect(period('Казахтелеком қаражатты қанша пайызға игерді')).toBeNull();
    expect(period('Самұрық-Қазына резервінде қанша қалды')).toBeNull();
    expect(period('сколько осталось в резерве')).toBeNull();
    // "жаз" last, after what is to be written, is "write", not the summer.
    expect(period('бос қалдығы ең аз көз қайсы? сомасын да жаз')).toBeNull();
  });
});

describe('a bare four-digit number', () => {
  it('is a year near this budget’s, or when the word "year" says so; otherwise part of a name', () => {
    expect(period('остаток у проекта центр услуг 2025')).toEqual(range('2025-01-01', '2025-12-31', 'year'));
    expect(period('остаток у проекта центр электронных услуг шымкент 1932')).toBeNull();
    expect(period('хаб №3041')).toBeNull();
    expect(period('что было в 1998 году')).toEqual(range('1998-01-01', '1998-12-31', 'year'));
  });
});

describe('more ways to say a period', () => {
  it.each([
    ['сколько оплачено с января по сегодняшний день', range('2026-01-01', '2026-11-30', 'days')],
    ['from March to date', range('2026-03-01', '2026-11-30', 'days')],
    ['расходы минувшего месяца', range('2026-10-01', '2026-10-31', 'month')],
    ['spending in the previous calendar month', range('2026-10-01', '2026-10-31', 'month')],
  ])('%s', (text, expected) => expect(period(text)).toEqual(expected));
});

it('takes "the month of" before a month as the month’s words', () => {
  const found = findPeriod(tokenize(normalizeText('paid over the month of March')), TODAY);
  expect(found).toMatchObject({ from: '2026-03-01', to: '2026-03-31', tokenStart: 3, tokenEnd: 6 });
});

it('reads "after the end of August" as from the next day to today', () => {
  expect(period('how much was booked after the end of August')).toEqual(range('2026-09-01', '2026-11-30', 'days'));
  expect(period('сколько потратили после конца августа')).toEqual(range('2026-09-01', '2026-11-30', 'days'));
});

it('reads "ағымдағы тоқсан" as this quarter', () => {
  expect(period('ағымдағы тоқсанда төлемдер қанша')).toEqual(range('2026-10-01', '2026-11-30', 'quarter'));
});

it('ends a span running to today where the question says it stops', () => {
  expect(period('сколько успели оплатить с начала года до конца июня включительно')).toEqual(range('2026-01-01', '2026-06-30', 'days'));
  expect(period('everything paid from January up to end of day 31 October')).toEqual(range('2026-01-01', '2026-10-31', 'days'));
  // Said alone, it still runs to today.
  expect(period('с начала года')).toMatchObject({ from: '2026-01-01', to: '2026-11-30' });
});

it('reads a day and month after "end of day" as that moment', () => {
  expect(period('освоение всей программы по состоянию на конец дня 30.09')).toEqual({ kind: 'asOf', date: '2026-09-30' });
  expect(period('execution at end of day 30.09')).toEqual({ kind: 'asOf', date: '2026-09-30' });
});

it('ends a span running to today on the moment the question is taken at, said before or after it', () => {
  expect(period('31 тамыздағы жағдай бойынша жыл басынан қанша жұмсалды')).toEqual(range('2026-01-01', '2026-08-31', 'days'));
  expect(period('по состоянию на 31 августа с начала года сколько потрачено')).toEqual(range('2026-01-01', '2026-08-31', 'days'));
  expect(period('сколько потрачено с начала года по состоянию на 31 августа')).toEqual(range('2026-01-01', '2026-08-31', 'days'));
  expect(period('as of 31 August, spent year to date')).toEqual(range('2026-01-01', '2026-08-31', 'days'));
  expect(period('since 1 July as at 30 September')).toEqual(range('2026-07-01', '2026-09-30', 'days'));
});

it('reads a day and month without a year where a date is expected, and never an amount or a multiplier', () => {
  expect(period('сколько провели с 10.03 по 20.04')).toEqual(range('2026-03-10', '2026-04-20', 'days'));
  expect(period('10.06 мен 25.07 аралығындағы төлемдер қанша')).toEqual(range('2026-06-10', '2026-07-25', 'days'));
  expect(period('остаток на 10.06')).toMatchObject({ kind: 'asOf', date: '2026-06-10' });
  expect(period('выделить 10.06 млрд')).toBeNull();
  expect(period('multiplier 2.70 please')).toBeNull();
});

it('reads seasons in every case ("за весну") and "from July on"', () => {
  expect(period('фонд Даму за весну скока оплатил')).toEqual(range('2026-03-01', '2026-05-31', 'days'));
  expect(period('its payments from July on')).toEqual(range('2026-07-01', '2026-11-30', 'days'));
});

it('takes the word "months" after a span of months as the span\'s ("наурыз-сәуір айларында")', () => {
  expect(period('наурыз-сәуір айларында төлемдер')).toEqual(range('2026-03-01', '2026-04-30', 'days'));
  expect(findPeriod(tokenize(normalizeText('наурыз-сәуір айларында төлемдер')), TODAY)?.tokenEnd).toBe(3);
});

it('reads "жаздын" typed without Kazakh letters as summer', () => {
  expect(period('Kartograf Pro жаздын уш айында канша толеди')).toEqual(range('2026-06-01', '2026-08-31', 'days'));
});

it('reads more spans: "между 16.02 и 09.04", "к концу июня", "Jan through 31 Aug", "начиная с июля", "окт+нояб", "30 маусымды қоса алғанда"', () => {
  expect(period('между 16.02 и 09.04 (включая обе даты) что оплачено')).toEqual(range('2026-02-16', '2026-04-09', 'days'));
  expect(period('выделить 5 и 10.06 млрд')).toBeNull();
  expect(period('с начала года к концу июня сколько успели оплатить')).toEqual(range('2026-01-01', '2026-06-30', 'days'));
  expect(period('paid out Jan through 31 Aug, running total')).toEqual(range('2026-01-01', '2026-08-31', 'days'));
  expect(period('какую сумму экономии зафиксировали начиная с июля')).toEqual(range('2026-07-01', '2026-11-30', 'days'));
  expect(period('окт+нояб — итого оплачено')).toEqual(range('2026-10-01', '2026-11-30', 'days'));
  expect(period('жыл басынан 30 маусымды қоса алғанда барлығы қанша төленді')).toEqual(range('2026-01-01', '2026-06-30', 'days'));
  // A month said alone is still that month.
  expect(period('в июле')).toEqual(range('2026-07-01', '2026-07-31', 'month'));
});

it('reads a day and month before a percent sign as a date ("на 30.09), %")', () => {
  expect(period('освоение по итогам 9 месяцев (на 30.09), %')).toMatchObject({ kind: 'asOf', date: '2026-09-30' });
});

it('reads Kazakh endings split off dates without a year ("20.03-тен 15.05-ке дейін") and "жаз айларында"', () => {
  expect(period('20.03-тен 15.05-ке дейін (екі күнін қоса алғанда) қанша төленді')).toEqual(range('2026-03-20', '2026-05-15', 'days'));
  expect(period('ТЖМ жаз айларында қанша төлеген')).toEqual(range('2026-06-01', '2026-08-31', 'days'));
});

it('reads a span typed as one token ("16.02–20.03") and three months in a row ("март, апрель, май", "сәуір-мамыр-маусым")', () => {
  expect(period('в промежутке 16.02–20.03 (оба дня считаем) сумма платежей какая')).toEqual(range('2026-02-16', '2026-03-20', 'days'));
  expect(period('сколько заплатили за весну — март, апрель, май')).toEqual(range('2026-03-01', '2026-05-31', 'days'));
  expect(period('сәуір-мамыр-маусым, яғни екінші тоқсан бойынша қанша төледік')).toEqual(range('2026-04-01', '2026-06-30', 'days'));
});

it('reads "на текущую дату" as today, "9 мес. с начала года" as the year\'s first nine months, and no "кешен" as yesterday', () => {
  expect(period('общая сумма оплат по актам на текущую дату')).toEqual({ kind: 'asOf', date: '2026-11-30' });
  expect(period('на данный момент сколько осталось')).toEqual({ kind: 'asOf', date: '2026-11-30' });
  expect(period('расходы за 9 мес. с начала года')).toEqual(range('2026-01-01', '2026-09-30', 'days'));
  // "кешендерінің" (of the complexes) starts like "кеше" (yesterday): the date is 1 June.
  expect(period('КЭПГ кешендерінің шотында 1 маусымда қанша қалдық болды')).toEqual({ kind: 'asOf', date: '2026-06-01' });
  expect(period('кешегі жағдай бойынша қалдық')).toEqual({ kind: 'asOf', date: '2026-11-29' });
});

it('reads "the first N months" in three languages as January to the end of the N-th month', () => {
  expect(period('жылдың алғашқы бес айындағы төлемдер сомасы')).toEqual(range('2026-01-01', '2026-05-31', 'days'));
  expect(period('расходы за первые пять месяцев')).toEqual(range('2026-01-01', '2026-05-31', 'days'));
  expect(period('spending in the first 3 months of 2026')).toEqual(range('2026-01-01', '2026-03-31', 'days'));
  // A count that is no number of months is no period.
  expect(period('первые пять проектов')).toBeNull();
});

it('reads a period that ends in "to" with nothing after it ("Q4 to"), without failing', () => {
  expect(period('4 to q 4 to')).toMatchObject({ kind: 'range', from: '2026-10-01' });
});

it('reads "с 1 по 15 мая" as a span of days of one month, and "2-е полугодие" as the second half', () => {
  expect(period('расходы с 1 по 15 мая')).toEqual(range('2026-05-01', '2026-05-15', 'days'));
  expect(period('расходы с 1-го по 15-е мая')).toEqual(range('2026-05-01', '2026-05-15', 'days'));
  expect(period('spending from the 1st to 15 May')).toEqual(range('2026-05-01', '2026-05-15', 'days'));
  expect(period('spending between 3 and 9 June')).toEqual(range('2026-06-03', '2026-06-09', 'days'));
  // A day after the date is no span of it; a date alone is a moment.
  expect(period('остаток на 15 мая')).toEqual({ kind: 'asOf', date: '2026-05-15' });
  expect(period('признанная экономия за 2-е полугодие')).toEqual(range('2026-07-01', '2026-11-30', 'half'));
  expect(period('расходы за 1-е полугодие')).toEqual(range('2026-01-01', '2026-06-30', 'half'));
});

it('reads Roman numerals typed with the Kazakh letter "І" as ordinals ("ІІ тоқсан")', () => {
  expect(period('ІІ тоқсанда қанша төленді')).toEqual(range('2026-04-01', '2026-06-30', 'quarter'));
  expect(period('І жартыжылдықта')).toEqual(range('2026-01-01', '2026-06-30', 'half'));
});
