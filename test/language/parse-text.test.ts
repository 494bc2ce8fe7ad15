import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INTENTS } from '../../commands/registry.js';
import { parseText, type Catalogue, type ParseResult } from '../../src/language/index.js';
import { OWN_CATALOGUE, OWN_TODAY } from '../helpers/own-catalogue.js';

const opts = { today: OWN_TODAY, intents: INTENTS };
const INTENT_NAMES = INTENTS.map((i) => i.name);

function isValid(r: ParseResult): boolean {
  if (r.kind === 'unknown') return Object.keys(r).length === 1;
  if (r.kind === 'intent')
    return INTENT_NAMES.includes(r.intent) && typeof r.args === 'object' && r.confidence >= 0 && r.confidence <= 1;
  if (r.kind === 'ambiguous')
    return r.options.length >= 1 && r.options.length <= 3 && r.options.every((o) => INTENT_NAMES.includes(o.intent) && typeof o.args === 'object');
  return false;
}

describe('parseText', () => {
  it('accepts bare command names, and names and amounts in a sentence', () => {
    expect(parseText('reserved', OWN_CATALOGUE, opts)).toMatchObject({ kind: 'intent', intent: 'reserved', args: {} });
    expect(parseText('sources', OWN_CATALOGUE, opts)).toMatchObject({ kind: 'intent', intent: 'sources' });
    expect(parseText('проект цифровая школа', OWN_CATALOGUE, opts)).toMatchObject({ kind: 'intent', intent: 'project', args: { project: 'digital-school' } });
    expect(parseText('переведи 5 млн с Smart Almaty на цифровую школу', OWN_CATALOGUE, opts)).toMatchObject({
      kind: 'intent',
      intent: 'reallocate',
      args: { amount: 5_000_000, from: 'smart-almaty', to: 'digital-school' },
    });
  });

  it('looks up words that only faintly sound like a project’s name as typed, never opening that project’s card', () => {
    const roads: Catalogue = {
      ...OWN_CATALOGUE,
      projects: [
        { id: 'redlight', name: 'Камеры фиксации проезда на запрещающий сигнал светофора', names: ['Камеры фиксации проезда на запрещающий сигнал светофора'] },
        { id: 'vms', name: 'Табло переменной информации на трассах', names: ['Табло переменной информации на трассах'] },
      ],
    };
    expect(parseText('amount to the variable message signs', roads, opts)).toMatchObject({ kind: 'intent', intent: 'project', args: { project: 'variable message signs' } });
    expect(parseText('проект табло переменной информации', roads, opts)).toMatchObject({ kind: 'intent', intent: 'project', args: { project: 'vms' } });
  });

  it('reads money paid to contractors as spending, and money gone or committed into projects as allocations', () => {
    const intentOf = (text: string) => {
      const r = parseText(text, OWN_CATALOGUE, opts);
      return r.kind === 'intent' ? [r.intent, r.args.measure] : r.kind;
    };
    expect(intentOf('тамызда подрядшыларға канша аударылды')).toEqual(['spent', 'spent']);
    expect(intentOf('сколько перечислили подрядчикам в августе')).toEqual(['spent', 'spent']);
    expect(intentOf('how much has gone into projects this year')).toEqual(['received', 'received']);
    expect(intentOf('money committed to projects in October from the reserves')).toEqual(['received', 'allocated']);
    expect(intentOf('жобалардың шоттарында жатқан ақша, жиыны')).toEqual(['balance', 'balance']);
    // Narrow words only: "still on track" is no balance, "the total in the reserves" no allocation.
    expect(intentOf('is Digital School still on track')).not.toEqual(['balance', 'balance']);
    expect(intentOf('what is the total in the reserves')[0]).toBe('reserved');
    // How much of the money is used, in %: execution.
    expect(intentOf('how much of the money is used, %')).toEqual(['execution', 'execution']);
  });

  it('says a name the data lacks rather than asking which of two commands was meant', () => {
    // "бақылайтын" (monitoring) also reads as the watch command; the project does not exist either way.
    expect(parseText('көшкін қаупін бақылайтын «SlopeGuard» жобасына төленгені', OWN_CATALOGUE, opts)).toMatchObject({
      kind: 'intent',
      intent: 'spent',
      args: { unknown: { text: 'SlopeGuard', kind: 'project' } },
    });
  });

  it('reads "since launch" as the whole span, and funders as sources', () => {
    const argsOf = (text: string) => {
      const r = parseText(text, OWN_CATALOGUE, opts);
      return r.kind === 'intent' ? r.args : null;
    };
    expect(argsOf('spending per priority area since launch')).toMatchObject({ measure: 'spent', groupBy: 'area' });
    expect(argsOf('spending per priority area since launch')).not.toHaveProperty('unknown');
    expect(argsOf('расходы по направлениям с начала программы')).not.toHaveProperty('unknown');
    expect(argsOf('largest pot of unallocated reserve, which funder')).toMatchObject({ groupBy: 'source' });
  });

  it('reads payments "по актам" as spending, "hasn\'t been spent" as a balance, "left to allocate" as free reserve, and "admins" as administrators', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('Цифровая школа за июль сколько получила по актам')).toMatchObject({ intent: 'spent', args: { scope: { kind: 'project', id: 'digital-school' } } });
    expect(r('Digital school: how much of it hasn\'t been spent yet')).toMatchObject({ intent: 'balance' });
    expect(r('which funding source has the most reserve left to allocate')).toMatchObject({ intent: 'reserved', args: { groupBy: 'source', rank: { order: 'top', n: 1 } } });
    expect(r('overall free reserve not yet handed to any project')).toMatchObject({ intent: 'reserved', args: { measure: 'freeReserve' } });
    const limits = r('совокупные лимиты источников по программе (весь объём, не только резерв)');
    expect(limits).toMatchObject({ intent: 'reserved', args: { measure: 'funding' } });
    expect(limits.kind === 'intent' && (limits.args.unknown ?? limits.args.unused)).toBeFalsy();
    expect(r('admins ranked by money sitting on account, top 3')).toMatchObject({ intent: 'balance', args: { groupBy: 'administrator', rank: { order: 'top', n: 3 } } });
    expect(r('сколько из Фонда развития ушло на проекты')).toMatchObject({ intent: 'received', args: { scope: { kind: 'source', id: 'development-fund' } } });
  });

  it('reads "байланыс" (communications) as no "watch" command, and a conjunction inside a name as no list of measures', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('шілде айында байланыс бойынша қанша төленді')).toMatchObject({ kind: 'intent', intent: 'spent' });
    const allocated = r('резервтерден цифрлық мектеп мен Smart Almaty жобаларына жалпы қанша бөлінді');
    expect(allocated).toMatchObject({ intent: 'received', args: { measure: 'allocated' } });
    expect(allocated.kind === 'intent' && allocated.args.also).toBeUndefined();
    // A real list still is one.
    expect(r('Цифровая школа: сколько получила и сколько потратила')).toMatchObject({ args: { also: ['spent'] } });
  });

  it('reads rankings told by a collective numeral or "better than the rest", zero payments in English and Kazakh, and "выполненные работы" as no status', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('пятёрка проектов по оплатам за январь–июнь')).toMatchObject({ intent: 'spent', args: { groupBy: 'project', rank: { order: 'top', n: 5 } } });
    expect(r('назови троих «рекордсменов» по остатку на проектных счетах')).toMatchObject({ intent: 'balance', args: { groupBy: 'project', rank: { order: 'top', n: 3 } } });
    expect(r('какое направление осваивает лучше остальных, с процентом')).toMatchObject({ intent: 'execution', args: { groupBy: 'area', rank: { order: 'top', n: 1 } } });
    expect(r('projects that haven\'t paid a single tenge so far')).toMatchObject({ intent: 'spent', args: { groupBy: 'project', rank: { zero: true } } });
    expect(r('маусым айында төлемі нөлге тең болған жобалар')).toMatchObject({ intent: 'spent', args: { rank: { zero: true } } });
    const works = r('сколько перечислили подрядчикам за выполненные работы, всего');
    expect(works).toMatchObject({ intent: 'spent' });
    expect(works.kind === 'intent' && works.args.scope).toBeFalsy();
  });

  it('reads "қанша ақша тұрды" and "still on account" as a balance, and money that "разошлось по проектам" as allocated', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('1 қарашада Smart Almaty жобасында қанша ақша тұрды')).toMatchObject({ intent: 'balance', args: { scope: { kind: 'project', id: 'smart-almaty' } } });
    expect(r('Smart Almaty — paid out and still on account')).toMatchObject({ args: { measure: 'spent', also: ['balance'] } });
    expect(r('сколько из Фонда развития уже разошлось по проектам')).toMatchObject({ intent: 'received', args: { scope: { kind: 'source', id: 'development-fund' } } });
    // "Спустили из резервов", "the reserves released to projects": allocations, not the free reserve.
    expect(r('сколько всего спустили из резервов на проекты')).toMatchObject({ intent: 'received', args: { measure: 'allocated' } });
    expect(r('how much did the reserves release to projects in March')).toMatchObject({ intent: 'received', args: { measure: 'allocated' } });
    expect(r('Фонд развития: какая часть уже ушла на проекты')).toMatchObject({ intent: 'received', args: { measure: 'allocated' } });
    // "Қайтару" inside a project's name is no money given back.
    const vat: Catalogue = {
      ...OWN_CATALOGUE,
      projects: [...OWN_CATALOGUE.projects, { id: 'vat', name: 'Тәуекел бейіні бойынша ҚҚС-ты автоматты қайтару', names: ['Тәуекел бейіні бойынша ҚҚС-ты автоматты қайтару'], priority: OWN_CATALOGUE.projects[0]!.priority, owner: 'X' }],
    };
    expect(parseText('ҚҚС-ты автоматты қайтаруға Ұлттық қордан қанша берілді', vat, opts)).toMatchObject({ intent: 'received', args: { measure: 'received' } });
    // Words between "handed" and "back to the reserve": still given back.
    expect(r('KazLLM handed some savings back to the reserve in October — how much')).toMatchObject({ intent: 'received', args: { measure: 'released' } });
  });

  it('reads "осы уақытқа дейін", "бәрінен көп" and "not one payment" as no names', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    const top = r('қай үш жоба осы уақытқа дейін бәрінен көп ақша төлеп үлгерді');
    expect(top).toMatchObject({ intent: 'spent', args: { groupBy: 'project', rank: { order: 'top', n: 3 } } });
    expect(top.kind === 'intent' && (top.args.unknown ?? top.args.unused)).toBeFalsy();
    expect(r('any projects where not one payment has gone out yet?')).toMatchObject({ intent: 'spent', args: { rank: { zero: true } } });
    const zero = r('is there any project with zero payments to date? name them');
    expect(zero).toMatchObject({ intent: 'spent', args: { rank: { zero: true } } });
    expect(zero.kind === 'intent' && (zero.args.unknown ?? zero.args.unused)).toBeFalsy();
  });

  it('reads "сколько денег было на проекте" on a date as its balance then', () => {
    expect(parseText('Smart Almaty — сколько денег было на проекте к 1 ноября', OWN_CATALOGUE, opts)).toMatchObject({ intent: 'balance', args: { scope: { kind: 'project', id: 'smart-almaty' }, period: { kind: 'asOf', date: '2026-11-01' } } });
  });

  it('reads "әзірге", "nobody", "ең кішкентай" and "тамыздан бери" as what they say, not as names', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    const free = r('әзірге ешбір жобаға бөлінбеген резерв қанша');
    expect(free).toMatchObject({ intent: 'reserved', args: { measure: 'freeReserve' } });
    expect(free.kind === 'intent' && (free.args.unknown ?? free.args.unused)).toBeFalsy();
    expect(r('reserve money nobody has handed to a project yet — how much is it in total')).toMatchObject({ intent: 'reserved', args: { measure: 'freeReserve' } });
    expect(r('бос резерві ең кішкентай қалған көз қайсы')).toMatchObject({ intent: 'reserved', args: { rank: { order: 'bottom', n: 1 } } });
    expect(r('Smart Almaty тамыздан бери канша толеди')).toMatchObject({ args: { period: { kind: 'range', to: OWN_TODAY } } });
  });

  it('reads "включительно" as no typo of "выключи" (an unsubscribe word)', () => {
    expect(parseText('с 15 сентября по 25 октября включительно сколько заплатили', OWN_CATALOGUE, opts)).toMatchObject({ kind: 'intent', intent: 'spent' });
  });

  it('reads what is left or unused of the savings as the savings, not the projects’ balance', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('is there any unused savings balance left')).toMatchObject({ intent: 'savings' });
    expect(r('үнемнен әлі жұмсалмай қалған ақша бар ма')).toMatchObject({ intent: 'savings' });
    expect(r('остался ли нераспределённый остаток экономии')).toMatchObject({ intent: 'savings' });
  });

  it('reads "top three" beside "Q2" as three, "across all five sources" as the whole, "envelope" as funding, and "ск-ко" as "сколько"', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('Q2 leaderboard — top three projects by money paid to contractors')).toMatchObject({ args: { rank: { order: 'top', n: 3 }, period: { from: '2026-04-01' } } });
    const whole = r('total funding envelope across all five sources');
    expect(whole).toMatchObject({ intent: 'reserved', args: { measure: 'funding' } });
    expect(whole.kind === 'intent' && (whole.args.groupBy ?? whole.args.unknown)).toBeFalsy();
    expect(r('Smart Almaty — ск-ко оплачено')).toMatchObject({ intent: 'spent', args: { scope: { kind: 'project', id: 'smart-almaty' } } });
  });

  it('reads "which source gave the least" as figures ranked, and "расписано по проектам" as allocated', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('which funding source has given the least to projects? how much')).toMatchObject({ intent: 'received', args: { groupBy: 'source', rank: { order: 'bottom', n: 1 } } });
    expect(r('сколько из резервов уже расписано по проектам')).toMatchObject({ intent: 'received', args: { measure: 'allocated' } });
    expect(r('сколько в резервах ещё не расписано по проектам')).toMatchObject({ intent: 'reserved', args: { measure: 'freeReserve' } });
  });

  it('answers "how much has X paid" with the figure, not the card; money "to another project" is passed on; a project giving savings back released them', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('how much has the Smart Almaty project paid')).toMatchObject({ intent: 'spent', args: { scope: { kind: 'project', id: 'smart-almaty' } } });
    expect(r('Smart Almaty жобасынан басқа жобаға қанша ақша кетті')).toMatchObject({ intent: 'received', args: { measure: 'reallocated' } });
    expect(r('Smart Almaty returned some savings in July — how much')).toMatchObject({ intent: 'received', args: { measure: 'released' } });
  });

  it('counts an area’s projects when asked "неше жоба бар", and reads "көші-қон" as no typo of a command word', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('Умные города бағытында неше жоба бар')).toMatchObject({ intent: 'projects', args: { priority: 'smart-cities' } });
    expect(r('қазан айында көші-қон бағдарламасы бойынша қанша төленді')).toMatchObject({ intent: 'spent' });
  });

  it('reads where the savings went as the savings, "X gave to Y" as Y’s money from X, "X handed some to Y" as passed on', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('үнемделген ақша қай жобалар мен резервтерге түсті, атап бер')).toMatchObject({ intent: 'savings' });
    expect(r('сэкономленное на какие проекты и резервы раскидали? назови')).toMatchObject({ intent: 'savings' });
    expect(r('how much did the national fund give to Smart Almaty')).toMatchObject({ intent: 'received', args: { scope: { kind: 'project', id: 'smart-almaty' } } });
    expect(r('Smart Almaty handed some money to the digital school project — how much')).toMatchObject({ intent: 'received', args: { scope: { kind: 'project', id: 'smart-almaty' }, measure: 'reallocated' } });
    expect(r('how much republican budget money is still parked in reserve, not given to projects')).toMatchObject({ intent: 'reserved', args: { measure: 'freeReserve' } });
  });

  it('reads payments to an area’s projects in a month as money, not the list of projects', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('сәуір айында Умные города жобаларына төлемдер')).toMatchObject({ intent: 'spent', args: { period: { from: '2026-04-01', to: '2026-04-30' } } });
    expect(r('Умные города жобалары')).toMatchObject({ intent: 'projects' });
  });

  it('reads "free reserve across all sources", "общий объём всех источников", "passed on to projects or back", and «… холдингі» as no "hold"', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('free reserve across all funding sources of the programme')).toMatchObject({ intent: 'reserved', args: { measure: 'freeReserve' } });
    expect(r('общий объём всех пяти источников финансирования')).toMatchObject({ intent: 'reserved', args: { measure: 'funding' } });
    expect(r('total passed on by projects, to other projects or back to the reserves')).toMatchObject({ intent: 'received', args: { measure: 'passedOn' } });
    expect(r('холдинг қанша төледі')).not.toMatchObject({ intent: 'balance' });
  });

  it('reads "sources and amounts" or "funding by source" of a project as its money by source, and "moved to another project" as passed on', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('Smart Almaty funding by source, with amounts')).toMatchObject({ intent: 'received', args: { scope: { kind: 'project', id: 'smart-almaty' }, groupBy: 'source' } });
    expect(r('Smart Almaty — how much was moved to another project')).toMatchObject({ intent: 'received', args: { measure: 'reallocated' } });
  });

  it('reads "of the six sources, which one" as one, "ушла по проектам" as allocated, "не было распределено" as free reserve', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('of the five sources, which one has put the most into projects so far')).toMatchObject({ intent: 'received', args: { groupBy: 'source', rank: { order: 'top', n: 1 } } });
    expect(r('национальный фонд: какая часть уже ушла по проектам, в тенге')).toMatchObject({ intent: 'received', args: { measure: 'allocated' } });
    expect(r('на 1 марта сколько ещё не было распределено из национального фонда')).toMatchObject({ intent: 'reserved', args: { measure: 'freeReserve' } });
  });

  it('reads "бос ақша" as the free reserve and "барлық қаржы көздерінің жалпы көлемі" as the funding', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('қай көздің резервінде ең көп бос ақша жатыр? сомасы қанша')).toMatchObject({ intent: 'reserved', args: { measure: 'freeReserve', groupBy: 'source' } });
    expect(r('барлық қаржы көздерінің жалпы көлемі қанша')).toMatchObject({ intent: 'reserved', args: { measure: 'funding' } });
  });

  it('reads a project named with the word "source" as its money by source', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('Smart Almaty — what source is it financed from')).toMatchObject({ intent: 'received', args: { scope: { kind: 'project', id: 'smart-almaty' }, groupBy: 'source' } });
    expect(r('Smart Almaty — источники и суммы')).toMatchObject({ intent: 'received', args: { scope: { kind: 'project', id: 'smart-almaty' }, groupBy: 'source' } });
    expect(r('Smart Almaty қандай ақшаға жасалып жатыр, көздерін атап бер')).toMatchObject({ intent: 'received', args: { groupBy: 'source' } });
  });

  it('reads money "to the executors" and "the biggest paying" as spending', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('бірінші тоқсанда орындаушыларға аударылған ақша')).toMatchObject({ intent: 'spent', args: { period: { from: '2026-01-01', to: '2026-03-31' } } });
    expect(r('biggest paying priority area in March and the amount')).toMatchObject({ intent: 'spent', args: { groupBy: 'area', rank: { order: 'top', n: 1 } } });
  });

  it('reads "нулевые не считать" as a ranking of those that have some', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('пять проектов с наименьшим остатком, нулевые не считать')).toMatchObject({ intent: 'balance', args: { rank: { order: 'bottom', n: 5, nonZero: true } } });
    expect(r('five projects with the smallest balance, excluding zeros')).toMatchObject({ args: { rank: { order: 'bottom', n: 5, nonZero: true } } });
  });

  it('reads "what was on its account on 1 August" as a balance, "how much of its money has been used" as execution, "which sources, how much each" by source', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('what was on the Smart Almaty account on 1 August')).toMatchObject({ intent: 'balance', args: { scope: { kind: 'project', id: 'smart-almaty' }, period: { kind: 'asOf', date: '2026-08-01' } } });
    expect(r('Smart Almaty — how much of its money has been used, %')).toMatchObject({ intent: 'execution', args: { scope: { kind: 'project', id: 'smart-almaty' } } });
    expect(r('Smart Almaty — which sources, how much each')).toMatchObject({ intent: 'received', args: { scope: { kind: 'project', id: 'smart-almaty' }, groupBy: 'source' } });
    // A source with the most free reserve is no allocation.
    expect(r('which source still holds the largest free reserve')).toMatchObject({ intent: 'reserved' });
  });

  it('reads money one project gave another, with the names apart or joined by an arrow', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('сколько Smart Almaty отдал на Цифровую школу')).toMatchObject({ intent: 'received', args: { scope: { kind: 'project', id: 'smart-almaty' }, measure: 'reallocated' } });
    expect(r('Smart Almaty → Цифровая школа transfer, how much')).toMatchObject({ intent: 'received', args: { scope: { kind: 'project', id: 'smart-almaty' }, measure: 'reallocated' } });
    // Nothing given yet is what is left, not an allocation.
    expect(r('Фонд развития: сколько ещё никому не отдали')).not.toMatchObject({ intent: 'received' });
  });

  it('reads a project\'s "sources of funding" as its money by source, never one source ("fund" as a verb)', () => {
    const r = (text: string) => parseText(text, OWN_CATALOGUE, opts);
    expect(r('Цифровая школа — источники финансирования и суммы')).toMatchObject({ kind: 'intent', intent: 'received', args: { scope: { kind: 'project', id: 'digital-school' }, groupBy: 'source' } });
    expect(r('Цифрлық мектеп жобасының қаржы көздері мен сомалары')).toMatchObject({ intent: 'received', args: { groupBy: 'source' } });
    const funded = r('Portal of open data — which sources fund it and how much');
    expect(funded).toMatchObject({ intent: 'received', args: { scope: { kind: 'project', id: 'open-data-portal' }, groupBy: 'source' } });
    expect(funded.kind === 'intent' && funded.args.via).toBeUndefined();
  });

  it('reads the direction of a transfer from prepositions and Kazakh case endings', () => {
    const expectMove = (text: string, from: string, to: string): void =>
      expect(parseText(text, OWN_CATALOGUE, opts)).toMatchObject({ kind: 'intent', intent: 'reallocate', args: { from, to } });
    expectMove('перенеси 1 млрд на Цифровую школу с Smart Almaty', 'smart-almaty', 'digital-school');
    expectMove('Smart Almaty-ден Цифрлық мектепке 100 млн аудар', 'smart-almaty', 'digital-school');
    expectMove('верни 5 млн с Цифровой школы в резерв местного бюджета', 'digital-school', 'reserve:local-budget');
    expectMove('move 2bn to digital school from the development fund', 'reserve:development-fund', 'digital-school');
  });

  it('offers buttons when a name fits several projects', () => {
    const catalogue: Catalogue = {
      projects: [
        { id: 'rural-broadband', name: 'Широкополосный интернет в сёлах' },
        { id: 'satellite-internet', name: 'Спутниковый интернет для посёлков' },
      ],
      sources: [],
      priorities: [],
    };
    const r = parseText('что с интернетом?', catalogue, opts);
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') {
      expect(r.options.map((o) => o.args.project).sort()).toEqual(['rural-broadband', 'satellite-internet']);
      expect(r.options.every((o) => o.intent === 'project')).toBe(true);
    }
  });

  it('says unknown for text it cannot read', () => {
    for (const t of ['', '   ', '🙂🙂🙂', 'asdkjh qwe', 'погода завтра в Лондоне?', "'; DROP TABLE users; --"]) {
      expect(parseText(t, OWN_CATALOGUE, opts).kind).toBe('unknown');
    }
  });

  it('reads only the first 1000 characters', () => {
    const long = 'история перераспределений ' + 'ля '.repeat(2000) + 'отписаться';
    expect(parseText(long, OWN_CATALOGUE, opts)).toMatchObject({ kind: 'intent', intent: 'history' });
  });

  it('keeps a number in a name out of the amount', () => {
    const catalogue: Catalogue = {
      projects: [
        { id: 'digital-documents', name: 'Цифровые документы 2.0' },
        { id: 'kazllm', name: 'KazLLM' },
      ],
      sources: [],
      priorities: [],
    };
    const r = parseText('перенеси 300 млн с Цифровых документов 2.0 на KazLLM', catalogue, opts);
    expect(r).toMatchObject({ kind: 'intent', intent: 'reallocate', args: { amount: 300_000_000, from: 'digital-documents', to: 'kazllm' } });
  });

  it('never throws and always returns a valid result', () => {
    // fast-check 4: unit 'binary' is what fullUnicodeString used to be.
    const arb = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'binary', minLength: 5000, maxLength: 20000 }),
      fc.constantFrom("'; DROP TABLE transfers; --", '\u0000\u0001\u200f\u202e', '/reallocate', '/', '%%%', '-1e309 млрд', '9'.repeat(400)),
    );
    fc.assert(
      fc.property(arb, (s) => isValid(parseText(s, OWN_CATALOGUE, opts))),
      { numRuns: 300 },
    );
  });

  it('survives an empty or malformed catalogue', () => {
    const empty: Catalogue = { projects: [], sources: [], priorities: [] };
    expect(isValid(parseText('сколько осталось в резерве', empty, opts))).toBe(true);
    expect(isValid(parseText('что с суперкомпьютером', {} as Catalogue, opts))).toBe(true);
    expect(isValid(parseText(null as unknown as string, empty, opts))).toBe(true);
  });

  it('takes 20 000 characters, reading only the first 1000', () => {
    const head = 'перенеси 5 млрд с Smart Almaty на цифровую школу ';
    const text = head.repeat(400);
    expect(parseText(text, OWN_CATALOGUE, opts)).toEqual(parseText(text.slice(0, 1000), OWN_CATALOGUE, opts));
  });
});
