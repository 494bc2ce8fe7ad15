import { anyPatternIn, compileAll, findPattern, signalPatterns, passedBetweenProjects, weighted, type Reading } from '../../src/language/index.js';
import type { Measure } from '../../src/queries/budget-query.js';
import type { QueryArgs } from './query-args.js';
import { defineQueryCommand } from './query-command.js';

const RETURNED = compileAll(['сдал* обратно', 'сдали в резерв', 'money back', 'part back', 'some back', 'return', 'returns', 'вернул*', 'возврат*', 'вернули', 'возвращ*', 'отдал* обратно', 'обратно в резерв', 'returned', 'released', 'releases', 'gave back', 'hand back', 'handed back', 'give back', 'given back', 'send back', 'sent back', 'went back', 'gone back', 'came back', 'қайтар*', 'қайтарыл*', 'қайтқан*', 'қайтты*', 'back to the reserve*', 'back into the reserve*', 'back to reserve*']);
/** Into a reserve, as where the money went. */
const TO_A_RESERVE = compileAll(['в резерв', 'обратно в резерв', 'to the reserve*', 'to reserve*', 'into the reserve*', 'back to the reserve*', 'резервке', 'резервтерге']);
/** Passed to another project, not back to a reserve. */
const TO_PROJECTS = compileAll(['на другие проекты', 'на другой проект', 'другой проект*', 'другому проекту', 'другим проектам', 'другие проекты', 'другого проекта', 'в пользу', 'another project', 'other project*', 'басқа жобаға', 'басқа жобаларға']);
const PASSED = compileAll(['transfer', 'transferred', 'moved to', 'was moved', 'were moved', 'передал*', 'передан*', 'отдал*', 'перекинул*', 'перекину*', 'отминусова*', 'passed on', 'pass on', 'passes on', 'passed', 'shift*', 'shifted over', 'сняли', 'снял*', 'handed on', 'handed over', 'hand over', 'hands over', 'pass over', 'passed over', 'passes over', 'gave to other*', 'забрал*', 'ауыстыр*', 'басқаларға', 'басқа жоба*']);
// As written: a measure is chosen by its own words, not by a typo of them ("қаңтарда" is no "қайтар*").
const has = (r: Reading, patterns: ReturnType<typeof compileAll>) => anyPatternIn(r.tokens, patterns, false);
/** As `has`, but not inside a name ("трансфер технологий" is an area, not money passed on). */
const hasOutsideNames = (r: Reading, patterns: ReturnType<typeof compileAll>) =>
  patterns.some((p) => findPattern(r.tokens, p, false).some((h) => !r.mentions.some((m) => h.tokenStart >= m.tokenStart && h.tokenEnd <= m.tokenEnd && (m.matches[0]?.score ?? 0) >= 0.8)));
