import { createRequire } from 'node:module';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { Lang } from '../i18n/lang.js';
import type { ScenarioResult } from '../projection/project-scenario.js';
import type { ChartRequest } from '../reply/reply.js';
import { buildBarChartSvg } from './bar-chart-svg.js';
import { drawPngInWorker } from './png-worker.js';
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

const options = (): ResvgRenderOptions => ({
  font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: CHART_FONT_FAMILY },
  background: '#ffffff',
});

/** Draws in a worker thread, not on the event loop: nobody else's answer waits for a picture. */
export function renderSvgToPng(svg: string): Promise<Buffer> {
  return drawPngInWorker(svg, options());
}

/** The last pictures drawn (or being drawn), by their SVG: a meeting asks the same scenarios again. */
const DRAWN = new Map<string, Promise<Buffer>>();
const DRAWN_KEPT = 32;

/** The picture a reply asks for, as a PNG. */
export function renderChartPng(chart: ChartRequest): Promise<Buffer> {
  return chart.bars ? drawn(buildBarChartSvg(chart.bars)) : renderScenarioChartPng(chart.scenarios, chart.lang);
}

/** An SVG drawn once and kept among the last few. */
function drawn(svg: string): Promise<Buffer> {
  const known = DRAWN.get(svg);
  if (known) return known;
  const png = renderSvgToPng(svg);
  if (DRAWN.size >= DRAWN_KEPT) DRAWN.delete(DRAWN.keys().next().value!);
  DRAWN.set(svg, png);
  // A failed drawing is not kept: the next ask tries again.
  png.catch(() => DRAWN.get(svg) === png && DRAWN.delete(svg));
  return png;
}

/** The scenario chart (one scenario, or several compared) as a 1200×675 PNG. */
export function renderScenarioChartPng(scenarios: { label: string; result: ScenarioResult }[], lang: Lang): Promise<Buffer> {
  return drawn(buildScenarioChartSvg(scenarios, lang));
}
