// Keywords per intent and language, with weights, and the other signal words the parser reads
// (project statuses, GDP, years, multiplier, reserve, direction of a transfer).
// Patterns: words compared on phonetic keys, `*` = any ending, several words = consecutive.
import type { Lang } from '../i18n/lang.js';
import type { IntentName } from './intent-names.js';
import { compileAll, findPattern, type CompiledPattern } from './keyword-match.js';
import type { Token } from './tokenize.js';

export interface LexiconEntry {
  pattern: string;
  weight: number;
}

type Lexicon = Record<IntentName, Record<Lang, LexiconEntry[]>>;

function e(weight: number, ...patterns: string[]): LexiconEntry[] {
  return patterns.map((pattern) => ({ pattern, weight }));
}

export const INTENT_LEXICON: Lexicon = {
  reserved: {
    ru: [
      ...e(3, 'резерв*', 'зарезервир*'),
      ...e(1.5, 'остат*', 'осталось', 'остался', 'остались', 'запас*'),
      ...e(2.5, 'нераспредел*', 'не распредел*', 'не выделен*', 'не распределили', 'можно распределить'),
      ...e(1, 'свободн*', 'доступн*', 'баланс*'),
    ],
    kk: [
      ...e(3, 'резерв*'),
      ...e(1.5, 'қалды*', 'қалған*', 'қалдық*'),
      ...e(2.5, 'бөлінбеген*', 'бөлінбе*'),
      ...e(1, 'бос', 'баланс*'),
    ],
    en: [
      ...e(3, 'reserv*'),
      ...e(1.5, 'remaining', 'remain*', 'left'),
      ...e(2.5, 'unallocated', 'not allocated', 'not yet allocated'),
      ...e(1, 'available', 'balance', 'spare', 'free'),
    ],
  },
  sources: {
    ru: [
      ...e(3, 'источник*', 'кто финансирует', 'за счет чего', 'из каких средств'),
      ...e(2.5, 'откуда'),
      ...e(1.2, 'финансирован*', 'финансирует*'),
    ],
    kk: [...e(3, 'көзі*', 'көздер*'), ...e(2.5, 'қайдан'), ...e(1.2, 'қаржыландыр*')],
    en: [
      ...e(3, 'source*', 'who funds', 'who pays', 'who is paying', 'who finances', 'paying for'),
      ...e(2.5, 'come from', 'comes from', 'coming from'),
      ...e(1.2, 'funding', 'funded', 'financed', 'financing'),
    ],
  },
  projects: {
    ru: [
      ...e(2.5, 'проекты', 'проектов', 'проектам', 'проектах', 'проектами'),
      ...e(1.5, 'список*', 'перечень*', 'перечисли*', 'каталог*'),
    ],
    kk: [...e(2.5, 'жобалар*'), ...e(1.5, 'тізім*')],
    en: [...e(2.5, 'projects'), ...e(1.5, 'list', 'catalog*', 'catalogue')],
  },
  project: {
    ru: [
      ...e(1, 'проект', 'проекта', 'проекту', 'проектом', 'проекте', 'что с', 'как дела', 'как идет', 'подробн*', 'потрат*', 'потрачен*', 'израсход*', 'освоен*', 'освоил*'),
      ...e(0.8, 'статус*', 'расход*'),
      ...e(0.5, 'расскажи', 'информаци*'),
    ],
    kk: [
      ...e(1, 'жоба', 'жобасы*', 'жобаның', 'жобаға', 'туралы', 'жағдай*', 'жұмсал*'),
      ...e(0.8, 'мәртебе*'),
      ...e(0.5, 'қалай'),
    ],
    en: [
      ...e(1, 'project', 'spent', 'details', 'progress'),
      ...e(0.8, 'status', 'how is'),
      ...e(0.5, 'about', 'tell me'),
    ],
  },
  priorities: {
    ru: [...e(3, 'приоритет*'), ...e(2, 'упор'), ...e(1.2, 'направлени*'), ...e(0.8, 'важн*', 'главн*')],
    kk: [...e(3, 'басымдық*'), ...e(2.5, 'басым'), ...e(1, 'бағыт*')],
    en: [...e(3, 'priorit*'), ...e(2.5, 'focus areas'), ...e(1.5, 'focus'), ...e(1, 'most important')],
  },
  scenario: {
    ru: [
      ...e(3, 'ввп', 'сценари*'),
      ...e(2.5, 'мультипликатор*'),
      ...e(2, 'прогноз*', 'моделир*', 'смоделир*'),
      ...e(1.2, 'рост*', 'влож*', 'инвестир*', 'инвестиц*', 'эффект*'),
      ...e(0.8, 'экономик*', 'что если', 'что будет'),
    ],
    kk: [
      ...e(3, 'жіө', 'сценари*'),
      ...e(2.5, 'мультипликатор*'),
      ...e(2, 'болжам*'),
      ...e(1.2, 'өсім*', 'өсу*', 'салсақ', 'салу*', 'инвестиция*', 'әсер*'),
      ...e(0.8, 'экономика*', 'не болады'),
    ],
    en: [
      ...e(3, 'gdp', 'scenario*'),
      ...e(2.5, 'multiplier*'),
      ...e(2, 'forecast*', 'projection*', 'simulat*'),
      ...e(1.2, 'growth', 'invest*', 'impact', 'effect'),
      ...e(0.8, 'economy', 'what if'),
    ],
  },
  history: {
    ru: [
      ...e(3, 'истори*', 'журнал*'),
      ...e(2, 'перераспределени*', 'переброск*', 'транзакци*', 'переводы', 'переводов', 'перемещени*'),
      ...e(1.5, 'операци*', 'движени*'),
      ...e(1.2, 'последн*', 'недавн*'),
      ...e(2, 'переводил*', 'перебрасывал*', 'перекидывал*', 'переносил*', 'перераспределял*', 'перевели', 'перебросили', 'перенесли'),
      ...e(1, 'изменени*'),
    ],
    kk: [
      ...e(3, 'тарих*', 'журнал*', 'қайта бөлулер*'),
      ...e(2.5, 'аударымдар*'),
      ...e(2, 'аударым*', 'қайта бөлу*'),
      ...e(1.5, 'операция*'),
      ...e(2, 'аударылған*', 'аударды*', 'ауыстырылған*'),
      ...e(1.2, 'соңғы'),
    ],
    en: [
      ...e(3, 'history', 'log'),
      ...e(2.5, 'reallocations'),
      ...e(2, 'transfers', 'transactions', 'movements'),
      ...e(1.2, 'recent', 'last', 'latest'),
      ...e(2, 'moved', 'transferred', 'reallocated', 'shifted'),
      ...e(1, 'changes'),
    ],
  },
  subscribe: {
    ru: [
      ...e(3, 'подпиш*', 'подпис*', 'держи в курсе', 'уведомляй*', 'оповещай*', 'хочу получать', 'включи*', 'включить'),
      ...e(1.5, 'присылай*', 'сообщай*', 'информируй*'),
      ...e(1, 'уведомлени*', 'оповещени*', 'получать'),
    ],
    kk: [
      ...e(3, 'жазыл*', 'хабардар ет*', 'хабарлап тұр*', 'қос', 'қосу', 'қосыңыз', 'қосшы'),
      ...e(1.5, 'жіберіп тұр*'),
      ...e(1, 'хабарлама*'),
    ],
    en: [
      ...e(3, 'subscribe*', 'sign me up', 'notify', 'alert me', 'keep me posted', 'keep me updated', 'let me know', 'turn on', 'enable', 'switch on'),
      ...e(1.5, 'send me'),
      ...e(1, 'notification*', 'alert*', 'updates'),
    ],
  },
  unsubscribe: {
    ru: [
      ...e(4.5, 'отпис*', 'отпиш*', 'не присылай*', 'не уведомляй*', 'не оповещай*', 'отмени* подписк*', 'отмена подписк*'),
      ...e(3, 'отключ*', 'выключ*', 'больше не', 'не хочу', 'не нужн*'),
      ...e(3.5, 'прекрат*', 'хватит', 'стоп'),
      ...e(2.5, 'не надо'),
    ],
    kk: [
      ...e(4.5, 'бас тарт*', 'жазылымнан шығ*', 'жібермеңіз', 'жіберме*'),
      ...e(3, 'өшір*', 'тоқтату', 'тоқтат', 'тоқтатыңыз'),
      ...e(3, 'қаламаймын', 'керек емес', 'қажет емес'),
    ],
    en: [
      ...e(4.5, 'unsubscribe*', 'opt out', 'don t send', 'dont send', 'do not send'),
      ...e(3, 'turn off', 'switch off', 'disable', 'mute', 'no more', 'stop', 'don t want', 'dont want', 'do not want'),
      ...e(2, 'cancel'),
    ],
  },
  help: {
    ru: [
      ...e(4, 'что ты умеешь', 'что ты можешь', 'как пользоваться'),
      ...e(3, 'помощь', 'помоги*', 'справк*', 'умеешь', 'умеет', 'что можешь', 'что может', 'пользоваться', 'пользоват*', 'возможност*'),
      ...e(2.5, 'команд*', 'инструкци*', 'меню'),
      ...e(1, 'старт', 'start'),
    ],
    kk: [
      ...e(4, 'не істей аласың', 'не істей аласыз', 'қалай қолдану*', 'қалай пайдалану*'),
      ...e(3, 'көмек*', 'нұсқаулық*'),
      ...e(2.5, 'команда*', 'мәзір'),
      ...e(1.5, 'істей', 'аласың'),
    ],
    en: [
      ...e(4, 'what can you do', 'how to use', 'how do i use'),
      ...e(3, 'can you do', 'can it do', 'capabilities', 'what can'),
      ...e(3, 'help'),
      ...e(2.5, 'commands', 'instructions', 'menu'),
    ],
  },
  whoami: {
    ru: [
      ...e(4, 'кто я', 'мой id', 'мой ид', 'мой айди', 'мой профиль', 'моя роль', 'мой аккаунт', 'мои права', 'мой ид*'),
      ...e(2, 'айди'),
      ...e(1.5, 'профил*', 'аккаунт*'),
    ],
    kk: [...e(4, 'мен кіммін', 'менің id', 'менің рөлім', 'профилім'), ...e(3.5, 'кіммін'), ...e(1.5, 'рөл*')],
    en: [
      ...e(4, 'who am i', 'whoami', 'my id', 'my account', 'my role', 'my profile', 'user id', 'my user'),
      ...e(1.5, 'id', 'account'),
    ],
  },
  reallocate: {
    ru: [
      ...e(3, 'перенеси*', 'перенести', 'перенесите', 'перебрось*', 'перебросить', 'перекин*', 'переведи*', 'перевести', 'перераспредели', 'перераспределить', 'перераспределите', 'перераспределим'),
      ...e(3, 'верни*', 'вернуть'),
      ...e(2, 'направь*', 'направить', 'выдели*', 'выделить', 'передай*', 'передать', 'отдай*'),
    ],
    kk: [
      ...e(3, 'аудар', 'аударыңыз*', 'аудару', 'аударайық', 'аударыңдар', 'ауыстыр*', 'көшір*', 'қайтар*'),
      ...e(1.5, 'қайта бөл*', 'бөліңіз', 'жібер'),
    ],
    en: [
      ...e(3, 'move', 'shift', 'reallocate', 'reassign', 'redirect', 'return'),
      ...e(2.5, 'transfer'),
      ...e(2, 'allocate', 'send', 'give'),
    ],
  },
};

