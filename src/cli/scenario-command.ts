import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderScenarioChartPng } from '../charts/render-png.js';
import { formatNumber } from '../format/money.js';
import { LANGS, langSchema, type Lang } from '../i18n/lang.js';
import {
  compareScenarios,
  describeRange,
  findPreset,
  parseVariantToken,
  PRESET_NAMES,
  projectScenario,
  SCENARIO_DEFAULTS,
  SCENARIO_FIELD_RULES,
  validateScenarioInput,
  variantOverrides,
  type ComparedScenario,
  type ScenarioField,
  type ScenarioInputArgs,
  type ScenarioVariant,
} from '../projection/index.js';
import {
  renderScenarioComparison,
  renderScenarioSummary,
  renderScenarioTable,
  scenarioPresetLabel,
  scenarioShareLabel,
} from '../render/scenario-text.js';

// `scenario`: the projection from the command line.
//
// Output with --json:
//   one scenario: the projection JSON of docs/projection.md, {input, years, totals};
//   --compare:    {"scenarios": [{label, input, years, totals}, ...], "table": [{label, investmentSharePct, multiplier,
//                 investment, extraOutput, unrealizedReturn, peakUpliftPp, yearsAtCap, paybackYear}, ...]}.
// Without --json: the summary and the per-year table (for --compare: the comparison, then each scenario's table).
// Bad input: one line naming the option and what it accepts, exit code 2.

export interface ScenarioCommandIo {
  out(s: string): void;
  err(s: string): void;
}

export interface ScenarioMacro {
  baseYear: number;
  gdp: number;
  realGrowthPct: number;
}

/** Numeric options and the model inputs they set. */
const NUMERIC_OPTIONS = {
  share: 'investmentSharePct',
  years: 'investmentYears',
  multiplier: 'multiplier',
  'return-years': 'returnYears',
  cap: 'maxUpliftPp',
  growth: 'baselineGrowthPct',
  horizon: 'horizonYears',
  'base-gdp': 'baseGdp',
  'base-year': 'baseYear',
} as const satisfies Record<string, ScenarioField>;
type NumericOption = keyof typeof NUMERIC_OPTIONS;

const OPTION_OF_FIELD = Object.fromEntries(Object.entries(NUMERIC_OPTIONS).map(([o, f]) => [f, o])) as Record<ScenarioField, NumericOption>;

