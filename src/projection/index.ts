// The projection core: pure arithmetic shared by the bot, the command line and any other tool (see docs/projection.md).
export {
  SCENARIO_DEFAULTS,
  SCENARIO_FIELDS,
  SCENARIO_FIELD_RULES,
  ScenarioInputError,
  describeRange,
  resolveScenarioInput,
  scenarioInputSchema,
  validateScenarioInput,
  type FieldRule,
  type ScenarioField,
  type ScenarioInput,
  type ScenarioInputArgs,
  type ScenarioInputCheck,
  type ScenarioInputIssue,
} from './scenario-input.js';
export { projectScenario, type ScenarioResult, type ScenarioTotals, type ScenarioYear } from './project-scenario.js';
export {
  EMPIRICAL_MULTIPLIER_RANGE,
  PRESET_NAMES,
  SCENARIO_PRESETS,
  findPreset,
  isAboveEmpiricalRange,
  type PresetName,
  type ScenarioPreset,
} from './presets.js';
export {
  compareScenarios,
  comparisonRow,
  parseVariantToken,
  variantOverrides,
  type ComparedScenario,
  type ComparisonRow,
  type ScenarioComparison,
  type ScenarioVariant,
  type VariantToken,
} from './compare-scenarios.js';
