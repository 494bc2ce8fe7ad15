import { formatMoneyShort, formatNumber, formatPercent } from '../format/money.js';
import type { Lang } from '../i18n/lang.js';
import type { ComparedScenario } from '../projection/compare-scenarios.js';
import { EMPIRICAL_MULTIPLIER_RANGE, isAboveEmpiricalRange } from '../projection/presets.js';
import { assumptionPhrases, formatPp, yearsWord } from '../render/scenario-text.js';

// An SVG chart of one or several scenarios, built in code: GDP paths (baseline and each scenario) on top,
// the yearly growth uplift in points as bars below. Sized for a phone: 1200×675, no text under 20 px.

export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 675;
export const CHART_FONT_FAMILY = 'Noto Sans';

const PALETTE = ['#2563eb', '#dc2626', '#059669', '#9333ea', '#d97706', '#0891b2'];
const BASELINE_COLOR = '#6b7280';
const INK = '#111827';
const MUTED = '#4b5563';
const GRID = '#e5e7eb';
const WARN = '#b45309';

const SIZE = { title: 34, text: 22, tick: 21, small: 20 } as const;
const MARGIN = { left: 40, right: 36 } as const;
/** Least room for the y tick labels ("250 трлн ₸") left of the plots; wider labels push the plots right. */
const MIN_AXIS_LABEL_WIDTH = 120;

const WORDS = {
  ru: {
    titleOne: 'Прогноз ВВП: базовый путь и сценарий',
    titleMany: 'Прогноз ВВП: сравнение сценариев',
    baseline: (g: string) => `Базовый путь (рост ${g})`,
    gdpPanel: (year: number) => `ВВП, ₸ в ценах ${year} г.`,
    upliftPanel: 'Прибавка к росту ВВП сверх базового, п.п.',
    cap: (pp: string) => `потолок ${pp}`,
    year: 'Год',
    investedOver: (years: string) => `вложения за ${years}`,
    investedShare: (share: string, years: string) => `вложения ${share} ВВП за ${years}`,
    warning: (m: string, range: string) => `Мультипликатор ${m} выше эмпирического диапазона ${range}`,
  },
  kk: {
    titleOne: 'ЖІӨ болжамы: базалық жол және сценарий',
    titleMany: 'ЖІӨ болжамы: сценарийлерді салыстыру',
    baseline: (g: string) => `Базалық жол (өсім ${g})`,
    gdpPanel: (year: number) => `ЖІӨ, ₸, ${year} жылғы бағаларда`,
    upliftPanel: 'ЖІӨ өсімінің базалықтан артуы, п.т.',
    cap: (pp: string) => `шек ${pp}`,
    year: 'Жыл',
    investedOver: (years: string) => `инвестиция ${years} ішінде`,
    investedShare: (share: string, years: string) => `инвестиция ${years} ішінде ЖІӨ-нің ${share}-ы`,
    warning: (m: string, range: string) => `${m} мультипликаторы эмпирикалық ${range} аралығынан жоғары`,
  },
  en: {
    titleOne: 'GDP projection: baseline and scenario',
    titleMany: 'GDP projection: scenarios compared',
    baseline: (g: string) => `Baseline (${g} growth)`,
    gdpPanel: (year: number) => `GDP, ₸, ${year} prices`,
    upliftPanel: 'Growth uplift over the baseline, pp',
    cap: (pp: string) => `cap ${pp}`,
    year: 'Year',
    investedOver: (years: string) => `invested over ${years}`,
    investedShare: (share: string, years: string) => `investment ${share} of GDP over ${years}`,
    warning: (m: string, range: string) => `A multiplier of ${m} is above the empirical range of ${range}`,
  },
} as const;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** A rough advance width of Noto Sans text, a little generous so that layouts never collide. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.26;
    else if (/[.,:;'’|!iIlіј()\[\]]/.test(ch)) em += 0.3;
    else if (/[0-9]/.test(ch)) em += 0.57;
    else if (/[A-ZА-ЯЁӘҒҚҢӨҰҮҺІMWЖШЩЮmwжшщю]/.test(ch)) em += 0.72;
    else em += 0.58;
  }
  return em * fontSize;
}