export const PROJECT_STATUSES = ['planned', 'active', 'completed', 'suspended'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const STATUS_WORDS: Record<ProjectStatus, string[]> = {
  suspended: ['приостановл*', 'приостановил*', 'заморож*', 'на паузе', 'suspend*', 'paused', 'on hold', 'frozen', 'тоқтатыл*', 'тоқтатылған*', 'кідіртілген*'],
  active: ['активн*', 'действующ*', 'в работе', 'реализуем*', 'active', 'ongoing', 'running', 'in progress', 'белсенді*', 'жүріп жатқан*', 'іске асырылып жатқан*', 'жұмыс істеп тұрған*'],
  completed: ['завершен*', 'законченн*', 'закончил*', 'выполненн*', 'реализованн*', 'complete*', 'finished', 'done', 'closed', 'аяқталған*', 'аяқталды', 'біткен*', 'орындалған*'],
  planned: ['планиру*', 'запланир*', 'будущ*', 'planned', 'upcoming', 'future', 'жоспарланған*', 'жоспарлан*', 'алдағы'],
};

/** Signal words the parser reads besides intent keywords. */
export const SIGNAL_WORDS = {
  gdp: ['ввп', 'жіө', 'gdp', 'внутреннего продукта', 'ішкі өнім*'],
  years: ['год', 'года', 'году', 'годы', 'годам', 'годах', 'лет', 'жыл*', 'year*', 'yr', 'yrs'],
  multiplier: ['мультипликатор*', 'multiplier*', 'еселік*', 'коэффициент*', 'коэф*'],
  reserve: ['резерв*', 'reserv*', 'зарезервир*'],
  historyCount: ['последн*', 'недавн*', 'соңғы', 'last', 'recent', 'latest'],
  from: ['с', 'со', 'из', 'изо', 'от', 'from', 'out of'],
  to: ['на', 'в', 'во', 'к', 'для', 'to', 'into', 'towards', 'toward'],
} as const;

const COMPILED_LEXICON: { intent: IntentName; weight: number; pattern: CompiledPattern }[] = Object.entries(INTENT_LEXICON).flatMap(
  ([intent, byLang]) =>
    Object.values(byLang).flatMap((entries) =>
      entries.map((en) => ({ intent: intent as IntentName, weight: en.weight, pattern: compileAll([en.pattern])[0]! })),
    ),
);

export interface LexiconHit {
  intent: IntentName;
  weight: number;
  tokenStart: number;
  tokenEnd: number;
  pattern: string;
}

/** All keyword hits in the tokens: for each intent and pattern, where it fits. */
export function lexiconHits(tokens: readonly Token[]): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (const { intent, weight, pattern } of COMPILED_LEXICON) {
    for (const h of findPattern(tokens, pattern)) hits.push({ intent, weight, tokenStart: h.tokenStart, tokenEnd: h.tokenEnd, pattern: pattern.source });
  }
  return hits;
}

const COMPILED_STATUS = Object.entries(STATUS_WORDS).map(([status, words]) => ({ status: status as ProjectStatus, patterns: compileAll(words) }));

/** The project status the tokens name, with where; null when none or ambiguous. */
export function findStatus(tokens: readonly Token[]): { status: ProjectStatus; tokenStart: number; tokenEnd: number } | null {
  const found: { status: ProjectStatus; tokenStart: number; tokenEnd: number }[] = [];
  for (const { status, patterns } of COMPILED_STATUS) {
    for (const p of patterns) for (const h of findPattern(tokens, p)) found.push({ status, ...h });
  }
  const statuses = new Set(found.map((f) => f.status));
  if (statuses.size !== 1) return null;
  return found[0]!;
}

const COMPILED_SIGNALS = Object.fromEntries(
  Object.entries(SIGNAL_WORDS).map(([k, v]) => [k, compileAll(v)]),
) as Record<keyof typeof SIGNAL_WORDS, CompiledPattern[]>;

/** Compiled signal-word patterns by kind. */
export function signalPatterns(kind: keyof typeof SIGNAL_WORDS): CompiledPattern[] {
  return COMPILED_SIGNALS[kind];
}
