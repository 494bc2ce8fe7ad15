import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Services } from '../../commands/command.js';
import { handleMessage } from '../../src/conversation/handle-message.js';
import { commandLineFor } from '../../src/conversation/understand-text.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { createLogger } from '../../src/logging/logger.js';
import { loadExampleDataset } from '../helpers/datasets.js';
import { answersAs } from '../helpers/phrase-accuracy.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

// The promise: a plain question gets the same answer as the command it means.

interface Phrase {
  lang: string;
  text: string;
  intent: string;
  args: Record<string, unknown>;
}
const PHRASES = readFileSync(new URL('../fixtures/intents.public.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Phrase);

let t: TempDatabase;
let services: Services;
beforeAll(() => {
  t = tempDatabase();
  importDataset(t.db, loadExampleDataset());
  services = { db: t.db, now: () => new Date('2026-11-27T09:00:00Z'), adminIds: [], log: createLogger('silent') };
});
afterAll(() => t.close());

const ask = (text: string) => handleMessage({ text, user: { id: 5, name: '', languageCode: 'ru' }, chat: { id: 5, kind: 'private' }, roleOverride: 'viewer' }, services);

const READ_ONLY = new Set(['reserved', 'sources', 'projects', 'project', 'priorities', 'scenario', 'history', 'help', 'whoami']);

it.each(PHRASES.filter((p) => READ_ONLY.has(p.intent)).map((p) => [p.text, p] as const))('"%s" answers like its command', async (_text, phrase) => {
  const asked = await ask(phrase.text);
  expect(answersAs(phrase, asked.intent ?? '', asked.args), `${asked.intent} ${JSON.stringify(asked.args)}`).toBe(true);
  expect(asked.status).toBe('answered');
  const commanded = await ask(commandLineFor(asked.intent!, asked.args));
  expect(asked.reply.data).toEqual(commanded.reply.data);
});

// Questions that sound like an order never act: no subscription, no reallocation offered.
it.each([
  ['сколько проплатили с июля по ноябрь включительно', 'spent'],
  ['how much did the national supercomputer shift over to KazLLM', 'received'],
])('"%s" asks, it does not act', async (text, intent) => {
  const asked = await ask(text);
  expect(asked.intent).toBe(intent);
});

it.each([
  ['сколько KazLLM передал в резерв?', 'released'],
  ['how much did KazLLM pass on to the reserve', 'released'],
  ['сколько KazLLM перекинул на суперкомпьютер', 'reallocated'],
  ['how much did KazLLM hand over to another project', 'reallocated'],
  ['сколько забрали с KazLLM на другой проект', 'reallocated'],
  ['KazLLM жобасынан суперкомпьютерге қанша ауыстырылды', 'reallocated'],
  ['KazLLM: how much went back to the reserve', 'released'],
])('"%s" is money a project passed on, the way it went', async (text, measure) => {
  const asked = await ask(text);
  expect(asked.args).toMatchObject({ measure, scope: { kind: 'project', id: 'kazllm' } });
});

// Spending asked as a share of the money is execution, not an amount.
it.each([
  ['какая доля денег KazLLM уже израсходована, в %', 'ru'],
  ['KazLLM ақшасының неше пайызын жұмсады', 'kk'],
  ['what percent of its money has KazLLM spent', 'en'],
])('"%s" asks for execution', async (text) => {
  const asked = await ask(text);
  expect(asked.intent).toBe('execution');
  expect(asked.args).toMatchObject({ scope: { kind: 'project', id: 'kazllm' } });
});

it('"could you share how much KazLLM spent in March" asks for the amount', async () => {
  const asked = await ask('could you share how much KazLLM spent in March');
  expect(asked.intent).toBe('spent');
});

// "Who pays for it" is the project's money by the source it came from.
it.each([
  ['суперкомпьютер — кто его финансирует', 'ru'],
  ['who is paying for the national supercomputer', 'en'],
  ['ұлттық суперкомпьютер қандай көздерден қаржыланады', 'kk'],
])('"%s" asks where a project’s money came from', async (text) => {
  const asked = await ask(text);
  expect(asked.intent).toBe('received');
  expect(asked.args).toMatchObject({ groupBy: 'source', scope: { kind: 'project', id: 'national-supercomputer' } });
});

// A name in quotes, as written in the data («сёлах» is read as the name's «селах»).
it('finds a quoted name written with ё', async () => {
  const asked = await ask('сколько потратил «Широкополосный интернет в сёлах»');
  expect(asked.args).toMatchObject({ measure: 'spent', scope: { kind: 'project', id: 'rural-broadband' } });
});

// Another period alone, after a question, asks the same again for it.
it.each([
  ['сколько потрачено в марте', 'апрель тоже глянь', '2026-04-01'],
  ['what did we spend in May', 'ok do June', '2026-06-01'],
  ['наурызда қанша жұмсалды', 'сәуір айы бойынша да айтшы', '2026-04-01'],
])('"%s" then "%s" is the same question for another month', async (first, then, from) => {
  const chat = 900 + from.length + first.length;
  const say = (text: string) => handleMessage({ text, user: { id: chat, name: '', languageCode: 'ru' }, chat: { id: chat, kind: 'private' }, roleOverride: 'viewer' }, services);
  expect((await say(first)).intent).toBe('spent');
  const asked = await say(then);
  expect(asked.intent).toBe('spent');
  expect(asked.args).toMatchObject({ measure: 'spent', period: { kind: 'range', from } });
});

it('a name beside another period is asked about, not the question before', async () => {
  const say = (text: string) => handleMessage({ text, user: { id: 977, name: '', languageCode: 'ru' }, chat: { id: 977, kind: 'private' }, roleOverride: 'viewer' }, services);
  await say('сколько потратил KazLLM в марте');
  const asked = await say('Самрук за апрель?');
  expect(asked.args).not.toMatchObject({ scope: { kind: 'project', id: 'kazllm' } });
});

// An area is called by the first word of its title, in any case ("по связи" for «Связь и
// широкополосный доступ…»), even when another name has that word too (here a source).
it.each([
  ['сколько потрачено по связи', 'spent'],
  ['какой остаток по связи', 'balance'],
])('"%s" is about the area named by its first word', async (text, measure) => {
  const local = tempDatabase();
  try {
    const dataset = loadExampleDataset();
    dataset.sources.push({ id: 'telecom-grant', name: 'Грант операторов связи', amount: 1_000_000, reserved: 1_000_000 });
    importDataset(local.db, dataset);
    const asked = await handleMessage(
      { text, user: { id: 5, name: '', languageCode: 'ru' }, chat: { id: 5, kind: 'private' }, roleOverride: 'viewer' },
      { ...services, db: local.db },
    );
    expect(asked.args).toMatchObject({ measure, scope: { kind: 'area', id: 'connectivity' } });
  } finally {
    local.close();
  }
});

// A list of measures written with slashes is a card of all of them.
it('"KazLLM: получено / оплачено / остаток" lists three figures', async () => {
  const asked = await ask('KazLLM: получено / оплачено / остаток');
  expect(asked.args).toMatchObject({ scope: { kind: 'project', id: 'kazllm' }, measure: 'received', also: ['spent', 'balance'] });
});

// In, out and left, in each language's words for them.
it.each(['KazLLM: поступления, оплаты и остаток', 'KazLLM жобасы бойынша түсім, төлем және қалдық', "KazLLM: in, out to contractors, and what's left"])('"%s" lists three figures', async (text) => {
  const asked = await ask(text);
  expect(asked.args).toMatchObject({ scope: { kind: 'project', id: 'kazllm' }, measure: 'received', also: ['spent', 'balance'] });
});

it.each([
  ['3.5% of GDP, multiplier set to 1.3 — numbers please', 3.5, 1.3],
  ['3 % ВВП, а мультипликатор взять 1,8', 3, 1.8],
])('"%s" sets the multiplier', async (text, share, multiplier) => {
  const asked = await ask(text);
  expect(asked.intent).toBe('scenario');
  expect(asked.args).toMatchObject({ share, multiplier });
});

// Filler typed with a letter wrong is still filler, not part of a name.
it('"остаток KazLLM по сосотоянию на 1 сентября" is the balance on that day', async () => {
  const asked = await ask('остаток KazLLM по сосотоянию на 1 сентября');
  expect(asked.args).toMatchObject({ measure: 'balance', scope: { kind: 'project', id: 'kazllm' }, period: { kind: 'asOf', date: '2026-09-01' } });
});

// "When it ended" is a moment, not the status "completed".
it('"31 тамыз аяқталғанда қанша жұмсалды" asks about the whole programme by that day', async () => {
  const asked = await ask('31 тамыз аяқталғанда қанша жұмсалды');
  expect(asked.args).toMatchObject({ measure: 'spent', period: { kind: 'asOf', date: '2026-08-31' } });
  expect(asked.args.scope).not.toMatchObject({ kind: 'status' });
});

it.each([
  ['how much got paid in November', 'spent'],
  ['бос резерв жалпы алғанда қанша', 'freeReserve'],
  ['во всех резервах сколько ещё не раскидано по проектам', 'freeReserve'],
  ['сколько всего раскидали из резервов по проектам', 'allocated'],
])('"%s" asks for %s', async (text, measure) => {
  const asked = await ask(text);
  expect(asked.args).toMatchObject({ measure });
});

it('"суперкомпьютер — какие источники и по скольку" is its money by source', async () => {
  const asked = await ask('суперкомпьютер — какие источники и по скольку');
  expect(asked.args).toMatchObject({ groupBy: 'source', scope: { kind: 'project', id: 'national-supercomputer' } });
});

// A university the data does not have is not the whole programme with words left over.
it.each(['Сәтбаев университеті қанша игерді', 'how much has Satbayev University spent'])('"%s" says it is not there', async (text) => {
  const asked = await ask(text);
  expect(asked.reply.data).toMatchObject({ notFound: true });
});

it.each([
  ['unspent cash parked on project accounts at the moment, total', 'balance'],
  ['which area is slowest at spending its money, with the %', 'execution'],
])('"%s" asks for %s of the whole programme', async (text, measure) => {
  const asked = await ask(text);
  expect(asked.args).toMatchObject({ measure });
  expect(asked.reply.data).not.toMatchObject({ notFound: true });
});
