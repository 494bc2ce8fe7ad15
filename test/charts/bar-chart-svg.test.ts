import { describe, expect, it } from 'vitest';
import { BAR_ROWS, buildBarChartSvg } from '../../src/charts/bar-chart-svg.js';
import { renderChartPng } from '../../src/charts/render-png.js';

describe('bar chart of a breakdown', () => {
  const rows = [
    { label: 'Республиканский бюджет', value: 231e9, text: '231 млрд ₸' },
    { label: 'Квазигосударственный сектор <&>', value: 54e9, text: '54 млрд ₸' },
  ];

  it('draws a bar per row, longest for the largest, labels escaped, at most twelve rows', () => {
    const svg = buildBarChartSvg({ title: 'Свободный резерв · по источникам', rows });
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]!).toBeGreaterThan(widths[1]! * 4);
    expect(svg).toContain('&lt;&amp;&gt;');
    const many = buildBarChartSvg({ title: 't', rows: Array.from({ length: 30 }, (_, i) => ({ label: `p${i}`, value: i + 1, text: String(i + 1) })) });
    expect([...many.matchAll(/<rect x="[\d.]+" y="[\d.]+" width=/g)]).toHaveLength(BAR_ROWS);
  });

  it('renders to a PNG 1200 wide', async () => {
    const png = await renderChartPng({ bars: { title: 'Free reserve by source', rows }, lang: 'en' });
    expect(png.readUInt32BE(16)).toBe(1200);
  });
});