// As written: "received" is one letter from "reserved".
const hasSignal = (r: Reading, kind: 'reserve') => anyPatternIn(r.tokens, signalPatterns(kind), false);
const namesNonSource = (r: Reading) => r.mentions.some((m) => m.matches[0] !== undefined && m.matches[0].kind !== 'source' && m.matches[0].score >= 0.8);
const SOURCE_WORD = compileAll(['источник*', 'source', 'sources', 'қаржы көз*', 'көздер*', 'көзден', 'көзінен']);
const namesSource = (r: Reading) => r.mentions.some((m) => m.matches[0]?.kind === 'source' && m.matches[0].score >= 0.8);
/** Money that went from a reserve to projects ("резервінен жобаларға қанша кетті", "из резерва на проекты ушло"): allocated. */
const TO_PROJECTS_WORD = compileAll(['жобаларға', 'на проекты', 'в проекты', 'to projects', 'into projects', 'to the projects']);
const WENT = compileAll(['кетті', 'кеткен*', 'ушло', 'ушли', 'ушла', 'пошло', 'расписал*', 'went', 'gone', 'moved', 'flowed']);
const wentFromReserveToProjects = (r: Reading) => (hasSignal(r, 'reserve') || namesSource(r)) && has(r, TO_PROJECTS_WORD) && has(r, WENT);
/** Money moved from project to project ("жобалар арасында қайта бөлінді", "moved between projects"): reallocated. */
const BETWEEN_PROJECTS = compileAll(['между проектами', 'с проекта на проект', 'из проекта в проект', 'от проекта к проекту', 'жобалар арасында', 'жобалар арасындағы', 'жобадан жобаға', 'between projects', 'between the projects', 'project to project', 'from one project to another']);
/** Said with a verb of moving: "how is the money spread between projects" is no reallocation. */
const MOVED_BETWEEN = compileAll(['перераспредел*', 'перекин*', 'перебро*', 'перевел*', 'переведен*', 'передал*', 'передан*', 'перенес*', 'перемещ*', 'ушло', 'қайта бөл*', 'ауыстыр*', 'аудар*', 'moved', 'shifted', 'reallocat*', 'transferred', 'passed', 'went']);
const movedBetweenProjects = (r: Reading) => hasOutsideNames(r, BETWEEN_PROJECTS) && has(r, MOVED_BETWEEN);
/** "Give" between a source and a project ("how much did the National Fund give the Anyq service"); alone it asks for anything ("give me the balance"). */
const GIVE = compileAll(['give', 'gives']);

/** "Не распределено" is what is left in a reserve, not an allocation. */
const NOT_ALLOCATED = compileAll(['не раздал*', 'таратылмаған*', 'how much is reserved', 'is reserved across', 'reserved in total', 'total reserved', 'not yet committed', 'not committed', 'uncommitted', 'to any project', 'ни в один проект', 'не отдан*', 'никому не отдан*', 'не ушл* на проект*', 'не ушл* в проект*', 'не пошл* на проект*', 'не распредел*', 'не было распредел*', 'не было выдел*', 'не было роздан*', 'не расписан*', 'не выдел*', 'нераспредел*', 'не раскида*', 'не роздан*', 'не раздан*', 'not allocated', 'not yet allocated', 'unallocated', 'no project has', 'headroom', 'left to allocate', 'yet to allocate', 'still to allocate', 'yet to be allocated', 'left to hand out', 'не отдал*', 'никому не отдал*', 'not yet handed', 'not handed', 'nobody has handed', 'no one has handed', 'nobody has given', 'no one has given', 'nobody handed', 'not yet given', 'not yet assigned', 'not given out', 'not given to', 'not given', 'бөлінбе*', 'берілмей*', 'берілмеген*']);
// Not 'алған*': 'жалпы алғанда' is "on the whole".
const GOT = compileAll(['приход*', 'получил*', 'получал*', 'получен*', 'получают', 'поступил*', 'поступлени*', 'түсім*', 'in out', 'пришл*', 'received', 'receive', 'recieved', 'got', 'money in', 'total in total', 'came in', 'come in', 'taken in', 'took in', 'take in', 'put into', 'түскен*', 'түсті*', 'алды', 'алдық', 'алдыңыз', 'алған', 'алғаны', 'алғанын', 'алғандар*', 'алынған*', 'келгені', 'келген*', 'келді']);
// Not "бөлді": on phonetic keys it is "болды" (was).
const GIVEN = compileAll(['выдел*', 'распредел*', 'расписан*', 'расписал*', 'разда*', 'розда*', 'раскида*', 'дали', 'дал', 'дало', 'вложил', 'вложила', 'вложило', 'вложили', 'бөлу', 'отдали проектам', 'pushed out', 'pushed into', 'contribut*', 'выдал*', 'выдан*', 'выдава*', 'выкатил*', 'отдал* на проект*', 'тартылды', 'тартылған*', 'отдано проектам', 'берілген*', 'аударыл*', 'аударған*', 'аударды*', 'handed to', 'handed', 'assigned', 'give out', 'gave out', 'given out', 'allocated', 'allocate', 'allocation*', 'handed out', 'doled out', 'dole out', 'gone into', 'went into', 'committed to', 'parcelled out', 'parceled out', 'parcelled', 'parceled', 'doling out', 'moved from', 'moved into', 'бөлін*', 'бөлген*']);

