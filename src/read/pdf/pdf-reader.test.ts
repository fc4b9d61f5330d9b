import { describe, expect, it } from 'vitest';
import { buildPdf, ruledTable, text } from '../../../test/support/pdf-builder.js';
import type { GridBlock, LineBlock } from '../layout.js';
import { readPdf } from './pdf-reader.js';

const PARAGRAPH = '本年收入合计三十万元，其中：财政拨款收入三十万元，占百分之百。本年支出合计三十万元，其中：基本支出二十万元，项目支出十万元，与上年度相比持平。';
const texts = (g: GridBlock) => g.rows.map((r) => r.cells.map((c) => c.text));

describe('readPdf', () => {
  it('reads titles, a ruled table continued on the next page, notes and paragraphs, without page numbers', async () => {
    const header = ['项目', '', '金额'];
    const pdf = buildPdf([
      {
        ops: [
          text(200, 60, '收入决算表', 14),
          text(400, 80, '单位：万元'),
          ...ruledTable(
            60,
            90,
            [60, 160, 80],
            20,
            [header, ['合计', '', '30.00'], ['208', '社会保障和就业支出', '10.00']],
            { merge: [[0, 0, 1, 2], [1, 0, 1, 2]], filled: true },
          ),
          text(290, 820, '1'),
        ],
      },
      {
        ops: [
          ...ruledTable(60, 60, [60, 160, 80], 20, [header, ['210', '卫生健康支出', '20.00']], { merge: [[0, 0, 1, 2]] }),
          text(60, 120, '注：本表反映收入情况。'),
          text(80, 160, '一、收入决算情况说明'),
          // a paragraph wrapped at x = 300: indented first line, flush continuation lines
          text(80, 190, PARAGRAPH.slice(0, 22)),
          text(60, 210, PARAGRAPH.slice(22, 46)),
          text(60, 230, PARAGRAPH.slice(46, 70)),
          text(60, 250, PARAGRAPH.slice(70)),
          text(290, 820, '2'),
        ],
      },
    ]);
    const layout = await readPdf('t.pdf', pdf);
    expect(layout.format).toBe('pdf');
    const kinds = layout.blocks.map((b) => (b.kind === 'line' ? b.text : 'GRID'));
    expect(kinds).toEqual(['收入决算表', '单位：万元', 'GRID', '注：本表反映收入情况。', '一、收入决算情况说明', PARAGRAPH]);
    const grid = layout.blocks[2] as GridBlock;
    // the repeated header on page 2 is dropped; merged cells keep their columns
    expect(texts(grid)).toEqual([header, ['合计', '', '30.00'], ['208', '社会保障和就业支出', '10.00'], ['210', '卫生健康支出', '20.00']]);
    expect(grid.rows[0]!.cells[0]).toMatchObject({ colSpan: 2 });
    expect(grid.rows[3]!.source).toMatchObject({ page: 2 });
    const title = layout.blocks[0] as LineBlock;
    expect(title.source).toEqual({ page: 1, bbox: [200, expect.closeTo(47.68, 1), 270, expect.closeTo(61.68, 1)] });
  });
});
