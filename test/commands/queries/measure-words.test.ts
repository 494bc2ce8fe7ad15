import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Services } from '../../../commands/command.js';
import { handleMessage } from '../../../src/conversation/handle-message.js';
import { seedDemoIfEmpty } from '../../../src/dataset/seed-demo.js';
import { createLogger } from '../../../src/logging/logger.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

// The words officials use for each measure, in the three languages, read to the right query.

let t: TempDatabase;
let services: Services;
beforeAll(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db);
  services = { db: t.db, now: () => new Date('2026-11-30T06:00:00Z'), adminIds: [], log: createLogger('silent') };
});
afterAll(() => t.close());

// Each question in a chat of its own: none is a follow-up to the one before.
let chat = 0;
const ask = (text: string) => {
  chat += 1;
  return handleMessage({ text, user: { id: chat, name: '', languageCode: 'ru' }, chat: { id: chat, kind: 'private' }, roleOverride: 'viewer' }, services);
};

it.each([
  // Free reserve: money no project has yet.
  ['незадействованный резерв по всей программе на 1 апреля', { measure: 'freeReserve', period: { kind: 'asOf', date: '2026-04-01' } }],
  ['сколько в резервах ещё никому не отдано, в целом по программе', { measure: 'freeReserve' }],
  ['по Нацфонду сколько денег пока не ушло ни в один проект', { measure: 'freeReserve', scope: { kind: 'source', id: 'national-fund' } }],
  // What was reserved, and the whole funding.
  ['how big is the reserved part of the National Fund transfer', { measure: 'reserved', scope: { kind: 'source', id: 'national-fund' } }],
  ['full size of all sources combined, not just the reserved part', { measure: 'funding' }],
  ['барлық көздерден бөлініп қойылған резерв сомасы', { measure: 'reserved' }],
  ['Ұлттық қор трансферті толық көлемде қанша сома', { measure: 'funding', scope: { kind: 'source', id: 'national-fund' } }],
  ['каков совокупный объём всех источников финансирования программы', { measure: 'funding' }],
  ['grand total of funding from every source behind the programme', { measure: 'funding' }],
  ['how much has been ring-fenced for the programme across all funding sources', { measure: 'reserved' }],
  // The programme's theme after "под" is what the money is for, not a name the data lacks.
  ['скок в резерв под цифровизацию заложено, все источники вместе', { measure: 'reserved' }],
  // The reserve's volume is what was reserved, not the sources' whole funding.
  ['общий объём резерва под программу - все источники вместе', { measure: 'reserved' }],
  // A source's free balance is its free reserve, not the balances of its projects.
  ['бос қалдығы ең аз қаржы көзі қайсы? сомасын да жаз', { measure: 'freeReserve', groupBy: 'source', rank: { order: 'bottom', n: 1 } }],
  // Money from a source to a project, and allocations.
  ['сколько Нацфонд дало на KazLLM', { measure: 'received', scope: { kind: 'project', id: 'kazllm' }, via: 'national-fund' }],
  ['сколько Нацфонд вложил в KazLLM', { measure: 'received', scope: { kind: 'project', id: 'kazllm' }, via: 'national-fund' }],
  ['how much did the National Fund give KazLLM', { measure: 'received', scope: { kind: 'project', id: 'kazllm' }, via: 'national-fund' }],
  ['из каких источников финансирования получал проект KazLLM', { measure: 'received', scope: { kind: 'project', id: 'kazllm' }, groupBy: 'source' }],
  ['KazLLM — процент освоеия', { measure: 'execution', scope: { kind: 'project', id: 'kazllm' } }],
  ['July: how much reserve money was assigned to projects', { measure: 'allocated' }],
  ['мамырдағы бөлу: резерв жобаларға қанша ақша берді', { measure: 'allocated' }],
  ['KazLLM на какие деньги делается', { measure: 'received', scope: { kind: 'project', id: 'kazllm' } }],
  ['how much did the Digital documents project return to the reserve', { measure: 'released', scope: { kind: 'project', id: 'digital-documents' } }],
  // Spending, balance and execution.
  ['how much has gone on cybersecurity so far', { measure: 'spent', scope: { kind: 'area', id: 'cybersecurity' } }],
  ['KazLLM: spent and still on accounts', { measure: 'spent', also: ['balance'] }],
  ['how well is cybersecurity executing', { measure: 'execution', scope: { kind: 'area', id: 'cybersecurity' } }],
  ['три направления с лучшим освоением', { measure: 'execution', groupBy: 'area', rank: { order: 'top', n: 3 } }],
  // Paid to suppliers and executors is spent.
  ['сколько перечислили исполнителям за апрель', { measure: 'spent' }],
  ['қазанда жеткізушілерге қанша ақша кетті', { measure: 'spent' }],
  // An order, not a cut; zeros left out of a ranking.
  ['who holds how much unspent money, by administrator, biggest first', { measure: 'balance', groupBy: 'administrator' }],
  ['bottom three projects on execution, ignore the ones at 0', { measure: 'execution', rank: { order: 'bottom', n: 3, nonZero: true } }],
  ['три проекта с самым маленьким остатком, нули выкинь', { measure: 'balance', rank: { order: 'bottom', n: 3, nonZero: true } }],
  // The sources' whole funding, one figure.
  ['общий объём всех семи источников финансирования, одной цифрой', { measure: 'funding', scope: { kind: 'programme' } }],
  ['total funding behind the programme, every source added up', { measure: 'funding', scope: { kind: 'programme' } }],
  // From a reserve to projects, in the words "went": allocated.
  ['Нацфонд резервінен жобаларға қанша кетті', { measure: 'allocated', scope: { kind: 'source', id: 'national-fund' } }],
  ['из нацфондовского трансферта на проекты сколько ушло', { measure: 'allocated', scope: { kind: 'source', id: 'national-fund' } }],
  // A project stopped, and what went from it to others; a status is no measure ("on hold" is no "hold").
  ['Satellite internet on hold — how much was returned to the reserve', { measure: 'released', scope: { kind: 'project', id: 'satellite-internet' } }],
  ['Digital documents gave part of its money back — how much', { measure: 'released', scope: { kind: 'project', id: 'digital-documents' } }],
  // In, paid and left, in a list.
  ['KazLLM - got, paid, remaining', { measure: 'received', also: ['spent', 'balance'] }],
  ['KazLLM-ге қанша ақша келді, оның қаншасы төленді, қаншасы әлі тұр', { measure: 'received', also: ['spent', 'balance'] }],
  // "Both days included" and "to what extent" are no names.
  ['11 мамырдан 3 шілдеге дейін (екі күн де есепке кіреді) қанша төленді', { measure: 'spent', period: { kind: 'range', from: '2026-05-11', to: '2026-07-03' } }],
  ['KazLLM жобасы қаншалықты игерілді', { measure: 'execution', scope: { kind: 'project', id: 'kazllm' } }],
  // More words of officials: payers, money that came into a project, where it gets its funding.
  ['biggest payer among administrators in July — who and how much', { measure: 'spent', groupBy: 'administrator', rank: { order: 'top', n: 1 } }],
  ['KazLLM: how much has come into it in total', { measure: 'received', scope: { kind: 'project', id: 'kazllm' } }],
  ['where does KazLLM get its funding', { measure: 'received', groupBy: 'source' }],
  ['Satellite internet got suspended; what did it return to the reserve', { measure: 'released', scope: { kind: 'project', id: 'satellite-internet' } }],
  ['DAB+ приостановили — сколько с KazLLM перекинули на другие проекты', { measure: 'reallocated' }],
  ['қай бағыт игеру жағынан артта қалып тұр, пайызын айт', { measure: 'execution', groupBy: 'area', rank: { order: 'bottom' } }],
  ['KazLLM жобасы бойынша бақылау жүйесіне барлығы қанша төленді', { measure: 'spent' }],
  // Allocations in Kazakh and English, free reserve, "who paid for it", income, money handed back.
  ['резервтерден жобаларға қаңтардан бері неше миллиард бөлдік, жалпы', { measure: 'allocated' }],
  ['ақпан айындағы бөлулер: резервтерден жобаларға жалпы қанша', { measure: 'allocated' }],
  ['what did the reserves give projects in June', { measure: 'allocated' }],
  ["reserves across all sources: what's not yet committed to any project", { measure: 'freeReserve' }],
  ['KazLLM: who paid for it and how much each', { measure: 'received', groupBy: 'source' }],
  ['KazLLM — приход, оплаты по актам и остаток, три цифры', { measure: 'received', also: ['spent', 'balance'] }],
  ['по Digital documents, после завершения, какой остаток сдали обратно в резерв', { measure: 'released' }],
  ['қолында ақшасы әлі көп тұрған үш жоба қайсы, атап берші', { measure: 'balance', rank: { order: 'top', n: 3 } }],
  // "Contribute" between a source and a project; a source's whole size; "percentage-wise".
  ['how much did the National Fund contribute to KazLLM', { measure: 'received', scope: { kind: 'project', id: 'kazllm' }, via: 'national-fund' }],
  ['Нацфонд — сколько он всего', { measure: 'funding', scope: { kind: 'source', id: 'national-fund' } }],
  // "in" and "out" as items of a list of measures.
  ['KazLLM — in, paid, left', { measure: 'received', also: ['spent', 'balance'] }],
  ['KazLLM: in / out / left', { measure: 'received', also: ['spent', 'balance'] }],
  ['коллеги, напомните — сколько из резервов уже разнесли по проектам', { measure: 'allocated' }],
  // "Whole" in Kazakh, "all the money there", and "келетін" (coming) as filler inside a name.
  ['Ұлттық қор резерві түгел алғанда қанша ақша', { measure: 'funding', scope: { kind: 'source', id: 'national-fund' } }],
  ['Нацфонд как источник — сколько там всего денег, не только резерв', { measure: 'funding', scope: { kind: 'source', id: 'national-fund' } }],
  ['Ұлттық қордан келетін қаражаттың толық сомасы қанша', { measure: 'funding', scope: { kind: 'source', id: 'national-fund' } }],
  ['KazLLM: and percentage-wise, how far along is it', { measure: 'execution', scope: { kind: 'project', id: 'kazllm' } }],
  // Kazakh: money not yet spent, what a project got ("тиді"), lists of the plural's figures, the last places.
  ['барлық жобаларда әлі жұмсалып бітпеген ақша қанша, қосып айтыңызшы', { measure: 'balance' }],
  ['KazLLM-ге Нацфондтан қанша тиді', { measure: 'received', scope: { kind: 'project', id: 'kazllm' }, via: 'national-fund' }],
  ['әкімшілердің игеру пайыздарын тізіп берші', { measure: 'execution', groupBy: 'administrator' }],
  ['игеру жағынан соңғы орындағы екі бағыт', { measure: 'execution', groupBy: 'area', rank: { order: 'bottom', n: 2 } }],
  ['ақшасын ең жақсы игеріп отырған екі әкімші кім', { measure: 'execution', groupBy: 'administrator', rank: { order: 'top', n: 2 } }],
  ['шотында ең көп ақша қалған үш жобаны атаңызшы', { measure: 'balance', groupBy: 'project', rank: { order: 'top', n: 3 } }],
  // A source's size and reserved part, "closest to zero", "досталось", "give out", "числилось".
  ['how big is the reserved pot for the programme overall', { measure: 'reserved' }],
  ['how large is the National Fund transfer in total', { measure: 'funding', scope: { kind: 'source', id: 'national-fund' } }],
  ['total funding of all sources behind the programme, in tenge', { measure: 'funding' }],
  ['у какого источника свободный резерв ближе всех к нулю, и сколько там', { measure: 'freeReserve', rank: { order: 'bottom' } }],
  ['сколько проектам досталось из Нацфонда', { measure: 'allocated', scope: { kind: 'source', id: 'national-fund' } }],
  ['how much did the National Fund transfer give out to projects', { measure: 'allocated', scope: { kind: 'source', id: 'national-fund' } }],
  ['сколько денег числилось у KazLLM по состоянию на первое октября', { measure: 'balance', scope: { kind: 'project', id: 'kazllm' } }],
  // Kazakh: not yet distributed, payments that went through, the reserved part.
  ['әлі ешбір жобаға таратылмаған резерв ақшасы жалпы қанша, барлық көздерді қосқанда', { measure: 'freeReserve' }],
  ['12 мамыр мен 30 маусым аралығында, екі күнді де қосқанда, қанша төлем өтті', { measure: 'spent', period: { kind: 'range', from: '2026-05-12', to: '2026-06-30' } }],
  ['Нацфонд трансфертінің резервке алынған бөлігі қанша', { measure: 'reserved', scope: { kind: 'source', id: 'national-fund' } }],
  ['bottom 3 projects by money left, ignoring empty ones', { measure: 'balance', rank: { order: 'bottom', n: 3, nonZero: true } }],
  ['по Нацфонду сколько ещё не раздали проектам', { measure: 'freeReserve', scope: { kind: 'source', id: 'national-fund' } }],
  ["KazLLM — what's been paid", { measure: 'spent', scope: { kind: 'project', id: 'kazllm' } }],
  // Nobody paid: a ranking of zeros, by spending.
  ['ноябрь: есть администраторы с нулевыми оплатами? кто', { measure: 'spent', groupBy: 'administrator', rank: { zero: true } }],
  ['маусымда бірде-бір аударым жасамаған әкімші ұйымдар қайсы', { measure: 'spent', groupBy: 'administrator', rank: { zero: true } }],
  // The money of the projects of a status, not their list.
  ['приостановленные проекты сколько успели потратить до остановки, в сумме', { measure: 'spent', scope: { kind: 'status', id: 'suspended' } }],
  ['расходы завершённых проектов', { measure: 'spent', scope: { kind: 'status', id: 'completed' } }],
  ['аяқталған жобалар жалпы қанша жұмсап үлгерді', { measure: 'spent', scope: { kind: 'status', id: 'completed' } }],
  ['how much is parked in planned projects that have not started yet', { measure: 'balance', scope: { kind: 'status', id: 'planned' } }],
  // A source drawn down; the laggards; zeros left out in Kazakh.
  ['сколько из Нацфонда уже выбрано', { measure: 'allocated', scope: { kind: 'source', id: 'national-fund' } }],
  ['which 2 areas lag most on execution', { measure: 'execution', groupBy: 'area', rank: { order: 'bottom', n: 2 } }],
  ['қалдығы ең аз үш жоба, нөлдерін есептеме', { measure: 'balance', rank: { order: 'bottom', n: 3, nonZero: true } }],
  // "Close of day", "in %", "didn't pay anything", the reserved part of every source, a status in words.
  ['paid in total by 30 June close of day', { measure: 'spent', period: { kind: 'asOf', date: '2026-06-30' } }],
  ['how much of its money had the programme used by 31 July, in %', { measure: 'execution', period: { kind: 'asOf', date: '2026-07-31' } }],
  ["which administrators didn't pay anything in August", { measure: 'spent', groupBy: 'administrator', rank: { zero: true } }],
  ['how much is reserved across all the funding sources in total', { measure: 'reserved', scope: { kind: 'programme' } }],
  ['Satellite internet was put on hold — how much of its money moved to other projects', { measure: 'reallocated', scope: { kind: 'project', id: 'satellite-internet' } }],
  ['overall funding across every source, not just the reserved part', { measure: 'funding', scope: { kind: 'programme' } }],
  ['KazLLM — how much came from the National Fund', { measure: 'received', scope: { kind: 'project', id: 'kazllm' }, via: 'national-fund' }],
  // What a project had left on a day, said in the past tense.
  ['сколько денег оставалось у KazLLM к 1 августа', { measure: 'balance', scope: { kind: 'project', id: 'kazllm' }, period: { kind: 'asOf', date: '2026-08-01' } }],
  // Kazakh: "which ones" asks, it names nothing; payments "by month"; "made no payment" ranks the zeros.
  ['ең көп төлеген 4 жоба қайсылар', { measure: 'spent', groupBy: 'project', rank: { order: 'top', n: 4 } }],
  ['2-тоқсандағы төлемдерді ай бойынша бөліп бер', { measure: 'spent', groupBy: 'month' }],
  ['шілде айында төлем өткізбеген әкімшілерді ата', { measure: 'spent', groupBy: 'administrator', rank: { zero: true } }],
  // The noun said twice, the second with its ending ("бағыт-бағыты"): one by one, a breakdown.
  ['2-тоқсан төлемдері, бағыт-бағыты бойынша', { measure: 'spent', groupBy: 'area' }],
  // A stop said as a noun after the name is no part of the name.
  ['спутниковый интернет после заморозки сколько ушло в другие проекты', { measure: 'reallocated', scope: { kind: 'project', id: 'satellite-internet' } }],
  // Money that moved out of reserves into projects was allocated; "за год" is this year.
  ['May: money moved out of reserves into projects', { measure: 'allocated', period: { kind: 'range', from: '2026-05-01', to: '2026-05-31' } }],
  ['сколько за год расписали с резервов на проекты', { measure: 'allocated', period: { kind: 'range', from: '2026-01-01', to: '2026-11-30', grain: 'year' } }],
  // A source's contribution to a project is what the project received from it.
  ["KazLLM: the National Fund's contribution?", { measure: 'received', scope: { kind: 'project', id: 'kazllm' }, via: 'national-fund' }],
  ['сколько выбрано из Нацфонда', { measure: 'allocated', scope: { kind: 'source', id: 'national-fund' } }],
  ['how much is earmarked for the programme across all funding sources', { measure: 'reserved', scope: { kind: 'programme' } }],
  // "Not placed" is not allocated; "paid nothing" ranks the zeros.
  ['какой сейчас объём неразмещённого резерва по программе в целом', { measure: 'freeReserve', scope: { kind: 'programme' } }],
  ['в октябре какое направление вообще ничего не заплатило', { measure: 'spent', groupBy: 'area', rank: { zero: true } }],
  ['where does KazLLM get its money from', { measure: 'received', scope: { kind: 'project', id: 'kazllm' }, groupBy: 'source' }],
  ['из каких источников финансировался KazLLM и сколько', { measure: 'received', scope: { kind: 'project', id: 'kazllm' }, groupBy: 'source' }],
  ['KazLLM — who is financing it, and how much each', { measure: 'received', scope: { kind: 'project', id: 'kazllm' }, groupBy: 'source' }],
  // Money moved between projects is what projects passed to other projects, summed, not a breakdown.
  ['ytd how much was moved between projects', { measure: 'reallocated', period: { kind: 'range', from: '2026-01-01', to: '2026-11-30' } }],
  ['сколько перекинули между проектами в марте', { measure: 'reallocated', period: { kind: 'range', from: '2026-03-01', to: '2026-03-31' } }],
  ['өткен айда жобалар арасында қанша қайта бөлінді', { measure: 'reallocated', period: { kind: 'range', from: '2026-10-01', to: '2026-10-31' } }],
  // Only those that have spent: the zeros left out of the ranking.
  ['bottom 3 projects by execution, only ones that spent something', { measure: 'execution', rank: { order: 'bottom', n: 3, nonZero: true } }],
  ['ақша жұмсай бастағандардың ішінде игеруі ең төмен 2 жоба', { measure: 'execution', rank: { order: 'bottom', n: 2, nonZero: true } }],
  // Allocated to projects, no reserve said: from the reserves all the same; what projects "got" is all they received.
  ['өткен айда жобаларға қанша бөлінді', { measure: 'allocated', period: { kind: 'range', from: '2026-10-01', to: '2026-10-31' } }],
  ['сколько выделено на проекты в марте', { measure: 'allocated' }],
  ['сколько получили проекты в марте', { measure: 'received' }],
  ['ytd releases back to the reserves', { measure: 'released', period: { kind: 'range', from: '2026-01-01', to: '2026-11-30' } }],
  // "Among the projects" with no money moved is a ranking of what they got.
  ['жобалар арасында ең көп алған қайсы', { measure: 'received', groupBy: 'project', rank: { order: 'top', n: 1 } }],
] as const)('"%s"', async (text, expected) => {
  const asked = await ask(text);
  expect(asked.args).toMatchObject(expected);
  expect((asked.args as { unknown?: unknown }).unknown).toBeUndefined();
});