const OPTIONS = {
  ...(Object.fromEntries(Object.keys(NUMERIC_OPTIONS).map((o) => [o, { type: 'string' }])) as Record<NumericOption, { type: 'string' }>),
  preset: { type: 'string' },
  compare: { type: 'string' },
  lang: { type: 'string' },
  chart: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

const VALID_OPTIONS = Object.keys(OPTIONS).map((o) => `--${o}`).join(', ');

/** At most this many scenarios side by side: more would not read on a phone. */
const MAX_COMPARED = 6;

export const SCENARIO_USAGE = [
  'scenario [options]   GDP projection for investment in digitalisation and AI',
  '  --share 5          investment, % of GDP over the investment years (-50…100)',
  '  --years 3          investment years (1…50)',
  '  --multiplier 5     extra output per tenge invested, in total (0…50)',
  '  --return-years 5   years over which each year\'s return accrues (1…50)',
  '  --cap 1.5          most extra growth in one year, percentage points (0…100)',
  '  --growth G         baseline real growth, % (default: the database)',
  '  --horizon 10       years projected (1…100)',
  '  --base-gdp N       GDP of the base year, tenge (default: the database)',
  '  --base-year Y      last year with actual GDP (default: the database)',
  `  --preset NAME      multiplier preset: ${PRESET_NAMES.join(', ')}`,
  '  --compare 4,5,6    compare shares and/or presets, e.g. 5,imf-2020,conservative',
  `  --lang ru          ${LANGS.join(' | ')}`,
  '  --json             print the projection as JSON',
  '  --chart FILE.png   also draw the chart to FILE.png',
  'Negative numbers: --growth=-2 or --growth -2.',
].join('\n');

class UsageError extends Error {}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Lets `--growth -2` mean `--growth=-2` and `--compare -1,5` mean `--compare=-1,5` (parseArgs would take them for options). */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    const takesNumbers = arg.slice(2) in NUMERIC_OPTIONS || arg === '--compare';
    if (arg.startsWith('--') && takesNumbers && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

function parseOptions(argv: string[]) {
  try {
    return parseArgs({ args: joinNegativeValues(argv), options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const message = (error as Error).message ?? '';
    const name = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${name}; valid options: ${VALID_OPTIONS}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const arg = /'([^']*)'/.exec(message)?.[1] ?? '';
      throw new UsageError(`unexpected argument "${arg}"; options are written --name value (valid: ${VALID_OPTIONS})`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = name.slice(2);
      if (option === 'json' || option === 'help') throw new UsageError(`${name} takes no value`);
      throw new UsageError(`${name} needs a value${option in NUMERIC_OPTIONS ? `: ${rangeOf(option as NumericOption)}` : ''}`);
    }
    throw new UsageError(message.split('\n')[0] ?? 'bad options');
  }
}

function rangeOf(option: NumericOption): string {
  return describeRange(SCENARIO_FIELD_RULES[NUMERIC_OPTIONS[option]]);
}

function parseNumber(option: NumericOption, text: string): number {
  const value = NUMBER.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isFinite(value)) throw new UsageError(`--${option} must be ${rangeOf(option)} (got "${text}")`);
  return value;
}

/** Turns the core's field errors into option errors; a value that no option set came from the database (macro). */
function checkInput(input: ScenarioInputArgs, given: ReadonlySet<ScenarioField>): void {
  const check = validateScenarioInput(input);
  if (check.ok) return;
  const messages = check.errors.map((e) => {
    if (e.field === 'input') return e.message;
    const option = OPTION_OF_FIELD[e.field];
    const value = (input as Record<string, unknown>)[e.field];
    if (e.message.includes(' would ')) return e.message.replace(e.field, `--${option}`);
    const fromDatabase = given.has(e.field) ? '' : ` from the database; pass --${option}`;
    const shown = typeof value === 'number' ? String(value) : JSON.stringify(value) ?? 'nothing';
    return `--${option} must be ${rangeOf(option)} (got ${shown}${fromDatabase})`;
  });
  throw new UsageError(messages.join('; '));
}

function variantsFromCompare(spec: string, lang: Lang, base: ScenarioInputArgs, given: Set<ScenarioField>): ScenarioVariant[] {
  const tokens = spec.split(',').map((t) => t.trim());
  if (tokens.some((t) => t === '') || tokens.length === 0) {
    throw new UsageError(`--compare takes a comma-separated list of shares or presets, e.g. 4,5,6 or 5,imf-2020 (got "${spec}")`);
  }
  if (tokens.length > MAX_COMPARED) throw new UsageError(`--compare takes at most ${MAX_COMPARED} scenarios (got ${tokens.length})`);
  const parsedTokens = tokens.map(parseVariantToken);
  // With presets in the list, a share's label also names its multiplier, as the presets' labels do.
  const withMultiplier = parsedTokens.some((p) => p?.kind === 'preset');
  return tokens.map((token, i) => {
    const parsed = parsedTokens[i];
    if (!parsed) {
      throw new UsageError(
        `--compare: "${token}" is neither a share (${describeRange(SCENARIO_FIELD_RULES.investmentSharePct)}) nor a preset (${PRESET_NAMES.join(', ')})`,
      );
    }
    const overrides = variantOverrides(parsed);
    const label =
      parsed.kind === 'preset'
        ? scenarioPresetLabel(parsed.preset, lang)
        : scenarioShareLabel(parsed.investmentSharePct, lang) +
          (withMultiplier ? ` ×${formatNumber(base.multiplier ?? SCENARIO_DEFAULTS.multiplier, lang)}` : '');
    const variantGiven = new Set(given);
    for (const key of Object.keys(overrides)) variantGiven.add(key as ScenarioField);
    if (parsed.kind === 'share') {
      const check = validateScenarioInput({ ...base, ...overrides });
      const shareError = check.ok ? undefined : check.errors.find((e) => e.field === 'investmentSharePct');
      if (shareError) {
        throw new UsageError(
          shareError.message.includes(' would ')
            ? `--compare: share ${shareError.message.replace('investmentSharePct ', '')}`
            : `--compare: share "${token}" must be ${describeRange(SCENARIO_FIELD_RULES.investmentSharePct)}`,
        );
      }
    }
    checkInput({ ...base, ...overrides }, variantGiven);
    return { label, overrides };
  });
}

/** Money fields of a projection: whole tenge in JSON (the model computes in fractions; nobody pays 0.03 ₸). */
const MONEY_FIELDS = new Set(['baseGdp', 'baselineGdp', 'scenarioGdp', 'investment', 'extraOutput', 'scheduledReturn', 'carry', 'unrealizedReturn']);
/** Percentage points and per cents: two decimals are all a reader can use (1.5000000000000004 → 1.5). */
const RATE_FIELDS = /(?:Pct|Pp)$/;

function asJson(value: unknown): string {
  return JSON.stringify(
    value,
    (key, v: unknown) => (typeof v !== 'number' ? v : MONEY_FIELDS.has(key) ? Math.round(v) : RATE_FIELDS.test(key) ? Math.round(v * 100) / 100 : v),
    2,
  );
}

async function writeChart(file: string, scenarios: ComparedScenario[], lang: Lang, io: ScenarioCommandIo, json: boolean): Promise<number> {
  try {
    writeFileSync(file, await renderScenarioChartPng(scenarios, lang));
  } catch (error) {
    io.err(`--chart: cannot write "${file}": ${(error as Error).message}`);
    return 1;
  }
  (json ? io.err : io.out)(`Chart: ${file}`);
  return 0;
}

export async function runScenarioCommand(argv: string[], io: ScenarioCommandIo, macro: ScenarioMacro): Promise<number> {
  try {
    const values = parseOptions(argv);
    if (values.help) {
      io.out(SCENARIO_USAGE);
      return 0;
    }
    const langCheck = langSchema.safeParse(values.lang ?? 'ru');
    if (!langCheck.success) throw new UsageError(`--lang must be one of ${LANGS.join(', ')} (got "${values.lang}")`);
    const lang = langCheck.data;

    const input: Record<string, number> = { baseYear: macro.baseYear, baseGdp: macro.gdp, baselineGrowthPct: macro.realGrowthPct };
    const given = new Set<ScenarioField>();
    for (const option of Object.keys(NUMERIC_OPTIONS) as NumericOption[]) {
      const text = values[option];
      if (text === undefined) continue;
      input[NUMERIC_OPTIONS[option]] = parseNumber(option, text);
      given.add(NUMERIC_OPTIONS[option]);
    }
    let presetLabel: string | undefined;
    if (values.preset !== undefined) {
      const preset = findPreset(values.preset);
      if (!preset) throw new UsageError(`unknown preset "${values.preset}"; valid presets: ${PRESET_NAMES.join(', ')}`);
      if (given.has('multiplier')) throw new UsageError('use either --preset or --multiplier, not both');
      input.multiplier = preset.multiplier;
      given.add('multiplier');
      presetLabel = scenarioPresetLabel(preset.name, lang);
    }
    const base = input as ScenarioInputArgs;
    checkInput(base, given);

    if (values.compare !== undefined) {
      const variants = variantsFromCompare(values.compare, lang, base, given);
      const comparison = compareScenarios(base, variants);
      if (values.json) {
        io.out(asJson({ scenarios: comparison.scenarios.map((s) => ({ label: s.label, ...s.result })), table: comparison.table }));
      } else {
        io.out(renderScenarioComparison(comparison.scenarios, lang));
        for (const s of comparison.scenarios) io.out(`\n${s.label}\n${renderScenarioTable(s.result, lang)}`);
      }
      return values.chart === undefined ? 0 : writeChart(values.chart, comparison.scenarios, lang, io, values.json === true);
    }

    const result = projectScenario(base);
    if (values.json) io.out(asJson(result));
    else io.out(`${renderScenarioSummary(result, lang)}\n\n${renderScenarioTable(result, lang)}`);
    if (values.chart === undefined) return 0;
    const label = scenarioShareLabel(result.input.investmentSharePct, lang) + (presetLabel ? `, ${presetLabel}` : '');
    return writeChart(values.chart, [{ label, result }], lang, io, values.json === true);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    io.err(`scenario failed: ${(error as Error)?.message ?? String(error)}`);
    return 1;
  }
}
