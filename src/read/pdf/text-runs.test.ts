import { describe, expect, it } from 'vitest';
import { charSpans, textRuns, type RawTextItem } from './text-runs.js';

// A portrait A4 viewport: y flipped so that the origin is the top-left corner.
const VIEWPORT = [1, 0, 0, -1, 0, 842];
const item = (str: string, x: number, y: number, width: number, size = 10, transform?: number[]): RawTextItem => ({
  str,
  transform: transform ?? [size, 0, 0, size, x, y],
  width,
  height: size,
  fontName: 'f1',
});

describe('textRuns', () => {
  it('places runs from the top-left corner, with the font’s ascent and descent', () => {
    const [r] = textRuns([item('收入', 100, 742, 20)], { f1: { ascent: 0.9, descent: -0.1 } }, VIEWPORT);
    expect(r).toMatchObject({ text: '收入', baseline: 100, size: 10, vertical: false });
    expect(r!.box.map((v) => Math.round(v * 100) / 100)).toEqual([100, 91, 120, 101]);
  });

  it('drops whitespace items and skewed text (watermarks), keeps vertical text', () => {
    const s = Math.SQRT1_2 * 40;
    const runs = textRuns(
      [item('  ', 0, 700, 50), item('样张', 100, 400, 80, 40, [s, s, -s, s, 100, 400]), item('行次', 50, 700, 20, 10, [0, 10, -10, 0, 50, 700])],
      {},
      VIEWPORT,
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ text: '行次', vertical: true });
  });

  it('cuts an item at its spaces, as pdf.js writes a wide gap', () => {
    // "合计" + gap + "100.00": 2 em + 6 em gap + 3 em
    const runs = textRuns([item('合计 100.00', 10, 742, 110)], {}, VIEWPORT);
    expect(runs.map((r) => [r.text, Math.round(r.box[0]), Math.round(r.box[2]), r.spaceBefore ?? false])).toEqual([
      ['合计', 10, 30, false],
      ['100.00', 90, 120, true],
    ]);
  });
});

describe('charSpans', () => {
  it('shares the advance by character width', () => {
    const [r] = textRuns([item('合计12', 0, 742, 30)], {}, VIEWPORT);
    expect(charSpans(r!).map((s) => [s.ch, s.x0, s.x1])).toEqual([
      ['合', 0, 10],
      ['计', 10, 20],
      ['1', 20, 25],
      ['2', 25, 30],
    ]);
  });
});
