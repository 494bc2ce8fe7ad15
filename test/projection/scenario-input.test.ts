import { describe, expect, it } from 'vitest';
import {
  EMPIRICAL_MULTIPLIER_RANGE,
  findPreset,
  isAboveEmpiricalRange,
  parseVariantToken,
  PRESET_NAMES,
  SCENARIO_DEFAULTS,
  SCENARIO_PRESETS,
  validateScenarioInput,
} from '../../src/projection/index.js';

const BASE = { baseYear: 2025, baseGdp: 150e12, baselineGrowthPct: 5 };

function errorsOf(raw: unknown) {
  const check = validateScenarioInput(raw);
  if (check.ok) throw new Error('expected the input to be refused');
  return check.errors;
}

describe('validateScenarioInput', () => {
  it('fills the defaults of projection.md', () => {
    const check = validateScenarioInput(BASE);
    expect(check).toEqual({ ok: true, input: { ...BASE, ...SCENARIO_DEFAULTS } });
    expect(SCENARIO_DEFAULTS).toEqual({ investmentSharePct: 5, investmentYears: 3, multiplier: 5, returnYears: 5, maxUpliftPp: 1.5, horizonYears: 10 });
  });

  it.each([
    ['investmentSharePct', 100.5, 'a number from -50 to 100'],
    ['investmentSharePct', -51, 'a number from -50 to 100'],
    ['baselineGrowthPct', 101, 'a number from -50 to 100'],
    ['investmentYears', 2.5, 'a whole number from 1 to 50'],
    ['investmentYears', 0, 'a whole number from 1 to 50'],
    ['returnYears', 51, 'a whole number from 1 to 50'],
    ['horizonYears', 0, 'a whole number from 1 to 100'],
    ['horizonYears', 101, 'a whole number from 1 to 100'],
    ['multiplier', -0.1, 'a number from 0 to 50'],
    ['maxUpliftPp', -1, 'a number from 0 to 100'],
    ['baseGdp', 0, 'a number from 1 to 1e18 (tenge)'],
    ['baseGdp', Infinity, 'a number from 1 to 1e18 (tenge)'],
    ['baseYear', 1899, 'a whole number from 1900 to 2200'],
    ['multiplier', Number.NaN, 'a number from 0 to 50'],
    ['multiplier', '5', 'a number from 0 to 50'],
  ])('refuses %s = %s, naming the field and its range', (field, value, range) => {
    const errors = errorsOf({ ...BASE, [field]: value });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe(field);
    expect(errors[0]!.message).toContain(`${field} must be ${range}`);
  });

  it('requires the base figures and reports every bad field at once', () => {
    const errors = errorsOf({ investmentSharePct: 500 });
    expect(errors.map((e) => e.field).sort()).toEqual(['baseGdp', 'baseYear', 'baselineGrowthPct', 'investmentSharePct']);
  });

  it('refuses unknown fields (a typo must not silently become a default) and non-objects', () => {
    expect(errorsOf({ ...BASE, share: 4 })[0]!.message).toMatch(/unknown field "share"; valid fields: baseYear, baseGdp/);
    expect(errorsOf(null)[0]!.field).toBe('input');
    expect(errorsOf('5 %')[0]!.field).toBe('input');
  });

  it('refuses a cut so deep that scenario GDP would reach zero', () => {
    const errors = errorsOf({ ...BASE, investmentSharePct: -50, multiplier: 50, investmentYears: 1, returnYears: 1 });
    expect(errors[0]!.field).toBe('investmentSharePct');
    expect(errors[0]!.message).toMatch(/zero or below in 2027/);
    expect(validateScenarioInput({ ...BASE, investmentSharePct: -10 }).ok).toBe(true);
  });
});

describe('presets', () => {
  it('carry the multipliers, sources and three languages of facts.md', () => {
    expect(PRESET_NAMES).toEqual(['ministry', 'imf-2020', 'advanced-economies', 'conservative']);
    expect(PRESET_NAMES.map((n) => SCENARIO_PRESETS[n].multiplier)).toEqual([5, 2.7, 1.5, 1]);
    for (const name of PRESET_NAMES) {
      const p = SCENARIO_PRESETS[name];
      expect(p.source.length).toBeGreaterThan(5);
      for (const lang of ['ru', 'kk', 'en'] as const) {
        expect(p.title[lang].length).toBeGreaterThan(0);
        expect(p.description[lang].length).toBeGreaterThan(0);
      }
    }
    expect(SCENARIO_PRESETS.ministry.source).toMatch(/BAQ\.KZ, 10 Feb 2026/);
    expect(SCENARIO_PRESETS['imf-2020'].source).toMatch(/IMF Fiscal Monitor, October 2020/);
    expect(SCENARIO_PRESETS['advanced-economies'].source).toMatch(/Ilzetzki, Mendoza, Végh \(2013\)/);
    expect(SCENARIO_PRESETS.conservative.source).toMatch(/IMF \(2017\)/);
    expect(SCENARIO_PRESETS.ministry.note?.en).toMatch(/above the empirical range/);
  });

  it('the ministry alone is above the empirical range', () => {
    expect(EMPIRICAL_MULTIPLIER_RANGE).toEqual({ min: 1, max: 2.7 });
    expect(PRESET_NAMES.filter((n) => isAboveEmpiricalRange(SCENARIO_PRESETS[n].multiplier))).toEqual(['ministry']);
  });

  it('are found by name, case-insensitively, and comparison tokens parse', () => {
    expect(findPreset(' IMF-2020 ')?.multiplier).toBe(2.7);
    expect(findPreset('imf')).toBeUndefined();
    expect(parseVariantToken('4.5')).toEqual({ kind: 'share', investmentSharePct: 4.5 });
    expect(parseVariantToken('conservative')).toEqual({ kind: 'preset', preset: 'conservative' });
    expect(parseVariantToken('4,5')).toBeNull();
    expect(parseVariantToken('')).toBeNull();
  });
});
