import { describe, expect, it } from 'vitest';
import { loadPdfJs } from './pdf-document.js';
import { DRAW_OPS, extractRulings, mergeSegments, OPS, subpaths, type RawOperatorList } from './rulings.js';

const VIEWPORT = [1, 0, 0, -1, 0, 800];
const PAGE = { width: 600, height: 800 };
const { moveTo: M, lineTo: L, closePath: Z } = DRAW_OPS;
const rect = (x: number, y: number, w: number, h: number) => [M, x, y, L, x + w, y, L, x + w, y + h, L, x, y + h, Z];

function ops(...list: [number, unknown][]): RawOperatorList {
  return { fnArray: list.map(([f]) => f), argsArray: list.map(([, a]) => a) };
}
const path = (paint: number, ...data: number[][]): [number, unknown] => [OPS.constructPath, [paint, data.map((d) => new Float32Array(d)), null]];

describe('extractRulings', () => {
  it('uses the operator codes of the installed pdf.js', async () => {
    const pdfjs = await loadPdfJs();
    for (const [name, code] of Object.entries(OPS)) expect(pdfjs.OPS[name as keyof typeof pdfjs.OPS], name).toBe(code);
  });

  it('reads stroked lines and thin filled rectangles, in viewport space', () => {
    const r = extractRulings(
      ops(path(OPS.stroke, [M, 10, 700, L, 210, 700]), path(OPS.eoFill, rect(10, 600, 0.5, 100)), path(OPS.fill, rect(0.2, 0.2, 0.4, 0.4))),
      VIEWPORT,
      PAGE,
    );
    expect(r.horizontal).toEqual([{ at: 100, from: 10, to: 210 }]);
    expect(r.vertical).toEqual([{ at: 10.25, from: 100, to: 200 }]);
  });

  it('follows the transformation matrix through save and restore', () => {
    const r = extractRulings(
      ops([OPS.save, null], [OPS.transform, [1, 0, 0, -1, 0, 800]], path(OPS.stroke, [M, 10, 100, L, 110, 100]), [OPS.restore, null], path(OPS.stroke, [M, 10, 100, L, 110, 100])),
      VIEWPORT,
      PAGE,
    );
    expect(r.horizontal.map((s) => s.at)).toEqual([100, 700]);
  });

  it('ignores clipping paths and white paint, and uses the edges of shaded cells', () => {
    const r = extractRulings(
      ops(
        path(OPS.endPath, rect(0, 0, 600, 800)),
        [OPS.setStrokeRGBColor, ['#ffffff']],
        path(OPS.stroke, [M, 10, 500, L, 300, 500]),
        [OPS.setFillRGBColor, ['#d9d9d9']],
        path(OPS.fill, rect(100, 100, 50, 20)),
      ),
      VIEWPORT,
      PAGE,
    );
    expect(r.horizontal).toEqual([
      { at: 680, from: 100, to: 150 },
      { at: 700, from: 100, to: 150 },
    ]);
    expect(r.vertical.map((s) => s.at)).toEqual([100, 150]);
  });
});

describe('subpaths', () => {
  it('splits path data into point lists', () => {
    expect(subpaths([M, 0, 0, L, 1, 0, Z, M, 5, 5, DRAW_OPS.curveTo, 1, 1, 2, 2, 6, 6])).toEqual([
      { points: [[0, 0], [1, 0]], closed: true, curved: false },
      { points: [[5, 5], [6, 6]], closed: false, curved: true },
    ]);
  });
});

describe('mergeSegments', () => {
  it('joins pieces of one line drawn per cell and snaps double lines', () => {
    expect(
      mergeSegments([
        { at: 100, from: 0, to: 50 },
        { at: 100.4, from: 50.5, to: 120 },
        { at: 100.2, from: 200, to: 300 },
        { at: 150, from: 0, to: 1 },
      ]),
    ).toEqual([
      { at: 100.2, from: 0, to: 120 },
      { at: 100.2, from: 200, to: 300 },
    ]);
  });
});