// "Biggest first" sorts the whole breakdown: no ranking cut.
it('"by administrator, biggest first" has no ranking', async () => {
  expect((await ask('who holds how much unspent money, by administrator, biggest first')).args).not.toHaveProperty('rank');
});

// "Give" alone asks for anything: "give me the balance" is the balance.
it('"give me the balance of KazLLM" is the balance', async () => {
  expect((await ask('give me the balance of KazLLM')).args).toMatchObject({ measure: 'balance' });
});

// A grant, a loan or an area the data lacks is said back as not found, never answered for the whole programme.
it.each([
  ['Еуропалық одақтың еңбек қауіпсіздігі грантынан жобаларға қанша берілді'],
  ['how much did the Asian Development Bank loan give to projects'],
  // Another body's co-financing; a glued brand no name has, though its pieces are words of names.
  ['Росатомның қоса қаржыландыруынан жобаларға қанша бөлінді'],
  ['KazPension Pay wallet — how much did it receive'],
  // A name going on in words none of the thing's names has; a capitalised word opening the question.
  ['National Fund of the Emirates — how much did it give to projects'],
  ['Astana Hub of the Future — how much has it spent'],
  ['Beeline - what has it spent on this programme'],
  // A model or version the name does not have: "KazLLM-2" is not KazLLM.
  ['KazLLM-2 — how much has it spent'],
])('"%s" is not found', async (text) => {
  expect((await ask(text)).args).toHaveProperty('unknown');
});

