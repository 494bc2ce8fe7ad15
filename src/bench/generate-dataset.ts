import type { DatasetInput } from '../dataset/dataset-schema.js';

/** mulberry32: a tiny seeded PRNG, so the same seed always gives the same dataset. Returns [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  projects: number;
  transfers: number;
  seed?: number;
  /** First day of the ledger; transfers spread evenly over the following `days` days. */
  start?: string;
  days?: number;
}

const SOURCE_NAMES = [
  ['republican-budget', 'Республиканский бюджет'],
  ['national-fund', 'Национальный фонд'],
  ['local-budgets', 'Местные бюджеты'],
  ['quasi-public', 'Квазигосударственный сектор'],
  ['development-bank', 'Банк развития'],
] as const;

const AREAS = [
  ['ai-infrastructure', 'ИИ-инфраструктура'],
  ['e-government', 'Электронное правительство'],
  ['connectivity', 'Связь и интернет'],
  ['cybersecurity', 'Кибербезопасность'],
  ['data-platforms', 'Платформы данных'],
  ['digital-health', 'Цифровое здравоохранение'],
  ['edtech', 'Цифровое образование'],
  ['smart-cities', 'Умные города'],
  ['fintech', 'Финтех'],
  ['agritech', 'Агротех'],
  ['industry-4', 'Индустрия 4.0'],
  ['skills', 'Цифровые навыки'],
] as const;

const WHAT = ['Платформа', 'Система', 'Портал', 'Центр', 'Сеть', 'Сервис', 'Реестр', 'Модуль', 'Хаб', 'Комплекс'];
const ABOUT = ['мониторинга', 'аналитики', 'обработки данных', 'электронных услуг', 'машинного обучения', 'видеонаблюдения', 'учёта', 'прогнозирования', 'связи', 'идентификации'];
const WHERE = ['Астана', 'Алматы', 'Шымкент', 'Караганда', 'Актобе', 'Павлодар', 'Атырау', 'Костанай', 'Туркестан', 'Усть-Каменогорск', 'республика'];
const OWNERS = ['МЦРИАП', 'Минфин', 'Минздрав', 'Минпросвещения', 'Акимат', 'НИТ', 'Казахтелеком', 'QazTech'];
const STATUSES = ['active', 'active', 'active', 'active', 'planned', 'completed', 'suspended'] as const;

const REASONS = {
  allocation: 'Выделение из резерва',
  reallocation: 'Перераспределение по приоритетам',
  spending: 'Оплата работ по договору',
  release: 'Возврат неиспользованных средств в резерв',
  reinvestment: 'Реинвестирование экономии от цифровизации',
};

/**
 * A large, deterministic, valid dataset: 3–5 reserves, 12 priority areas (re-ranked mid-year),
 * `projects` projects and `transfers` transfers in date order over a year — allocations from the
 * reserves, reallocations between projects, spending, releases back to a reserve and reinvested
 * savings. Balances are tracked while generating, so no transfer ever overdraws an account.
 */
