import { CHART_FONT_FAMILY, CHART_WIDTH, escapeXml, estimateTextWidth } from './scenario-chart-svg.js';

// A horizontal bar chart for a breakdown (reserves by source, spending by month, money or execution
// by area or administrator), in the scenario chart's fonts and colours. A bar per row, its figure at
// its end, sized for a phone: 1200 wide, no text under 20 px, up to twelve rows.

export interface BarRow {
  label: string;
  value: number;
  /** The figure as the reply shows it ("231 млрд ₸", "58 %"). */
  text: string;
}

export interface BarChart {
  title: string;
  rows: BarRow[];
}

/** Rows a chart shows at most; the rest stay in the text above it. */
export const BAR_ROWS = 12;

const INK = '#111827';
const MUTED = '#4b5563';
const BAR = '#2563eb';
const GRID = '#e5e7eb';
const SIZE = { title: 28, label: 22, value: 22 } as const;
const ROW = 52;
const TOP = 96;
const MARGIN = 40;

/** A label cut to fit `width` pixels, with an ellipsis when cut. */
function fit(label: string, width: number, size: number): string {
  if (estimateTextWidth(label, size) <= width) return label;
  let cut = label;
  while (cut.length > 1 && estimateTextWidth(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export function buildBarChartSvg(chart: BarChart): string {
  const rows = chart.rows.slice(0, BAR_ROWS);
  const height = TOP + rows.length * ROW + 40;
  const labelWidth = Math.min(440, Math.max(...rows.map((r) => estimateTextWidth(r.label, SIZE.label)), 120));
  const valueWidth = Math.max(...rows.map((r) => estimateTextWidth(r.text, SIZE.value)), 80) + 16;
  const barLeft = MARGIN + labelWidth + 20;
  const barMax = CHART_WIDTH - MARGIN - valueWidth - barLeft;
  const max = Math.max(...rows.map((r) => Math.abs(r.value)), 1);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${CHART_FONT_FAMILY}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 18}" font-size="${SIZE.title}" font-weight="700" fill="${INK}">${escapeXml(fit(chart.title, CHART_WIDTH - 2 * MARGIN, SIZE.title))}</text>`,
    `<line x1="${barLeft}" y1="${TOP - 12}" x2="${barLeft}" y2="${TOP + rows.length * ROW - 8}" stroke="${GRID}" stroke-width="2"/>`,
  ];
  rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    const width = Math.max(2, (Math.abs(row.value) / max) * barMax);
    parts.push(
      `<text x="${barLeft - 14}" y="${y + 24}" font-size="${SIZE.label}" text-anchor="end" fill="${INK}">${escapeXml(fit(row.label, labelWidth, SIZE.label))}</text>`,
      `<rect x="${barLeft}" y="${y}" width="${width.toFixed(1)}" height="${ROW - 16}" rx="4" fill="${BAR}"/>`,
      `<text x="${(barLeft + width + 10).toFixed(1)}" y="${y + 24}" font-size="${SIZE.value}" fill="${MUTED}">${escapeXml(row.text)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
