import { z } from 'zod';
import { formatNumber } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { getMacro } from '../../db/stores/catalogue-store.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { has, weighted } from '../../src/language/index.js';
import {
  compareScenarios,
  findPreset,
  parseVariantToken,
  PRESET_NAMES,
  projectScenario,
  SCENARIO_FIELD_RULES,
  ScenarioInputError,
  variantOverrides,
  type ScenarioField,
  type ScenarioInputArgs,
  type ScenarioVariant,
} from '../../src/projection/index.js';
import { renderComparisonBrief, renderScenarioBrief, renderScenarioNarrowTable, scenarioPresetLabel, scenarioShareLabel } from '../../src/render/scenario-text.js';
import { line, pre, type Block } from '../../src/reply/reply.js';
import { defineCommand, UserError } from '../command.js';
import { addsToComparison, continuedScenario, presetsIn, scenarioArgsFromQuestion } from './scenario-words.js';

const MAX_COMPARED = 6;

const FIELD_NAMES: Record<Lang, Partial<Record<ScenarioField, string>>> = {
  ru: { investmentSharePct: 'Доля ВВП', investmentYears: 'Число лет', multiplier: 'Мультипликатор' },
  kk: { investmentSharePct: 'ЖІӨ үлесі', investmentYears: 'Жылдар саны', multiplier: 'Мультипликатор' },
  en: { investmentSharePct: 'The share of GDP', investmentYears: 'The number of years', multiplier: 'The multiplier' },
};

const TEXT = {
  ru: {
    range: (field: string, min: number, max: number, whole: boolean, got: string) => `${field}: нужно ${whole ? 'целое число' : 'число'} от ${min} до ${max} (получено ${got}).`,
    usage: 'Примеры: /scenario 5 3 5 (доля ВВП, лет, мультипликатор), /scenario imf-2020, /scenario 4 5 6 (сравнение).',
    unknown: (w: string) => `Не понял «${w}»: нужна доля ВВП в процентах или сценарий (${PRESET_NAMES.join(', ')}).`,
    tooMany: `Сравнить можно не больше ${MAX_COMPARED} сценариев.`,
    noMacro: 'В базе нет макропоказателей (ВВП базового года): загрузите набор данных.',
  },
  kk: {
    range: (field: string, min: number, max: number, whole: boolean, got: string) => `${field} ${min} мен ${max} аралығындағы ${whole ? 'бүтін ' : ''}сан болуы керек (берілгені ${got}).`,
    usage: 'Мысалдар: /scenario 5 3 5 (ЖІӨ үлесі, жыл, мультипликатор), /scenario imf-2020, /scenario 4 5 6 (салыстыру).',
    unknown: (w: string) => `«${w}» түсініксіз: ЖІӨ үлесі пайызбен немесе сценарий (${PRESET_NAMES.join(', ')}) керек.`,
    tooMany: `Ең көбі ${MAX_COMPARED} сценарийді салыстыруға болады.`,
    noMacro: 'Базада макрокөрсеткіштер (базалық жылдың ЖІӨ-сі) жоқ: деректер жинағын жүктеңіз.',
  },
  en: {
    range: (field: string, min: number, max: number, whole: boolean, got: string) => `${field} must be a ${whole ? 'whole ' : ''}number from ${min} to ${max} (got ${got}).`,
    usage: 'Examples: /scenario 5 3 5 (share of GDP, years, multiplier), /scenario imf-2020, /scenario 4 5 6 (comparison).',
    unknown: (w: string) => `I can't read "${w}": give a share of GDP in per cent or a preset (${PRESET_NAMES.join(', ')}).`,
    tooMany: `At most ${MAX_COMPARED} scenarios can be compared.`,
    noMacro: 'The database has no macro figures (base-year GDP): import a dataset.',
  },
} satisfies Record<Lang, unknown>;

const variant = z.union([z.number(), z.enum(PRESET_NAMES)]);
const args = z.object({
  share: z.number().optional(),
  years: z.number().optional(),
  multiplier: z.number().optional(),
  preset: z.enum(PRESET_NAMES).optional(),
  compare: z.array(variant).min(2).max(MAX_COMPARED).optional(),
  /** The year table instead of the summary (the answer's «Таблица» button). */
  table: z.boolean().optional(),
});
type ScenarioArgs = z.infer<typeof args>;

/** `x4`, `×2.7`: a multiplier given on its own, so `/scenario 6 x4` keeps the default years. */
const readMultiplier = (word: string): number | null => (/^[x×]/i.test(word) ? readNumber(word.slice(1)) : null);