export function generateDataset(options: GenerateOptions): DatasetInput {
  const rng = mulberry32(options.seed ?? 20260210);
  const int = (n: number) => Math.floor(rng() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const days = options.days ?? 365;
  const startMs = Date.parse(`${options.start ?? '2025-11-01'}T00:00:00Z`);
  const dates = Array.from({ length: days }, (_, d) => new Date(startMs + d * 86_400_000).toISOString().slice(0, 10));

  const sourceCount = 3 + int(3);
  const sources = SOURCE_NAMES.slice(0, sourceCount).map(([id, name]) => {
    const reserved = (300 + int(700)) * 1_000_000_000;
    return { id, name, amount: reserved * (3 + int(8)), reserved };
  });
  const midYear = dates[Math.floor(days / 2)]!;
  const reRanked = AREAS.map((_, i) => i);
  for (let i = reRanked.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [reRanked[i], reRanked[j]] = [reRanked[j]!, reRanked[i]!];
  }
  const priorities = [
    ...AREAS.map(([id, title], i) => ({ id, title, rank: i + 1, since: dates[0]! })),
    ...AREAS.map(([id, title], i) => ({ id, title, rank: reRanked[i]! + 1, since: midYear })),
  ];
  const width = String(options.projects).length;
  const projects = Array.from({ length: options.projects }, (_, i) => ({
    id: `prj-${String(i + 1).padStart(width, '0')}`,
    name: `${pick(WHAT)} ${pick(ABOUT)} (${pick(WHERE)}) №${i + 1}`,
    priority: pick(AREAS)[0],
    status: pick(STATUSES),
    owner: pick(OWNERS),
  }));

  const reserveBalance = sources.map((s) => s.reserved);
  const projectBalance = new Float64Array(options.projects);
  const transfers: DatasetInput['transfers'] = new Array(options.transfers);
  /** A project holding money (a few random tries), or -1. */
  const fundedProject = (): number => {
    for (let tries = 0; tries < 4; tries++) {
      const p = int(options.projects);
      if (projectBalance[p]! >= 1) return p;
    }
    return -1;
  };
  for (let i = 0; i < options.transfers; i++) {
    const date = dates[Math.floor((i * days) / options.transfers)]!;
    const roll = rng();
    const from = roll < 0.3 ? -1 : fundedProject();
    let t: DatasetInput['transfers'][number];
    if (from < 0) {
      // Allocation: a small share of a reserve to a project (proportional, so a reserve never runs dry).
      const r = int(sources.length);
      const to = int(options.projects);
      const amount = 1 + Math.floor(rng() * reserveBalance[r]! * 0.00002);
      reserveBalance[r]! -= amount;
      projectBalance[to]! += amount;
      t = { id: `t${i}`, date, from: `reserve:${sources[r]!.id}`, to: `project:${projects[to]!.id}`, amount, reason: REASONS.allocation, actor: 'МЦРИАП' };
    } else if (roll < 0.45) {
      const to = (from + 1 + int(options.projects - 1)) % options.projects;
      const amount = 1 + Math.floor(rng() * projectBalance[from]! * 0.5);
      projectBalance[from]! -= amount;
      projectBalance[to]! += amount;
      t = { id: `t${i}`, date, from: `project:${projects[from]!.id}`, to: `project:${projects[to]!.id}`, amount, reason: REASONS.reallocation, actor: 'МЦРИАП' };
    } else if (roll < 0.85) {
      const amount = 1 + Math.floor(rng() * projectBalance[from]! * 0.3);
      projectBalance[from]! -= amount;
      t = { id: `t${i}`, date, from: `project:${projects[from]!.id}`, to: 'spent', amount, reason: REASONS.spending, actor: projects[from]!.owner };
    } else if (roll < 0.9) {
      const r = int(sources.length);
      const amount = 1 + Math.floor(rng() * projectBalance[from]! * 0.3);
      projectBalance[from]! -= amount;
      reserveBalance[r]! += amount;
      t = { id: `t${i}`, date, from: `project:${projects[from]!.id}`, to: `reserve:${sources[r]!.id}`, amount, reason: REASONS.release, actor: 'МЦРИАП' };
    } else {
      const to = int(options.projects);
      const amount = (1 + int(1000)) * 100_000;
      projectBalance[to]! += amount;
      t = { id: `t${i}`, date, from: 'savings', to: `project:${projects[to]!.id}`, amount, reason: REASONS.reinvestment, actor: 'МЦРИАП' };
    }
    transfers[i] = t;
  }

  return {
    version: 1,
    currency: 'KZT',
    programme: { name: 'Нагрузочный набор (синтетические данные)', administrator: 'МЦРИАП', fiscalYear: Number(dates[0]!.slice(0, 4)) },
    macro: { baseYear: Number(dates[0]!.slice(0, 4)) - 1, gdp: 150_000_000_000_000, realGrowthPct: 5 },
    sources,
    priorities,
    projects,
    transfers,
  };
}
