import { describe, expect, it } from 'vitest';
import { renderSvgToPng } from '../../src/charts/render-png.js';

const svg = (n: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${100 + n}" height="50"><rect width="${10 + n}" height="20" fill="#36c"/></svg>`;
const widthOf = (png: Buffer) => png.readUInt32BE(16);

describe('charts drawn in the worker thread', () => {
  it('draws many at once, each its own picture', async () => {
    const pngs = await Promise.all(Array.from({ length: 12 }, (_, n) => renderSvgToPng(svg(n))));
    expect(pngs.map((png) => png.subarray(1, 4).toString('latin1'))).toEqual(Array(12).fill('PNG'));
    expect(pngs.map(widthOf)).toEqual(Array.from({ length: 12 }, (_, n) => 100 + n));
  });

  it('refuses an SVG it cannot read, and draws the next one', async () => {
    await expect(renderSvgToPng('<svg this is not')).rejects.toThrow(/chart not drawn/);
    expect(widthOf(await renderSvgToPng(svg(7)))).toBe(107);
  });
});
