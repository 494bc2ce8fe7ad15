// Words the parser reads besides each command's own keywords: project statuses, GDP, years,
// multiplier, reserve, the direction of a transfer. Patterns: words compared on phonetic keys,
// `*` = any ending, several words = consecutive.
import { PROJECT_STATUSES, type ProjectStatus } from '../../db/schema.js';
import { compileAll, findPattern, type CompiledPattern } from './keyword-match.js';
import type { Token } from './tokenize.js';

export { PROJECT_STATUSES, type ProjectStatus };

export const STATUS_WORDS: Record<ProjectStatus, string[]> = {
  suspended: ['приостановл*', 'приостановил*', 'заморож*', 'на паузе', 'suspend*', 'paused', 'on hold', 'frozen', 'тоқтатыл*', 'тоқтатылған*', 'кідіртілген*'],
  active: ['активн*', 'действующ*', 'в работе', 'реализуем*', 'реализует*', 'іске асырылуда', 'active', 'ongoing', 'running', 'in progress', 'белсенді*', 'жүріп жатқан*', 'іске асырылып жатқан*', 'жұмыс істеп тұрған*'],
  completed: ['завершен*', 'законченн*', 'закончил*', 'выполненн*', 'реализованн*', 'complete*', 'finished', 'done', 'closed', 'аяқталған', 'аяқталғандар*', 'аяқталды', 'біткен*', 'орындалған*'],
  planned: ['планиру*', 'запланир*', 'будущ*', 'planned', 'upcoming', 'future', 'жоспарланған*', 'жоспарлан*', 'алдағы'],
};

/** Signal words the parser reads besides commands' keywords. */
export const SIGNAL_WORDS = {
  gdp: ['ввп', 'жіө', 'gdp', 'внутреннего продукта', 'ішкі өнім*'],
  years: ['год', 'года', 'году', 'годы', 'годам', 'годах', 'лет', 'жыл*', 'year*', 'yr', 'yrs'],
  multiplier: ['мультипликатор*', 'множител*', 'multiplier*', 'еселік*', 'коэффициент*', 'коэф*'],
  reserve: ['резерв*', 'reserv*', 'зарезервир*'],
  historyCount: ['последн*', 'недавн*', 'соңғы', 'last', 'recent', 'latest'],
  from: ['с', 'со', 'из', 'изо', 'от', 'from', 'out of'],
  to: ['на', 'в', 'во', 'к', 'для', 'to', 'into', 'towards', 'toward'],
} as const;

const COMPILED_STATUS = Object.entries(STATUS_WORDS).map(([status, words]) => ({ status: status as ProjectStatus, patterns: compileAll(words) }));

/** Set phrases with a status word in them that say nothing of a status ("running total"). */
// "За выполненные работы" is what contractors are paid for, not finished projects.
const NOT_STATUS = compileAll(['running total*', 'running spend*', 'running tally', 'running sum*', 'running balance*', 'running count', 'выполненн* работ*', 'completed work*', 'work completed', 'орындалған жұмыс*']);

/** Every status word of the question ("действующие, завершённые, приостановленные"), in its order. */
export function statusWords(tokens: readonly Token[]): { status: ProjectStatus; tokenStart: number; tokenEnd: number }[] {
  const found: { status: ProjectStatus; tokenStart: number; tokenEnd: number }[] = [];
  const phrases = NOT_STATUS.flatMap((p) => findPattern(tokens, p, false));
  const inPhrase = (h: { tokenStart: number }) => phrases.some((x) => h.tokenStart >= x.tokenStart && h.tokenStart < x.tokenEnd);
  for (const { status, patterns } of COMPILED_STATUS) {
    // As written: "айдағы" (in the month) is one letter from "алдағы" (upcoming).
    for (const p of patterns) for (const h of findPattern(tokens, p, false)) if (!inPhrase(h)) found.push({ status, ...h });
  }
  return found.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** The project status the tokens name, with where; null when none or ambiguous. */
export function findStatus(tokens: readonly Token[]): { status: ProjectStatus; tokenStart: number; tokenEnd: number } | null {
  const found = statusWords(tokens);
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
