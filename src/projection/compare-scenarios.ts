import { findPreset, type PresetName } from './presets.js';
import { projectScenario, type ScenarioResult } from './project-scenario.js';
import type { ScenarioInputArgs } from './scenario-input.js';

// Several scenarios side by side: the same base, each variant overriding some inputs (a share, a preset's multiplier).

export interface ScenarioVariant {
  label: string;
  overrides: Partial<ScenarioInputArgs>;
}

export interface ComparedScenario {
  label: string;
  result: ScenarioResult;
}

/** One row of the compact comparison table. */
export interface ComparisonRow {
  label: string;
  investmentSharePct: number;
  multiplier: number;
  investment: number;
  extraOutput: number;
  unrealizedReturn: number;
  peakUpliftPp: number;
  yearsAtCap: number;
  paybackYear: number | null;
}

export interface ScenarioComparison {
  scenarios: ComparedScenario[];
  table: ComparisonRow[];
}

/** A comparison token: "4.5" is a share of GDP, a name is a preset (case-insensitive); null if it is neither. */
export type VariantToken = { kind: 'share'; investmentSharePct: number } | { kind: 'preset'; preset: PresetName };

export function parseVariantToken(token: string): VariantToken | null {
  const text = token.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { kind: 'share', investmentSharePct: Number(text) };
  const preset = findPreset(text);
  return preset ? { kind: 'preset', preset: preset.name } : null;
}

export function variantOverrides(token: VariantToken): Partial<ScenarioInputArgs> {
  return token.kind === 'share'
    ? { investmentSharePct: token.investmentSharePct }
    : { multiplier: findPreset(token.preset)!.multiplier };
}

export function comparisonRow(label: string, result: ScenarioResult): ComparisonRow {
  const { input, totals } = result;
  return {
    label,
    investmentSharePct: input.investmentSharePct,
    multiplier: input.multiplier,
    investment: totals.investment,
    extraOutput: totals.extraOutput,
    unrealizedReturn: totals.unrealizedReturn,
    peakUpliftPp: totals.peakUpliftPp,
    yearsAtCap: totals.yearsAtCap,
    paybackYear: totals.paybackYear,
  };
}

/** Projects every variant over `base`; throws ScenarioInputError (naming the field) if a merged input is invalid. */
export function compareScenarios(base: ScenarioInputArgs, variants: readonly ScenarioVariant[]): ScenarioComparison {
  const scenarios = variants.map((v) => ({ label: v.label, result: projectScenario({ ...base, ...v.overrides }) }));
  return { scenarios, table: scenarios.map((s) => comparisonRow(s.label, s.result)) };
}