interface TextOptions {
  size: number;
  fill?: string;
  weight?: number;
  anchor?: 'start' | 'middle' | 'end';
}

function text(x: number, y: number, content: string, o: TextOptions): string {
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${o.size}"`,
    `fill="${o.fill ?? INK}"`,
    o.weight ? `font-weight="${o.weight}"` : '',
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

function round(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}

/** About `count` round tick values (steps of 1, 2, 2.5 or 5 × 10^k), the first ≤ min and the last ≥ max. */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  const from = Math.floor(min / step + 1e-9);
  const to = Math.ceil(max / step - 1e-9);
  for (let k = from; k <= to; k++) ticks.push(k === 0 ? 0 : k * step);
  return ticks;
}

/**
 * The chart as an SVG string, for one scenario or several side by side (one GDP line and one bar series each, with a legend).
 * All scenarios are expected to share the base year, base GDP and baseline growth (they share the baseline line).
 */
export function buildScenarioChartSvg(scenarios: readonly ComparedScenario[], lang: Lang): string {
  if (scenarios.length === 0) throw new RangeError('buildScenarioChartSvg needs at least one scenario');
  const w = WORDS[lang];
  const first = scenarios[0]!.result;
  const inputs = scenarios.map((s) => s.result.input);
  const years = first.years.map((y) => y.year);
  const contentWidth = CHART_WIDTH - MARGIN.left - MARGIN.right;
  const parts: string[] = [];
  let cursor = 0;

  // Header: title, assumptions, a warning on high multipliers.
  cursor += 44;
  parts.push(text(MARGIN.left, cursor, scenarios.length === 1 ? w.titleOne : w.titleMany, { size: SIZE.title, weight: 700 }));
  const phrases = assumptionPhrases(inputs, lang);
  if (inputs.every((i) => i.investmentYears === first.input.investmentYears)) {
    const years = yearsWord(first.input.investmentYears, lang);
    const share = first.input.investmentSharePct;
    phrases.unshift(
      inputs.every((i) => i.investmentSharePct === share) ? w.investedShare(formatPercent(share, lang), years) : w.investedOver(years),
    );
  }
  if (phrases.length > 0) phrases[0] = phrases[0]!.charAt(0).toUpperCase() + phrases[0]!.slice(1);
  // Greedy rows of whole phrases joined by " · ", so a line never breaks inside one.
  const rows: string[] = [];
  for (const phrase of phrases) {
    const last = rows[rows.length - 1];
    if (last !== undefined && estimateTextWidth(`${last} · ${phrase}`, SIZE.text) <= contentWidth) rows[rows.length - 1] = `${last} · ${phrase}`;
    else rows.push(phrase);
  }
  for (const row of rows) {
    cursor += 32;
    parts.push(text(MARGIN.left, cursor, row, { size: SIZE.text, fill: MUTED }));
  }
  const high = [...new Set(inputs.map((i) => i.multiplier).filter(isAboveEmpiricalRange))];
  if (high.length > 0) {
    const range = `${formatNumber(EMPIRICAL_MULTIPLIER_RANGE.min, lang)}–${formatNumber(EMPIRICAL_MULTIPLIER_RANGE.max, lang)}`;
    cursor += 30;
    parts.push(text(MARGIN.left, cursor, w.warning(high.map((m) => formatNumber(m, lang)).join(', '), range), { size: SIZE.text, fill: WARN }));
  }

  // Legend: the baseline, then one entry per scenario; wraps onto more rows when needed.
  const entries = [
    { label: w.baseline(formatPercent(first.input.baselineGrowthPct, lang)), color: BASELINE_COLOR, dashed: true },
    ...scenarios.map((s, i) => ({ label: s.label, color: PALETTE[i % PALETTE.length]!, dashed: false })),
  ];
  cursor += 42;
  let lx = MARGIN.left;
  for (const e of entries) {
    const width = 44 + estimateTextWidth(e.label, SIZE.text);
    if (lx > MARGIN.left && lx + width > CHART_WIDTH - MARGIN.right) {
      lx = MARGIN.left;
      cursor += 32;
    }
    parts.push(
      `<line x1="${lx}" y1="${cursor - 7}" x2="${lx + 34}" y2="${cursor - 7}" stroke="${e.color}" stroke-width="5"${e.dashed ? ' stroke-dasharray="9 6"' : ''}/>`,
      text(lx + 44, cursor, e.label, { size: SIZE.text }),
    );
    lx += width + 32;
  }

  // Y scales first: the widest tick label decides where the plots begin.
  const gdpValues = scenarios.flatMap((s) => s.result.years.flatMap((y) => [y.baselineGdp, y.scenarioGdp]));
  const gdpMin = Math.min(...gdpValues);
  const gdpMax = Math.max(...gdpValues);
  const gdpTicks = niceTicks(gdpMin, gdpMax > gdpMin ? gdpMax : gdpMax * 1.05, 4);
  const gdpTickLabels = gdpTicks.map((t) => formatMoneyShort(t, lang));
  const cap = first.input.maxUpliftPp;
  const sameCap = inputs.every((i) => i.maxUpliftPp === cap);
  const ups = scenarios.flatMap((s) => s.result.years.map((y) => y.upliftPp));
  const upMin = Math.min(0, ...ups);
  const upMax = Math.max(sameCap ? cap : 0, ...ups, 0.1);
  const upTicks = niceTicks(upMin, upMax, 3);
  const upTickLabels = upTicks.map((t) => `${t > 0 ? '+' : t < 0 ? '−' : ''}${formatNumber(Math.abs(t), lang, 2)}`);
  const widestTick = Math.max(...[...gdpTickLabels, ...upTickLabels].map((l) => estimateTextWidth(l, SIZE.tick)));

  // Two panels share the x axis: GDP (58 % of the height left) and the uplift bars; each has its title above it.
  const plotLeft = Math.max(MARGIN.left + MIN_AXIS_LABEL_WIDTH, 16 + widestTick + 12);
  const plotRight = CHART_WIDTH - MARGIN.right;
  const plotWidth = plotRight - plotLeft;
  const xAxisBaseline = CHART_HEIGHT - 22;
  const titleToPlot = 30; // panel title baseline → plot top, clear of the top tick label
  const gdpTitleY = cursor + 46;
  const gdpTop = gdpTitleY + titleToPlot;
  const upBottom = xAxisBaseline - 36;
  const room = upBottom - gdpTop - 56 - titleToPlot;
  const gdpBottom = gdpTop + room * 0.58;
  const upTitleY = gdpBottom + 56;
  const upTop = upTitleY + titleToPlot;
  const slot = plotWidth / years.length;
  const xAt = (i: number) => plotLeft + slot * (i + 0.5);

  // --- GDP panel ---
  parts.push(text(MARGIN.left, gdpTitleY, w.gdpPanel(first.input.baseYear), { size: SIZE.text, weight: 700 }));
  const gLo = gdpTicks[0]!;
  const gHi = gdpTicks[gdpTicks.length - 1]!;
  const yGdp = (v: number) => gdpBottom - ((v - gLo) / (gHi - gLo)) * (gdpBottom - gdpTop);
  gdpTicks.forEach((t, i) => {
    parts.push(
      `<line x1="${plotLeft}" y1="${round(yGdp(t))}" x2="${plotRight}" y2="${round(yGdp(t))}" stroke="${GRID}" stroke-width="1.5"/>`,
      text(plotLeft - 10, yGdp(t) + 7, gdpTickLabels[i]!, { size: SIZE.tick, fill: MUTED, anchor: 'end' }),
    );
  });
  const path = (values: number[]) => values.map((v, i) => `${i === 0 ? 'M' : 'L'}${round(xAt(i))} ${round(yGdp(v))}`).join(' ');
  const baselinePath = path(first.years.map((y) => y.baselineGdp));
  // The gap between baseline and scenario, shaded for a single scenario so the effect (and its end) is visible.
  if (scenarios.length === 1) {
    const upper = first.years.map((y, i) => `${round(xAt(i))} ${round(yGdp(y.scenarioGdp))}`);
    const lower = first.years.map((y, i) => `${round(xAt(i))} ${round(yGdp(y.baselineGdp))}`).reverse();
    parts.push(`<path d="M${upper.join(' L')} L${lower.join(' L')} Z" fill="${PALETTE[0]}" fill-opacity="0.14"/>`);
  }
  parts.push(`<path d="${baselinePath}" fill="none" stroke="${BASELINE_COLOR}" stroke-width="4" stroke-dasharray="10 7"/>`);
  scenarios.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length]!;
    parts.push(`<path d="${path(s.result.years.map((y) => y.scenarioGdp))}" fill="none" stroke="${color}" stroke-width="4" stroke-linejoin="round"/>`);
    if (years.length <= 30) {
      for (const [j, y] of s.result.years.entries()) {
        parts.push(`<circle cx="${round(xAt(j))}" cy="${round(yGdp(y.scenarioGdp))}" r="4.5" fill="${color}"/>`);
      }
    }
  });

  // --- uplift panel ---
  parts.push(text(MARGIN.left, upTitleY, w.upliftPanel, { size: SIZE.text, weight: 700 }));
  const uLo = upTicks[0]!;
  // Head room above the cap line for its label.
  const uHi = Math.max(upTicks[upTicks.length - 1]!, upMax + (upMax - uLo) * 0.15);
  const yUp = (v: number) => upBottom - ((v - uLo) / (uHi - uLo)) * (upBottom - upTop);
  upTicks.forEach((t, i) => {
    parts.push(
      `<line x1="${plotLeft}" y1="${round(yUp(t))}" x2="${plotRight}" y2="${round(yUp(t))}" stroke="${t === 0 ? '#9ca3af' : GRID}" stroke-width="${t === 0 ? 2 : 1.5}"/>`,
      text(plotLeft - 10, yUp(t) + 7, upTickLabels[i]!, { size: SIZE.tick, fill: MUTED, anchor: 'end' }),
    );
  });
  const group = slot * (scenarios.length === 1 ? 0.56 : 0.8);
  const barWidth = group / scenarios.length;
  scenarios.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length]!;
    s.result.years.forEach((y, j) => {
      const x = xAt(j) - group / 2 + i * barWidth;
      const top = yUp(Math.max(0, y.upliftPp));
      const height = Math.abs(yUp(y.upliftPp) - yUp(0));
      if (height < 0.5) return;
      const fill = scenarios.length === 1 && y.upliftPp < 0 ? WARN : color;
      parts.push(`<rect x="${round(x + 1)}" y="${round(top)}" width="${round(Math.max(1, barWidth - 2))}" height="${round(height)}" fill="${fill}"/>`);
    });
  });
  if (sameCap) {
    const yc = yUp(cap);
    parts.push(
      `<line x1="${plotLeft}" y1="${round(yc)}" x2="${plotRight}" y2="${round(yc)}" stroke="${INK}" stroke-width="2" stroke-dasharray="6 6"/>`,
    );
    // The label sits on a white plate at the right end, above the line.
    const label = w.cap(formatPp(cap, lang));
    const lw = estimateTextWidth(label, SIZE.small) + 12;
    parts.push(
      `<rect x="${round(plotRight - lw)}" y="${round(yc - 28)}" width="${round(lw)}" height="25" fill="#ffffff" fill-opacity="0.85"/>`,
      text(plotRight - 6, yc - 9, label, { size: SIZE.small, fill: INK, anchor: 'end' }),
    );
  }

  // --- shared x axis: years, thinned so labels never touch ---
  const labelEvery = Math.max(1, Math.ceil((estimateTextWidth('2030', SIZE.tick) + 18) / slot));
  years.forEach((year, i) => {
    if (i % labelEvery !== 0 && i !== years.length - 1) return;
    if (i === years.length - 1 && i % labelEvery !== 0 && (i % labelEvery) * slot < estimateTextWidth('2030', SIZE.tick) + 18) return;
    parts.push(text(xAt(i), xAxisBaseline, String(year), { size: SIZE.tick, fill: MUTED, anchor: 'middle' }));
  });
  parts.push(text(MARGIN.left, xAxisBaseline, w.year, { size: SIZE.tick, fill: MUTED, weight: 700 }));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="${CHART_FONT_FAMILY}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