/** A share of GDP (`5`, `4,5%`) or a preset's name, as the projection core reads comparison words. */
const readVariant = (word: string): number | (typeof PRESET_NAMES)[number] | null => {
  const token = parseVariantToken(word.replace('%', '').replace(',', '.'));
  return token ? (token.kind === 'share' ? token.investmentSharePct : token.preset) : null;
};

const readNumber = (word: string): number | null => {
  const value = readVariant(word);
  return typeof value === 'number' ? value : null;
};

/**
 * `/scenario [share] [years] [multiplier]`, `/scenario <preset>`, and comparisons: a list with commas
 * (`4, 5, 6`), several presets, or three or more shares in rising order (`/scenario 4 5 6`).
 */
function parseScenarioWords(text: string): ScenarioArgs {
  const table = /(?:^|\s)table\s*$/u.test(text);
  if (table) return { ...parseScenarioWords(text.replace(/(?:^|\s)table\s*$/u, '')), table: true };
  const listed = /,\s|,.*,/.test(text);
  let words = (listed ? text.split(/[,;\s]+/) : text.split(/\s+/)).filter(Boolean);
  if (words.length === 0) return {};
  const marked = words.map(readMultiplier).find((m) => m !== null);
  words = words.filter((word) => readMultiplier(word) === null);
  const values = words.map(readVariant);
  const unknown = words.find((_, i) => values[i] === null);
  if (unknown !== undefined) throw new UserError(perLang((l) => `${TEXT[l].unknown(unknown)} ${TEXT[l].usage}`));
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const presets = values.filter((v): v is (typeof PRESET_NAMES)[number] => typeof v === 'string');
  const rising = numbers.length >= 3 && numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);
  if (listed || presets.length > 1 || (presets.length === 1 && numbers.length > 1) || (presets.length === 0 && rising)) {
    if (values.length > MAX_COMPARED) throw new UserError(perLang((l) => TEXT[l].tooMany));
    return { compare: values as (number | (typeof PRESET_NAMES)[number])[] };
  }
  const [share, years, positional] = numbers;
  const multiplier = marked ?? positional;
  return {
    ...(share !== undefined ? { share } : {}),
    ...(years !== undefined ? { years } : {}),
    ...(multiplier !== undefined ? { multiplier } : {}),
    ...(presets[0] ? { preset: presets[0] } : {}),
  };
}

/** The core's field errors, said in the user's language with the allowed range. */
function explainInputError(error: ScenarioInputError, input: Record<string, unknown>): UserError {
  const issue = error.errors.find((e) => e.field in FIELD_NAMES.en) ?? error.errors[0]!;
  const field = issue.field as ScenarioField;
  const rule = SCENARIO_FIELD_RULES[field];
  if (!rule || !FIELD_NAMES.en[field]) return new UserError(perLang((l) => `${issue.message}. ${TEXT[l].usage}`));
  return new UserError(
    perLang((l) => `${TEXT[l].range(FIELD_NAMES[l][field]!, rule.min, rule.max, rule.integer, formatNumber(Number(input[field]), l, 4))} ${TEXT[l].usage}`),
  );
}

const TABLE_BUTTON: Record<Lang, string> = { ru: '📋 Таблица по годам', kk: '📋 Жылдар бойынша кесте', en: '📋 Table by year' };

