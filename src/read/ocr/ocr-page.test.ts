import { describe, expect, it } from 'vitest';
import { pdfPage } from '../../../test/support/pdf-pages.js';
import { buildLines } from '../pdf/lines.js';
import type { Segment } from '../pdf/rulings.js';
import type { PixelLine } from './image-lines.js';
import { chooseText, combineReads, correctLines, precisionOutliers, readOf, withoutGlyphFrames, wordsToRuns } from './ocr-page.js';
import { domainLexicon } from './lexicon.js';
import type { OcrWord } from './tesseract.js';

const word = (text: string, left: number, top: number, width: number, height: number, confidence = 0.9, line = '1.1.1'): OcrWord => ({ image: 1, line, text, left, top, width, height, confidence });

describe('OCR words as text runs', () => {
  it('puts the words of a tesseract line on one baseline, with its size, in PDF units', () => {
    // 300 dpi: 25/6 px per unit. One box reaches a third of a line lower, "一" is a thin stroke.
    const runs = wordsToRuns([word('一', 380, 723, 31, 6), word('般', 430, 708, 26, 40), word('财政', 470, 708, 64, 57), word('9746.', 1080, 713, 150, 31)], 300);
    expect(new Set(runs.map((r) => r.baseline)).size).toBe(1);
    expect(runs[1]!.baseline).toBeCloseTo(748 / (300 / 72));
    expect(runs[0]!.size).toBeGreaterThan(9.5); // the line's median: Chinese 40 px, digits 31 px ÷ 0.7
    expect(runs[0]!.size).toBeLessThan(11);
    expect(runs[3]!.box).toEqual([1080 * 0.24, 713 * 0.24, 1230 * 0.24, 744 * 0.24].map((v) => expect.closeTo(v, 6)));
    expect(buildLines(runs).map((l) => l.text)).toEqual(['一般财政 9746.']);
  });

  it('keeps the own baseline of a word far from the middle of its line (cells printed at other heights)', () => {
    const runs = wordsToRuns([word('项目', 100, 100, 80, 40), word('合计', 400, 100, 80, 40), word('本年', 700, 160, 80, 40)], 300);
    expect(runs[2]!.baseline).toBeCloseTo(200 / (300 / 72));
    expect(runs[0]!.baseline).toBeCloseTo(140 / (300 / 72));
  });
});

describe('reading a cell', () => {
  it('joins a cell’s words line by line and keeps the least confidence', () => {
    expect(readOf([word('险缴费支出', 10, 60, 100, 40, 0.8, '2'), word('机关事业单位', 10, 10, 120, 40, 0.95, '1')])).toEqual({ text: '机关事业单位险缴费支出', confidence: 0.8 });
    expect(readOf([])).toEqual({ text: '', confidence: 0 });
  });

  it('trusts two reads of a number that agree, and flags reads that disagree or stand alone', () => {
    expect(combineReads({ text: '9759. 38', confidence: 0.6 }, { text: '9759.38', confidence: 0.5 })).toEqual({ text: '9759.38', confidence: 0.8 });
    expect(combineReads({ text: '754.75', confidence: 0.93 }, { text: '54.75', confidence: 0.95 })).toEqual({ text: '54.75', confidence: 0.5 });
    expect(combineReads({ text: '75475', confidence: 0.2 }, { text: '754.75', confidence: 0.9 })).toEqual({ text: '754.75', confidence: 0.2 });
    expect(combineReads({ text: '', confidence: 0 }, { text: '0.00', confidence: 0.96 })).toEqual({ text: '0.00', confidence: 0.75 });
    expect(combineReads({ text: '', confidence: 0 }, { text: '', confidence: 0 })).toEqual({ text: '', confidence: 0 });
    // a third read settles which value, not the doubt
    expect(combineReads({ text: '754.75', confidence: 0.89 }, { text: '754.795', confidence: 0.52 }, { text: '754.75', confidence: 0.9 })).toEqual({ text: '754.75', confidence: 0.7 });
    expect(combineReads({ text: '754.75', confidence: 0.89 }, { text: '754.795', confidence: 0.52 }, { text: '75.75', confidence: 0.9 })).toEqual({ text: '754.75', confidence: 0.5 });
  });

  it('takes the label read closest to a known term, else the first read with text', () => {
    const lexicon = domainLexicon();
    expect(chooseText([{ text: '冤让', confidence: 0 }, { text: '合计', confidence: 0.97 }, { text: '知计', confidence: 0 }], lexicon)).toEqual({ text: '合计', confidence: 0.97 });
    expect(chooseText([{ text: '经党支出', confidence: 0.3 }, { text: '', confidence: 0 }], lexicon)).toEqual({ text: '经营支出', confidence: 0.3 });
    expect(chooseText([{ text: '', confidence: 0 }, { text: '普陀区本级', confidence: 0.9 }], lexicon)).toEqual({ text: '普陀区本级', confidence: 0.9 });
  });

  it('restores the colon after a note or unit label and corrects titles outside tables', () => {
    const line = (text: string) => ({ ...buildLines([{ text, box: [0, 0, 100, 10], baseline: 10, size: 10, vertical: false }])[0]!, kind: 'line' as const, page: 1 });
    const page = pdfPage(1, [line('财政拨款收入支出诀算总表'), line('单位; 万元'), line('注，本表反映部门本年度的总收支。'), line('上海市普陀区规划和自然资源局')]);
    correctLines(page, domainLexicon());
    expect(page.blocks.map((b) => (b.kind === 'line' ? b.text : ''))).toEqual(['财政拨款收入支出决算总表', '单位：万元', '注：本表反映部门本年度的总收支。', '上海市普陀区规划和自然资源局']);
  });
});