/** The words of allocating itself. */
const ALLOCATED = compileAll(['выдел*', 'распредел*', 'бөлін*', 'бөлген*', 'allocated', 'allocate']);

/** Where each movement is named, for a question listing several ("сколько получил и сколько передал"). */
function movementsNamed(r: Reading): { measure: Measure; at: number }[] {
  const at = (patterns: ReturnType<typeof compileAll>) => patterns.flatMap((p) => findPattern(r.tokens, p, false).map((h) => h.tokenStart));
  const found: { measure: Measure; at: number }[] = [];
  const add = (measure: Measure, where: number[]) => where.length > 0 && found.push({ measure, at: Math.min(...where) });
  // "got suspended" is no money got.
  add('received', at(GOT).filter((i) => !(r.status && i + 1 === r.status.tokenStart)));
  add(hasSignal(r, 'reserve') ? 'allocated' : 'received', at(GIVEN));
  if (hasOutsideNames(r, PASSED)) add(passedMeasure(r), at(PASSED));
  add('released', at(RETURNED));
  return found;
}

/**
 * Money a project passed on: to other projects alone, or with what went back to reserves; what
 * reserves "passed on" or "handed over" to projects is their allocations.
 */
function passedMeasure(r: Reading): Measure {
  const toProjects = has(r, TO_PROJECTS);
  const reserve = hasSignal(r, 'reserve');
  if (toProjects) return reserve ? 'passedOn' : 'reallocated';
  // "X перекинул на Y" with Y a project named: money passed to another project. Y may sound more
  // like an area's title ("на Cell Broadcast"): money goes to the projects, not to the area.
  const named = r.mentions.filter((m) => (m.matches[0]?.kind === 'project' || m.matches[0]?.kind === 'priority') && m.matches[0].score >= 0.6);
  if (named.length >= 2 && named.some((m) => m.matches[0]!.kind === 'project')) return 'reallocated';
  // "передал в резерв", "passed on to the reserve": a project gave money back.
  if (has(r, TO_A_RESERVE)) return 'released';
  return reserve || namesSource(r) ? 'allocated' : 'passedOn';
}

/** Which movement the words ask about: given back to reserves, passed on, allocated from reserves, or all that came in. */
function movement(r: Reading | null, args: QueryArgs): Measure {
  if (r && movedBetweenProjects(r)) return 'reallocated';
  // "To other projects or back to the reserves": everything passed on, both ways.
  if (r && has(r, TO_PROJECTS) && (hasOutsideNames(r, RETURNED) || has(r, TO_A_RESERVE))) return 'passedOn';
  // Not a word of a name: «ҚҚС-ты автоматты қайтару» is a project, not money given back.
  if (r && hasOutsideNames(r, RETURNED)) return 'released';
  // "How much went to another project": passed on to projects, whatever the verb.
  if (r && args.scope?.kind !== 'source' && has(r, TO_PROJECTS)) return passedMeasure(r);
  if (r && hasOutsideNames(r, PASSED)) return args.scope?.kind === 'source' ? 'allocated' : passedMeasure(r);
  // "X stopped — how much was given to Y", "X handed some to Y": what X passed on.
  if (r && args.scope?.kind === 'project' && passedBetweenProjects(r)) return 'reallocated';
  if (args.scope?.kind === 'source') return 'allocated';
  if (r && hasSignal(r, 'reserve')) return 'allocated';
  // "Жобаларға қанша бөлінді", "сколько выделено на проекты": what the reserves allocated to the projects
  // (what has "gone into projects" is all they received).
  if (r && !args.scope && has(r, ALLOCATED) && has(r, TO_PROJECTS_WORD)) return 'allocated';
  return 'received';
}

