// What officials type in a meeting, on the generated dataset: plain questions of every kind the
// query layer answers (totals, periods, breakdowns, rankings, execution, administrators, a project
// named loosely, reserves, a scenario), in the three languages, and /project with a name typed as
// people do (lower case, without punctuation, with a typo, cut short).

export interface MixProject {
  id: string;
  name: string;
  owner: string;
}

/** A name as people type it: `variant` 0 lower case, 1 plain words, 2 a letter missing, 3 a word cut short. */
export function typedName(name: string, variant: number): string {
  const lower = name.toLowerCase();
  if (variant % 4 === 0) return lower;
  const words = lower.replace(/ё/g, 'е').replace(/[()№]/g, ' ').split(/\s+/).filter(Boolean);
  const long = words.findIndex((w) => w.length >= 6);
  if (variant % 4 === 1 || long < 0) return words.join(' ');
  if (variant % 4 === 2) return words.map((w, i) => (i === long ? w.slice(0, 2) + w.slice(3) : w)).join(' ');
  return words.map((w, i) => (i === long ? w.slice(0, Math.ceil(w.length * 0.7)) : w)).join(' ');
}

const QUESTIONS: ((p: MixProject, i: number) => string)[] = [
  () => 'сколько потрачено в марте',
  () => 'расходы по направлениям во втором квартале',
  () => 'какой проект потратил больше всего',
  () => 'освоение по администраторам',
  (p) => `сколько потратил ${p.owner}`,
  (p, i) => `остаток у проекта ${typedName(p.name, i)}`,
  () => 'сколько осталось в резерве?',
  () => 'топ-5 проектов по остатку',
  () => 'how much was spent in September',
  () => 'қазанда қанша жұмсалды',
  () => 'execution by area',
  () => 'кто отстаёт по освоению',
  () => 'сколько выделено из резервов в прошлом месяце',
  (p, i) => `сколько получил ${typedName(p.name, i + 1)}`,
  () => 'әкімшілер бойынша шығындар',
  () => 'что будет, если вложить 5 % ВВП за три года',
];

/** The i-th plain question of the mix, about the i-th chosen project where it names one. */
export function plainQuestion(projects: readonly MixProject[], i: number): string {
  const project = projects[(i * 7919) % projects.length]!;
  return QUESTIONS[i % QUESTIONS.length]!(project, Math.floor(i / QUESTIONS.length));
}

/** `/project` with the i-th chosen project's name typed loosely, and the id its card must show. */
export function projectByName(projects: readonly MixProject[], i: number): { text: string; id: string } {
  const project = projects[(i * 104_729) % projects.length]!;
  return { text: `/project ${typedName(project.name, i)}`, id: project.id };
}

/**
 * The i-th ask of a mix that takes its kinds in turn: which kind, and which ask of that kind (the
 * i / kinds-th), so each kind goes through all its variants rather than every kinds-th of them.
 */
export function nthOfMix<K>(kinds: readonly K[], i: number): { kind: K; index: number } {
  return { kind: kinds[i % kinds.length]!, index: Math.floor(i / kinds.length) };
}
