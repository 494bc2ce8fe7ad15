import { z } from 'zod';

// The inputs of the projection model (docs/projection.md), their bounds and defaults.
// One table of rules drives the zod schema, the error messages and the command line's messages.

export interface FieldRule {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  /** Appended to the range in messages, e.g. "tenge". */
  readonly unit?: string;
}

/** In the order projection.md lists them. */
export const SCENARIO_FIELD_RULES = {
  baseYear: { min: 1900, max: 2200, integer: true },
  // At least 1 tenge, so that 100 years of −50 % growth stay far from floating-point underflow.
  baseGdp: { min: 1, max: 1e18, integer: false, unit: 'tenge' },
  baselineGrowthPct: { min: -50, max: 100, integer: false },
  investmentSharePct: { min: -50, max: 100, integer: false },
  investmentYears: { min: 1, max: 50, integer: true },
  multiplier: { min: 0, max: 50, integer: false },
  returnYears: { min: 1, max: 50, integer: true },
  maxUpliftPp: { min: 0, max: 100, integer: false },
  horizonYears: { min: 1, max: 100, integer: true },
} as const satisfies Record<string, FieldRule>;

export type ScenarioField = keyof typeof SCENARIO_FIELD_RULES;
export const SCENARIO_FIELDS = Object.keys(SCENARIO_FIELD_RULES) as ScenarioField[];

/** Defaults from projection.md; baseYear, baseGdp and baselineGrowthPct have none (callers take them from the database). */
export const SCENARIO_DEFAULTS = {
  investmentSharePct: 5,
  investmentYears: 3,
  multiplier: 5,
  returnYears: 5,
  maxUpliftPp: 1.5,
  horizonYears: 10,
} as const;

function ruleSchema(rule: FieldRule) {
  const bounded = z.number().gte(rule.min).lte(rule.max);
  return rule.integer ? bounded.int() : bounded;
}

const R = SCENARIO_FIELD_RULES;
const D = SCENARIO_DEFAULTS;

/** z.number() refuses NaN and ±Infinity; unknown fields are refused too (a typo must not fall back to a default). */
export const scenarioInputSchema = z.strictObject({
  baseYear: ruleSchema(R.baseYear),
  baseGdp: ruleSchema(R.baseGdp),
  baselineGrowthPct: ruleSchema(R.baselineGrowthPct),
  investmentSharePct: ruleSchema(R.investmentSharePct).default(D.investmentSharePct),
  investmentYears: ruleSchema(R.investmentYears).default(D.investmentYears),
  multiplier: ruleSchema(R.multiplier).default(D.multiplier),
  returnYears: ruleSchema(R.returnYears).default(D.returnYears),
  maxUpliftPp: ruleSchema(R.maxUpliftPp).default(D.maxUpliftPp),
  horizonYears: ruleSchema(R.horizonYears).default(D.horizonYears),
});

/** The resolved input: every field present. */
export type ScenarioInput = z.output<typeof scenarioInputSchema>;
/** What a caller may pass: the three base figures, the rest optional. */
export type ScenarioInputArgs = z.input<typeof scenarioInputSchema>;

export interface ScenarioInputIssue {
  /** The offending field, or "input" when the value is not an object at all. */
  field: ScenarioField | 'input';
  message: string;
}

export type ScenarioInputCheck = { ok: true; input: ScenarioInput } | { ok: false; errors: ScenarioInputIssue[] };

export class ScenarioInputError extends Error {
  constructor(readonly errors: ScenarioInputIssue[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ScenarioInputError';
  }
}

/** "a number from -50 to 100", "a whole number from 1 to 50", "a number from 1 to 1e18 (tenge)". */
export function describeRange(rule: FieldRule): string {
  const show = (v: number) => (Math.abs(v) >= 1e6 ? v.toExponential().replace('e+', 'e') : String(v));
  const kind = rule.integer ? 'a whole number' : 'a number';
  return `${kind} from ${show(rule.min)} to ${show(rule.max)}${rule.unit ? ` (${rule.unit})` : ''}`;
}

function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Validates and resolves the input. Never throws; every problem names its field and the allowed range.
 * Besides the per-field bounds: a negative share (a cut) must not push scenario GDP to zero or below,
 * since growth rates would then be meaningless.
 */
export function validateScenarioInput(raw: unknown): ScenarioInputCheck {
  const parsed = scenarioInputSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: ScenarioInputIssue[] = [];
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          errors.push({ field: 'input', message: `unknown field "${key}"; valid fields: ${SCENARIO_FIELDS.join(', ')}` });
        }
        continue;
      }
      const key = issue.path[0];
      if (typeof key === 'string' && key in SCENARIO_FIELD_RULES) {
        if (seen.has(key)) continue;
        seen.add(key);
        const field = key as ScenarioField;
        const value = (raw as Record<string, unknown>)[field];
        errors.push({ field, message: `${field} must be ${describeRange(SCENARIO_FIELD_RULES[field])} (got ${showValue(value)})` });
      } else {
        errors.push({ field: 'input', message: `the scenario input must be an object with fields ${SCENARIO_FIELDS.join(', ')}` });
      }
    }
    return { ok: false, errors };
  }
  const input = parsed.data;
  const collapse = input.investmentSharePct < 0 ? firstNonPositiveYear(input) : null;
  if (collapse !== null) {
    return {
      ok: false,
      errors: [
        {
          field: 'investmentSharePct',
          message:
            `investmentSharePct ${input.investmentSharePct} with multiplier ${input.multiplier} would bring scenario GDP ` +
            `to zero or below in ${collapse}; choose a smaller cut or multiplier`,
        },
      ],
    };
  }
  return { ok: true, input };
}

/**
 * With a negative share every scheduled return is ≤ 0, so nothing is ever carried and E_t = R_t:
 * S_t = B_t + R_t exactly. The first calendar year where that is ≤ 0, or null.
 */
function firstNonPositiveYear(input: ScenarioInput): number | null {
  const g = input.baselineGrowthPct / 100;
  const n = input.investmentYears;
  const W = input.returnYears;
  const baseline = (t: number) => input.baseGdp * Math.pow(1 + g, t);
  for (let t = 1; t <= input.horizonYears; t++) {
    let returns = 0;
    for (let s = Math.max(1, t - W); s <= Math.min(n, t - 1); s++) {
      returns += (input.multiplier * ((input.investmentSharePct / 100 / n) * baseline(s))) / W;
    }
    if (!(baseline(t) + returns > 0)) return input.baseYear + t;
  }
  return null;
}

/** Validates or throws ScenarioInputError. */
export function resolveScenarioInput(raw: unknown): ScenarioInput {
  const check = validateScenarioInput(raw);
  if (!check.ok) throw new ScenarioInputError(check.errors);
  return check.input;
}