describe('rulings of a page image', () => {
  it('drops the strokes of large characters that box themselves in, and keeps table borders', () => {
    // A table 300 × 40 units (three rules each way) and, above it, the strokes of a 36 pt 口 (30 × 30 units).
    const horizontal: Segment[] = [
      { at: 100, from: 50, to: 350 },
      { at: 120, from: 50, to: 350 },
      { at: 140, from: 50, to: 350 },
      { at: 20, from: 100, to: 130 },
      { at: 50, from: 100, to: 130 },
    ];
    const vertical: Segment[] = [
      { at: 50, from: 100, to: 140 },
      { at: 200, from: 100, to: 140 },
      { at: 350, from: 100, to: 140 },
      { at: 100, from: 20, to: 50 },
      { at: 130, from: 20, to: 50 },
    ];
    // the same lines in pixels at 300 dpi, in the same order
    const px = (s: Segment): PixelLine => ({ at: s.at * (300 / 72), from: s.from * (300 / 72), to: s.to * (300 / 72), thickness: 4 });
    const kept = withoutGlyphFrames({ horizontal: horizontal.map(px), vertical: vertical.map(px) }, { horizontal, vertical });
    expect(kept.rulings.horizontal.map((s) => s.at)).toEqual([100, 120, 140]);
    expect(kept.rulings.vertical.map((s) => s.at)).toEqual([50, 200, 350]);
    expect(kept.pixels.horizontal.map((l) => Math.round(l.at / (300 / 72)))).toEqual([100, 120, 140]);
    expect(kept.pixels.vertical.map((l) => Math.round(l.at / (300 / 72)))).toEqual([50, 200, 350]);
  });
});

describe('precision outliers', () => {
  const cell = (text: string) => ({ text, source: { page: 1, bbox: [0, 0, 10, 10] as [number, number, number, number] } });
  const grid = (columns: string[][]) => ({
    number: 1,
    width: 595,
    height: 842,
    blocks: [
      {
        kind: 'grid' as const,
        page: 1,
        box: [0, 0, 100, 100] as [number, number, number, number],
        columns: [],
        grid: { kind: 'grid' as const, source: { page: 1, bbox: [0, 0, 100, 100] as [number, number, number, number] }, rows: columns[0]!.map((_, r) => ({ source: { page: 1, bbox: [0, 0, 1, 1] as [number, number, number, number] }, cells: columns.map((c) => cell(c[r]!)) })) },
      },
    ],
  });

  it('finds a number printed with fewer decimals than most of its column', () => {
    const page = grid([
      ['合计', '行政运行', '一般行政管理事务', '其他'],
      ['5551377.4', '5000000.00', '551377.42', '0.00'],
    ]);
    expect(precisionOutliers(page).map((o) => [o.cell.text, o.decimals])).toEqual([['5551377.4', 2]]);
  });

  it('leaves integers (counts beside amounts) and columns without a clear precision alone', () => {
    expect(precisionOutliers(grid([['59.20', '4.96', '54.24', '2', '1']]))).toEqual([]);
    expect(precisionOutliers(grid([['1.5', '2.25', '3.125']]))).toEqual([]);
  });
});
