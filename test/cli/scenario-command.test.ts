import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScenarioCommand } from '../../src/cli/scenario-command.js';

const MACRO = { baseYear: 2025, gdp: 150e12, realGrowthPct: 5 };
const dir = mkdtempSync(join(tmpdir(), 'scenario-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runScenarioCommand(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, MACRO);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const YEAR_KEYS = ['year', 'baselineGdp', 'investment', 'extraOutput', 'scenarioGdp', 'baselineGrowthPct', 'scenarioGrowthPct', 'upliftPp'];
const TOTAL_KEYS = ['investment', 'extraOutput', 'unrealizedReturn', 'peakUpliftPp', 'paybackYear'];

describe('scenario command', () => {
  it('--json prints the projection in the shape of projection.md, base figures from the database', async () => {
    const { code, out, err } = await run('--share', '5', '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const json = JSON.parse(out);
    expect(Object.keys(json).sort()).toEqual(['input', 'totals', 'years']);
    expect(json.input).toEqual({ baseYear: 2025, baseGdp: 150e12, baselineGrowthPct: 5, investmentSharePct: 5, investmentYears: 3, multiplier: 5, returnYears: 5, maxUpliftPp: 1.5, horizonYears: 10 });
    expect(json.years).toHaveLength(10);
    for (const y of json.years) for (const k of YEAR_KEYS) expect(typeof y[k]).toBe('number');
    for (const k of TOTAL_KEYS) expect(json.totals).toHaveProperty(k);
    expect(json.years[0].year).toBe(2026);
    expect(json.totals.paybackYear).toBe(2029);
    // Money in whole tenge, points to two decimals (not 173643750000000.03 or 1.5000000000000004).
    for (const y of json.years) for (const k of ['baselineGdp', 'scenarioGdp', 'investment', 'extraOutput']) expect(Number.isInteger(y[k]), `${y.year} ${k}`).toBe(true);
    expect(json.totals.peakUpliftPp).toBe(1.5);
  });

  it('options override the database and the defaults; negative values may follow the option', async () => {
    const { code, out } = await run('--growth', '-2', '--base-gdp', '1e14', '--base-year', '2030', '--years', '2', '--multiplier', '2.7', '--return-years', '3', '--cap', '2', '--horizon', '4', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).input).toEqual({ baseYear: 2030, baseGdp: 1e14, baselineGrowthPct: -2, investmentSharePct: 5, investmentYears: 2, multiplier: 2.7, returnYears: 3, maxUpliftPp: 2, horizonYears: 4 });
  });

  it('--preset sets the multiplier', async () => {
    const { out } = await run('--preset', 'imf-2020', '--json');
    expect(JSON.parse(out).input.multiplier).toBe(2.7);
  });

  it('prints the summary and the table in the chosen language', async () => {
    const ru = await run();
    expect(ru.code).toBe(0);
    expect(ru.out).toMatch(/Окупаемость: 2029 год/);
    expect(ru.out).toMatch(/^2031 /m);
    const kk = await run('--lang', 'kk');
    expect(kk.out).toMatch(/Өтелу жылы: 2029/);
    expect(kk.out).toMatch(/ЖІӨ/);
    const en = await run('--lang', 'en', '--multiplier', '1.5');
    expect(en.out).toMatch(/multiplier 1\.5/);
    expect(en.out).not.toMatch(/NaN/);
  });

  it.each([
    [['--share', 'abc'], '--share must be a number from -50 to 100 (got "abc")'],
    [['--share', '150'], '--share must be a number from -50 to 100 (got 150)'],
    [['--years', '2.5'], '--years must be a whole number from 1 to 50 (got 2.5)'],
    [['--horizon', '0'], '--horizon must be a whole number from 1 to 100 (got 0)'],
    [['--multiplier', '-1'], '--multiplier must be a number from 0 to 50 (got -1)'],
    [['--cap', 'NaN'], '--cap must be a number from 0 to 100 (got "NaN")'],
    [['--base-gdp', 'Infinity'], '--base-gdp must be a number from 1 to 1e18 (tenge) (got "Infinity")'],
    [['--share'], '--share needs a value: a number from -50 to 100'],
    [['--lang', 'de'], '--lang must be one of ru, kk, en (got "de")'],
    [['--preset', 'optimistic'], 'unknown preset "optimistic"; valid presets: ministry, imf-2020, advanced-economies, conservative'],
    [['--preset', 'ministry', '--multiplier', '2'], 'use either --preset or --multiplier, not both'],
    [['--compare', '4,abc'], '--compare: "abc" is neither a share (a number from -50 to 100) nor a preset (ministry, imf-2020, advanced-economies, conservative)'],
    [['--compare', '4,500'], '--compare: share "500" must be a number from -50 to 100'],
  ])('refuses %j with one line and exit code 2', async (argv, message) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(message);
    expect(err).not.toMatch(/\n|NaN(?!")|at .*\.ts/);
  });

  it('names the valid options for an unknown one and refuses stray arguments', async () => {
    const unknown = await run('--sahre', '5');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^unknown option --sahre; valid options: --share, --years, --multiplier, --return-years, --cap, --growth, --horizon, --base-gdp, --base-year, --preset, --compare, --lang, --chart, --json/);
    const stray = await run('5');
    expect(stray.code).toBe(2);
    expect(stray.err).toMatch(/^unexpected argument "5"/);
  });

  it('a bad figure from the database is reported too, with the option to override it', async () => {
    const out: string[] = [];
    const code = await runScenarioCommand([], { out: (s) => out.push(s), err: (s) => out.push(s) }, { ...MACRO, gdp: Number.NaN });
    expect(code).toBe(2);
    expect(out.join('\n')).toMatch(/--base-gdp must be a number from 1 to 1e18 \(tenge\) \(got NaN from the database; pass --base-gdp\)/);
  });

  it('--compare of shares and presets: JSON with a label per scenario and the table', async () => {
    const { code, out } = await run('--compare', '4,5,6', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.scenarios.map((s: { label: string }) => s.label)).toEqual(['4 % ВВП', '5 % ВВП', '6 % ВВП']);
    for (const s of json.scenarios) expect(Object.keys(s).sort()).toEqual(['input', 'label', 'totals', 'years']);
    expect(json.table.map((r: { yearsAtCap: number }) => r.yearsAtCap)).toEqual([0, 3, 4]);
    const presets = await run('--compare', 'ministry,IMF-2020,conservative', '--share', '4', '--lang', 'en', '--json');
    const pj = JSON.parse(presets.out);
    expect(pj.scenarios.map((s: { input: { multiplier: number; investmentSharePct: number } }) => [s.input.multiplier, s.input.investmentSharePct])).toEqual([
      [5, 4],
      [2.7, 4],
      [1, 4],
    ]);
    const text = await run('--compare', '5,imf-2020', '--lang', 'en');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/Scenarios compared, 2026–2035/);
    expect(text.out).toMatch(/5% of GDP ×5/);
    expect(text.out).toMatch(/IMF 2020 ×2\.7/);
  });

  it('--chart writes a PNG', async () => {
    const file = join(dir, 'chart.png');
    const { code, out } = await run('--chart', file, '--lang', 'kk');
    expect(code).toBe(0);
    expect(out).toContain(`Chart: ${file}`);
    expect(readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG');
    const missing = await run('--chart', join(dir, 'no', 'such', 'dir.png'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^--chart: cannot write/);
  });
});