export const receivedCommand = defineQueryCommand({
  name: 'received',
  topic: 'money',
  summary: {
    ru: 'Получено и выделено: сколько получили проекты и откуда, сколько вернули в резерв',
    kk: 'Алынғаны мен бөлінгені: жобалар қанша алды және қай көзден, резервке қанша қайтарылды',
    en: 'Received and allocated: what projects got and from which source, what went back',
  },
  examples: {
    ru: ['/received суперкомпьютер по источникам', '/received январь', '/received Минздрав'],
    kk: ['/received суперкомпьютер көздер бойынша', '/received қаңтар', '/received Минздрав'],
    en: ['/received supercomputer by source', '/received January', '/received Ministry of Health'],
  },
  lexicon: {
    ru: [
      ...weighted(3, 'досталось', 'досталась', 'достались', 'приход*', 'получил*', 'получал*', 'получен*', 'получено', 'получают', 'выдел*', 'распредел*', 'разда*', 'розда*', 'поступил*', 'поступлени*', 'пришл*', 'вернул*', 'возврат*'),
      ...weighted(2, 'профинансир*', 'перечисл*', 'передал*', 'передан*', 'финансируется', 'финансировал*', 'откуда деньги', 'расписали', 'расписано'),
      ...weighted(3, 'чем финансир*', 'на какие деньги', 'на какие средства', 'на чьи средства', 'из каких денег', 'из каких средств', 'за счет чего', 'за счет каких', 'за чей счет', 'кто финансир*'),
      ...weighted(2, 'дали', 'отдано проектам', 'отдан*', 'отдал* обратно', 'перекинул*'),
      ...weighted(3, 'выдал*', 'выдан*', 'выдава*', 'выкатил*', 'отдал* на проект*', 'дал* на проект*', 'отминусова*', 'отдали проектам', 'идут деньги', 'из каких источников', 'какие источники', 'раскида*', 'расписан* по проект*', 'расписал* по проект*'),
      // "Источники финансирования и суммы" of a project: where its money came from, by source.
      ...weighted(3, 'источники финансирования', 'источник финансирования', 'источников финансирования', 'источниками финансирования'),
      ...weighted(2, 'дал', 'дала', 'дало', 'сняли', 'снял*', 'отдал', 'отдала', 'отдали', 'вложил', 'вложила', 'вложило', 'вложили'),
      ...weighted(3, 'забрал*', 'сдал* обратно'),
      // A loan or a grant is drawn down ("сколько из кредита уже выбрано"): allocated from it.
      ...weighted(3, 'выбрано', 'выбрали', 'уже выбран*', 'выборка', 'выборки'),
      // From a fund or a reserve, what "went to projects" was allocated.
      ...weighted(4, 'ушло на проект*', 'ушли на проект*', 'ушла на проект*', 'ушло в проект*', 'пошло на проект*', 'разошл* по проект*', 'раздали по проект*', 'разнесли по проект*', 'разнесено по проект*', 'разнесен* по проект*', 'спустил* из резерв*', 'спустил* на проект*', 'спущен* на проект*', 'ушл* по проект*', 'ушло по проект*'),
      // Money to another project is money passed on, whatever the verb ("ушло другому проекту").
      ...weighted(3, 'другому проекту', 'другим проектам', 'в другой проект', 'в другие проекты', 'на другой проект', 'на другие проекты'),
      ...weighted(3, 'кто дал', 'кто дает', 'кто давал', 'кто его финансир*', 'кто её финансир*', 'кто их финансир*', 'чьими деньгами', 'чьи деньги', 'на чьи деньги'),
    ],
    kk: [...weighted(3, 'тиді', 'тиген*', 'бөлдік', 'бөлдіңдер', 'бөлулер*', 'түсім*', 'алды', 'алдық', 'алдыңыз', 'алған', 'алғаны', 'алғанын', 'алғандар*', 'алынған*', 'түскен*', 'түсті*', 'қай көзден', 'қай көздерден', 'кімдер берді', 'кім берді', 'кім қаржыландыр*', 'бөлін*', 'бөлген*', 'берілді*', 'берілген*', 'қайтарыл*', 'қайтарды*', 'қайтқан*', 'қайтты*', 'ауыстыр*', 'аударыл*', 'аударған*', 'аударды*', 'келгені', 'қайдан келді', 'қайдан түсті', 'тартылды', 'тартылған*', 'қандай көздер*', 'кім төлейді', 'ақшасы қайдан', 'қаржысы қайдан', 'қаржы көздері*', 'қаржыландыру көздері*', 'қаржыландыру көзі*', 'кімнің ақшасы*', 'кімнің қаражаты*', 'кімнің қаржысы*', 'кімнің есебінен', 'басқа жобаға', 'басқа жобаларға'), ...weighted(2, 'қаржыландыр*', 'берді*', 'берген*', 'келген*', 'бөлу', 'келді', 'ақша келді', 'қанша келді')],
    en: [...weighted(3, 'received', 'receive', 'allocated', 'allocate', 'allocation*', 'got', 'get', 'returned', 'released', 'releases', 'release to', 'releases to', 'released to', 'contribution'), ...weighted(2, 'gave', 'given', 'funded', 'passed', 'come from', 'comes from', 'came from', 'coming from', 'went to', 'gone to', 'has gone to'), ...weighted(3.5, 'who paid for', 'paid for it', 'who is financing', 'who finances', 'who financed', 'who funded'), ...weighted(3, 'give out', 'gave out', 'given out', 'gives out', 'hand out', 'hands out', 'give projects', 'gave projects', 'give to projects', 'gave to projects', 'money back', 'part back', 'some back', 'come into', 'came into', 'has come into', 'funding from', 'money from', 'money in', 'in out', 'came in', 'taken in', 'took in', 'take in', 'recieved', 'return to', 'returns to', 'assigned to', 'assigned', 'hand back', 'handed back', 'give back', 'gave back', 'given back', 'send back', 'sent back', 'went back', 'gone back', 'came back', 'handed to', 'moved from', 'handed out', 'what sources', 'pay for', 'coming from', 'who funds', 'who is funding', 'who pays for', 'who is paying for', 'funding mix', 'funded from', 'funding sources', 'sources of funding', 'which sources fund', 'who paid in', 'which sources how much', 'which sources and how much', 'sources how much each', 'funded by', 'doled out', 'dole out', 'parcelled out', 'parceled out', 'gone into', 'went into', 'committed to', 'total in total', 'handed', 'put into', 'pass on', 'lion s share', 'handed over', 'hand over', 'hands over', 'pass over', 'passed over', 'passes over', 'shift over', 'shifted', 'shift', 'pushed out', 'pushed into', 'contributor*', 'contributed', 'contribute', 'contributes'), ...weighted(2, 'transfer', 'transferred'), ...weighted(3, 'to another project', 'to other projects', 'into another project', 'into other projects', 'give to', 'gave to', 'given to', 'gives to'), ...weighted(3, 'sources and amounts', 'source and amount*', 'funding by source', 'money by source', 'by source with amounts', 'put the most into', 'put most into', 'put the least into', 'put into projects', 'inflow', 'inflows', 'pass to projects', 'passed to projects')],
  },
  preferred: ['project', 'administrator', 'priority', 'source'],
  // Money moved out of a reserve or a source ("выделено из резервов", "Ұлттық қордан бөлінді") is an
  // allocation, not what is left in the reserve.
  // A project (area, administrator) named with the word "source" asks where its money came from
  // ("Tabigat Pass — what source is it financed from", "VMS — источники и суммы").
  score: (r, keywords) =>
    has(r, NOT_ALLOCATED) ? 0 : keywords + (keywords > 0 && (hasSignal(r, 'reserve') || namesSource(r)) ? 2 : 0) + (namesNonSource(r) && (has(r, SOURCE_WORD) || (namesSource(r) && has(r, GIVE))) ? 3 : 0) + (wentFromReserveToProjects(r) ? 7 : 0) + (passedBetweenProjects(r) && has(r, WENT) ? 4 : 0) + (movedBetweenProjects(r) ? 4 : 0),
  measure: movement,
  measuresNamed: movementsNamed,
});
