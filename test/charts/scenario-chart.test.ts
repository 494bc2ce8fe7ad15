import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartFontFiles, renderScenarioChartPng } from '../../src/charts/render-png.js';
import { buildScenarioChartSvg, escapeXml, niceTicks } from '../../src/charts/scenario-chart-svg.js';
import { compareScenarios, projectScenario } from '../../src/projection/index.js';
import { scenarioShareLabel } from '../../src/render/scenario-text.js';

const BASE = { baseYear: 2025, baseGdp: 150e12, baselineGrowthPct: 5 };
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which must come first: length 13, type "IHDR", then two big-endian u32. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.readUInt32BE(8)).toBe(13);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('scenario chart', () => {
  const one = projectScenario({ ...BASE, investmentSharePct: 5 });

  it.each(['ru', 'kk', 'en'] as const)('%s: a PNG of at least 1200×675', async (lang) => {
    const png = await renderScenarioChartPng([{ label: scenarioShareLabel(5, lang), result: one }], lang);
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThanOrEqual(1200);
    expect(height).toBeGreaterThanOrEqual(675);
  });

  it('a comparison of several scenarios renders too', async () => {
    const c = compareScenarios(BASE, [4, 5, 6].map((s) => ({ label: scenarioShareLabel(s, 'kk'), overrides: { investmentSharePct: s } })));
    const { width, height } = pngSize(await renderScenarioChartPng(c.scenarios, 'kk'));
    expect(width).toBeGreaterThanOrEqual(1200);
    expect(height).toBeGreaterThanOrEqual(675);
  });

  it('the SVG has the texts of the language, a legend entry per scenario, no text under 20 px, and escapes labels', () => {
    const c = compareScenarios(BASE, [
      { label: 'A <b>&"quoted"</b>', overrides: { investmentSharePct: 4 } },
      { label: 'B', overrides: { investmentSharePct: 6 } },
    ]);
    const svg = buildScenarioChartSvg(c.scenarios, 'kk');
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="675"/);
    expect(svg).toContain('A &lt;b&gt;&amp;&quot;quoted&quot;&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('ЖІӨ болжамы');
    expect(svg).toContain('Жыл');
    expect(svg).toContain('трлн ₸');
    expect(svg).toContain('мультипликатор');
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('long horizons and cuts stay finite', () => {
    const long = projectScenario({ ...BASE, investmentSharePct: 6, horizonYears: 100 });
    const cut = projectScenario({ ...BASE, investmentSharePct: -10 });
    for (const r of [long, cut]) expect(buildScenarioChartSvg([{ label: 'x', result: r }], 'en')).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('fonts come from the npm package, as TrueType files', () => {
    const files = chartFontFiles();
    expect(files.length).toBeGreaterThanOrEqual(1);
    for (const f of files) {
      expect(f).toMatch(/@expo-google-fonts[\\/]noto-sans[\\/].*\.ttf$/);
      expect(existsSync(f)).toBe(true);
      expect(readFileSync(f).readUInt32BE(0)).toBe(0x00010000);
    }
  });

  it('escapeXml and niceTicks', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(niceTicks(157, 244, 4)).toEqual([150, 175, 200, 225, 250]);
    expect(niceTicks(-1.45, 1.5, 3)).toEqual([-2, -1, 0, 1, 2]);
  });
});
