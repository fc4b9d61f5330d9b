import { describe, expect, it } from 'vitest';
import { buildPdf, ruledTable, text } from '../../../test/support/pdf-builder.js';
import { run } from '../../../test/support/pdf-runs.js';
import type { GridBlock } from '../layout.js';
import { buildLines } from './lines.js';
import { readPdf } from './pdf-reader.js';
import { joinWrappedNumbers } from './wrapped-numbers.js';

/** The lines of one cell from runs (digits half an em wide: "2262.4" at size 10 is 30 units). */
const lines = (...runs: ReturnType<typeof run>[]) => buildLines(runs);
const textsOf = (cell: [number, number], ...runs: ReturnType<typeof run>[]) => joinWrappedNumbers(lines(...runs), cell).map((l) => l.text);

describe('joinWrappedNumbers', () => {
  it('joins a decimal wrapped in a narrow cell, right- or left-aligned', () => {
    // cell 0–34, padding 2: "2262.4" fills it, the "3" could not follow
    expect(textsOf([0, 34], run('2262.4', 2, 100), run('3', 27, 112))).toEqual(['2262.43']);
    expect(textsOf([0, 34], run('61230.', 2, 100), run('00', 2, 112))).toEqual(['61230.00']);
  });

  it('joins codes, grouped thousands and numbers wrapped over three lines', () => {
    expect(textsOf([0, 34], run('208050', 2, 100), run('5', 2, 112))).toEqual(['2080505']);
    expect(textsOf([0, 34], run('1,234,', 2, 100), run('567.00', 2, 112))).toEqual(['1,234,567.00']);
    expect(textsOf([0, 34], run('123456', 2, 100), run('789012', 2, 112), run('.50', 17, 124))).toEqual(['123456789012.50']);
  });

  it('keeps the joined number where its first piece was, spanning all pieces', () => {
    const [line] = joinWrappedNumbers(lines(run('2262.4', 2, 100), run('3', 27, 112)), [0, 34]);
    expect(line).toMatchObject({ baseline: 100, size: 10 });
    expect(line!.box).toEqual([2, 91.4, 32, 113.4]);
  });

  it('leaves numbers that do not fill their cell: printed rows of their own', () => {
    expect(textsOf([0, 80], run('12', 2, 100), run('3', 2, 112))).toEqual(['12', '3']);
    // right-aligned in a wide cell: space for more digits on the left
    expect(textsOf([0, 80], run('2262.4', 48, 100), run('3', 73, 112))).toEqual(['2262.4', '3']);
    // centred, far from both borders
    expect(textsOf([0, 80], run('2262.4', 25, 100), run('3', 37.5, 112))).toEqual(['2262.4', '3']);
  });

  it('joins only pieces that make one well-formed number, on consecutive lines of one size', () => {
    // two numbers, each whole (a ruled row holding two printed rows)
    expect(textsOf([0, 34], run('2262.4', 2, 100), run('3.00', 12, 112))).toEqual(['2262.4', '3.00']);
    // a label is no number
    expect(textsOf([0, 34], run('合计合', 2, 100), run('3', 2, 112))).toEqual(['合计合', '3']);
    // lines too far apart are not one paragraph
    expect(textsOf([0, 34], run('2262.4', 2, 100), run('3', 27, 130))).toEqual(['2262.4', '3']);
    // another font size is another text
    expect(textsOf([0, 34], run('2262.4', 2, 100), run('3', 27, 110, 7))).toEqual(['2262.4', '3']);
  });

  it('a number that does not fit at all (no border within reach) stays as printed', () => {
    // the first piece overflows the cell: no padding on either side, nothing says it wrapped here
    expect(textsOf([10, 34], run('2262.4', 2, 100), run('3', 27, 112))).toEqual(['2262.4', '3']);
  });
});

describe('numbers wrapped inside ruled cells of a PDF', () => {
  it('are read as one number per cell, the pieces never taken across cells', async () => {
    // Columns 64 units wide hold six characters of 10 units (STSong-Light: one em each) beside 2 units of padding.
    const widths = [60, 64, 64, 64];
    const ops = ruledTable(60, 100, widths, 45, [
      ['项目', '金额', '上年', '备注'],
      ['合计', '', '', ''],
      ['208', '', '', ''],
      ['221', '', '', ''],
    ]);
    const [c1, c2] = [122, 186];
    const [top1, top2, top3] = [145, 190, 235];
    ops.push(
      // right-aligned "2262.43" wrapped as "2262.4" / "3"; left-aligned "61230.00" as "61230." / "00"
      text(c1 + 2, top1 + 12, '2262.4'),
      text(c1 + 52, top1 + 24, '3'),
      text(c2 + 2, top1 + 12, '61230.'),
      text(c2 + 2, top1 + 24, '00'),
      // "1,234,567.00" over two lines; "123456789012.50" over three
      text(c1 + 2, top2 + 12, '1,234,'),
      text(c1 + 2, top2 + 24, '567.00'),
      text(c2 + 2, top2 + 12, '123456'),
      text(c2 + 2, top2 + 24, '789012'),
      text(c2 + 32, top2 + 36, '.50'),
      // a number filling its cell, and a digit one line lower in the cell to its right: two cells, two texts
      text(c1 + 2, top3 + 12, '2262.4'),
      text(c2 + 2, top3 + 24, '3'),
    );
    const layout = await readPdf('wrapped.pdf', buildPdf([{ ops }]));
    const grid = layout.blocks.find((b): b is GridBlock => b.kind === 'grid')!;
    expect(grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['项目', '金额', '上年', '备注'],
      ['合计', '2262.43', '61230.00', ''],
      ['208', '1,234,567.00', '123456789012.50', ''],
      ['221', '2262.4', '3', ''],
    ]);
  });
});
