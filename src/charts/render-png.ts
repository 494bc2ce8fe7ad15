import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { Lang } from '../i18n/lang.js';
import type { ScenarioResult } from '../projection/project-scenario.js';
import { buildScenarioChartSvg, CHART_FONT_FAMILY } from './scenario-chart-svg.js';

// SVG → PNG with resvg and the Noto Sans TTFs from node_modules (Cyrillic, Kazakh letters and ₸), never system fonts,
// so every machine renders the same picture.

const require = createRequire(import.meta.url);

let fontFiles: string[] | undefined;

/** Paths of the regular and bold Noto Sans TTF files, resolved from this module (not the working directory). */
export function chartFontFiles(): string[] {
  fontFiles ??= [
    require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  ];
  return fontFiles;
}

export function renderSvgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: CHART_FONT_FAMILY },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}

/** The last pictures drawn, by their SVG: drawing one takes some 60 ms, and a meeting asks the same scenarios again. */
const DRAWN = new Map<string, Buffer>();
const DRAWN_KEPT = 32;

/** The scenario chart (one scenario, or several compared) as a 1200×675 PNG. */
export function renderScenarioChartPng(scenarios: { label: string; result: ScenarioResult }[], lang: Lang): Buffer {
  const svg = buildScenarioChartSvg(scenarios, lang);
  const known = DRAWN.get(svg);
  if (known) return known;
  const png = renderSvgToPng(svg);
  if (DRAWN.size >= DRAWN_KEPT) DRAWN.delete(DRAWN.keys().next().value!);
  DRAWN.set(svg, png);
  return png;
}