it('says a missing name is of the kind its nearest kind noun says (a co-financing is a source, not the projects it went to)', async () => {
  expect((await ask('Росатомның қоса қаржыландыруынан жобаларға қанша бөлінді')).args).toMatchObject({ unknown: { kind: 'source' } });
});

it('"which area was ranked first back on 1 March" is the priorities of that day', async () => {
  expect(await ask('which area was ranked first back on 1 March')).toMatchObject({ intent: 'priorities', args: { date: '2026-03-01' } });
});

it('a glued brand a name has, written together ("SmartData"), is still that thing', async () => {
  expect((await ask('SmartData Ukimet balance')).args).toMatchObject({ measure: 'balance', scope: { kind: 'project', id: 'smart-data-ukimet' } });
});

// A status with "which", "list" or "how many projects" still asks for the list.
it.each([['приостановленные проекты'], ['сколько проектов приостановлено'], ['какие проекты приостановлены и сколько у них осталось'], ['list of planned projects with their balances']])(
  '"%s" lists the projects',
  async (text) => {
    expect((await ask(text)).intent).toBe('projects');
  },
);

it('"«Мұнай-газ өнеркәсібі қауіпсіздігі» бағытында неше жоба бар" says the area is not found', async () => {
  const asked = await ask('«Мұнай-газ өнеркәсібі қауіпсіздігі» бағытында неше жоба бар');
  expect(asked.intent).toBe('projects');
  expect(asked.status).not.toBe('answered');
});