export const scenarioCommand = defineCommand({
  name: 'scenario',
  topic: 'scenarios',
  access: 'viewer',
  visibility: 'menu',
  readOnly: true,
  summary: { ru: 'Сценарий: вложение доли ВВП и эффект для роста', kk: 'Сценарий: ЖІӨ үлесін инвестициялау және өсімге әсері', en: 'Scenario: invest a share of GDP, see growth' },
  examples: {
    ru: ['/scenario 5 3 5', '/scenario 6 x2.7', '/scenario imf-2020', '/scenario 4 5 6'],
    kk: ['/scenario 5 3 5', '/scenario 6 x2.7', '/scenario imf-2020', '/scenario 4 5 6'],
    en: ['/scenario 5 3 5', '/scenario 6 x2.7', '/scenario imf-2020', '/scenario 4 5 6'],
  },
  args,
  words: {
    lexicon: {
    ru: [
      ...weighted(3, 'ввп', 'сценари*'),
      ...weighted(2.5, 'мультипликатор*', 'множител*'),
      ...weighted(2, 'прогноз*', 'моделир*', 'смоделир*'),
      ...weighted(1.2, 'рост*', 'влож*', 'инвестир*', 'инвестиц*', 'эффект*'),
      ...weighted(0.8, 'экономик*', 'что если', 'что будет'),
    ],
    kk: [
      ...weighted(3, 'жіө', 'сценари*'),
      ...weighted(2.5, 'мультипликатор*'),
      ...weighted(2, 'болжам*'),
      ...weighted(1.2, 'өсім*', 'өсу*', 'салсақ', 'салу*', 'инвестиция*', 'әсер*'),
      ...weighted(0.8, 'экономика*', 'не болады'),
    ],
    en: [
      ...weighted(3, 'gdp', 'scenario*'),
      ...weighted(2.5, 'multiplier*'),
      ...weighted(2, 'forecast*', 'projection*', 'simulat*'),
      ...weighted(1.2, 'growth', 'invest', 'invests', 'investing', 'invested', 'investment*', 'impact', 'effect'),
      ...weighted(0.8, 'economy', 'what if'),
    ],
    },
    score(r, keywords) {
      let score = keywords;
      // Two shares or more ("2, 4 және 6 пайызды салыстыр") are scenarios to compare, whatever name a word sounds like.
      if (r.percents.length > 0) score += has(r, 'gdp') || new Set(r.percents.map((p) => p.value)).size > 1 ? 3 : 1.5;
      if (has(r, 'multiplier')) score += 0.5;
      // A preset named ("по МВФ", "developed economies") is a scenario, more so two of them.
      const presets = presetsIn(r).length;
      if (presets > 0) score += presets > 1 ? 4 : 3;
      return score;
    },
    args: (r) => ({ args: scenarioArgsFromQuestion(r) }),
    continues(previous, r) {
      if (previous.intent !== 'scenario') return null;
      const before = args.safeParse(previous.args);
      // A follow-up to the year table is a question about the scenario, answered in brief again.
      const { table: _table, ...asked } = before.success ? before.data : {};
      const merged = before.success ? continuedScenario(asked, scenarioArgsFromQuestion(r, true), addsToComparison(r)) : null;
      return merged ? { args: merged } : null;
    },
  },
  parse: (text) => parseScenarioWords(text),
  format: ({ share, years, multiplier, preset, compare, table }) =>
    compare
      ? compare.join(', ')
      : [share, years, multiplier !== undefined ? `x${multiplier}` : undefined, preset, table ? 'table' : undefined].filter((w) => w !== undefined).join(' '),
  run({ share, years, multiplier, preset, compare, table }, { services, lang }) {
    const macro = getMacro(services.db);
    if (!macro) throw new UserError(perLang((l) => TEXT[l].noMacro));
    const base: ScenarioInputArgs = {
      baseYear: macro.baseYear,
      baseGdp: macro.gdp,
      baselineGrowthPct: macro.realGrowthPct,
      ...(share !== undefined ? { investmentSharePct: share } : {}),
      ...(years !== undefined ? { investmentYears: years } : {}),
      ...(multiplier !== undefined ? { multiplier } : preset ? { multiplier: findPreset(preset)!.multiplier } : {}),
    };
    try {
      if (compare) {
        const variants: ScenarioVariant[] = compare.map((v) =>
          typeof v === 'number'
            ? { label: scenarioShareLabel(v, lang), overrides: variantOverrides({ kind: 'share', investmentSharePct: v }) }
            : { label: scenarioPresetLabel(v, lang), overrides: variantOverrides({ kind: 'preset', preset: v }) },
        );
        const comparison = compareScenarios(base, variants);
        const blocks: Block[] = renderComparisonBrief(comparison.scenarios, lang).map((text) => line(text));
        const caption = comparison.scenarios.map((s) => s.label).join(' · ');
        return { blocks, chart: { scenarios: comparison.scenarios, lang, caption }, data: { scenarios: comparison.scenarios, table: comparison.table } };
      }
      const result = projectScenario(base);
      const label = preset ? scenarioPresetLabel(preset, lang) : scenarioShareLabel(result.input.investmentSharePct, lang);
      const same = [result.input.investmentSharePct, result.input.investmentYears, `x${result.input.multiplier}`].join(' ');
      if (table) return { blocks: [line(label), pre(renderScenarioNarrowTable(result, lang))], data: { ...result } };
      // A few lines and the chart (captioned); the year table behind a button.
      const blocks: Block[] = renderScenarioBrief(result, lang).map((text) => line(text));
      return {
        blocks,
        buttons: [[{ label: TABLE_BUTTON[lang], action: `/scenario ${same} table` }]],
        chart: { scenarios: [{ label, result }], lang, caption: label },
        data: { ...result },
      };
    } catch (error) {
      if (error instanceof ScenarioInputError) throw explainInputError(error, { ...base, ...(compare ? { investmentSharePct: compare.find((v) => typeof v === 'number') } : {}) });
      throw error;
    }
  },
});
