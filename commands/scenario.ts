import { z } from 'zod';
import { formatNumber } from '../src/format/money.js';
import type { Lang } from '../src/i18n/lang.js';
import {
  compareScenarios,
  findPreset,
  PRESET_NAMES,
  projectScenario,
  SCENARIO_FIELD_RULES,
  ScenarioInputError,
  type ScenarioField,
  type ScenarioInputArgs,
  type ScenarioVariant,
} from '../src/projection/index.js';
import { macroFigures } from '../src/queries/macro.js';
import { renderScenarioComparison, renderScenarioSummary, renderScenarioTable, scenarioPresetLabel, scenarioShareLabel } from '../src/render/scenario-text.js';
import { perLang } from './argument-parsing.js';
import { defineCommand, UserError } from './command.js';
import { line, pre, type Block } from './reply.js';

const MAX_COMPARED = 6;

const FIELD_NAMES: Record<Lang, Partial<Record<ScenarioField, string>>> = {
  ru: { investmentSharePct: 'Доля ВВП', investmentYears: 'Число лет', multiplier: 'Мультипликатор' },
  kk: { investmentSharePct: 'ЖІӨ үлесі', investmentYears: 'Жылдар саны', multiplier: 'Мультипликатор' },
  en: { investmentSharePct: 'The share of GDP', investmentYears: 'The number of years', multiplier: 'The multiplier' },
};

const TEXT = {
  ru: {
    range: (field: string, min: number, max: number, whole: boolean, got: string) => `${field} должен быть ${whole ? 'целым ' : ''}числом от ${min} до ${max} (получено ${got}).`,
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
    noMacro: 'Базада макрокөрсеткіштер (базалық жылдың ЖІӨ-і) жоқ: деректер жинағын жүктеңіз.',
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
});
type ScenarioArgs = z.infer<typeof args>;

/** `x4`, `×2.7`: a multiplier given on its own, so `/scenario 6 x4` keeps the default years. */
const readMultiplier = (word: string): number | null => (/^[x×]/i.test(word) ? readNumber(word.slice(1)) : null);

const readNumber = (word: string): number | null => {
  const text = word.replace('%', '').replace(',', '.');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : null;
};

/**
 * `/scenario [share] [years] [multiplier]`, `/scenario <preset>`, and comparisons: a list with commas
 * (`4, 5, 6`), several presets, or three or more shares in rising order (`/scenario 4 5 6`).
 */
function parseScenarioWords(text: string): ScenarioArgs {
  const listed = /,\s|,.*,/.test(text);
  let words = (listed ? text.split(/[,;\s]+/) : text.split(/\s+/)).filter(Boolean);
  if (words.length === 0) return {};
  const marked = words.map(readMultiplier).find((m) => m !== null);
  words = words.filter((word) => readMultiplier(word) === null);
  const values = words.map((word) => readNumber(word) ?? findPreset(word)?.name ?? null);
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

export const scenarioCommand = defineCommand({
  name: 'scenario',
  access: 'viewer',
  summary: { ru: 'Сценарий: вложить долю ВВП и рост', kk: 'Сценарий: ЖІӨ үлесін салу және өсім', en: 'Scenario: invest a share of GDP, see growth' },
  examples: ['/scenario 5 3 5', '/scenario 6 x2.7', '/scenario imf-2020', '/scenario 4 5 6'],
  args,
  parse: (text) => parseScenarioWords(text),
  format: ({ share, years, multiplier, preset, compare }) =>
    compare
      ? compare.join(', ')
      : [share, years, multiplier !== undefined ? `x${multiplier}` : undefined, preset].filter((w) => w !== undefined).join(' '),
  run({ share, years, multiplier, preset, compare }, { services, lang }) {
    const macro = macroFigures(services.db);
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
            ? { label: scenarioShareLabel(v, lang), overrides: { investmentSharePct: v } }
            : { label: scenarioPresetLabel(v, lang), overrides: { multiplier: findPreset(v)!.multiplier } },
        );
        const comparison = compareScenarios(base, variants);
        const blocks: Block[] = [pre(renderScenarioComparison(comparison.scenarios, lang))];
        return { blocks, chart: { scenarios: comparison.scenarios, lang }, data: { scenarios: comparison.scenarios, table: comparison.table } };
      }
      const result = projectScenario(base);
      const label = preset ? scenarioPresetLabel(preset, lang) : scenarioShareLabel(result.input.investmentSharePct, lang);
      const blocks: Block[] = [...renderScenarioSummary(result, lang).split('\n').map((text) => line(text)), pre(renderScenarioTable(result, lang))];
      return { blocks, chart: { scenarios: [{ label, result }], lang }, data: { ...result } };
    } catch (error) {
      if (error instanceof ScenarioInputError) throw explainInputError(error, { ...base, ...(compare ? { investmentSharePct: compare.find((v) => typeof v === 'number') } : {}) });
      throw error;
    }
  },
});
