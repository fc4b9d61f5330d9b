import { describe, expect, it } from 'vitest';
import type { GridBlock, LineBlock } from '../layout.js';
import { columnLetters, sheetBlocks, type SheetCell, type SheetRow } from './sheet-blocks.js';

/** Rows from arrays of cell texts: undefined = no cell, '' = an empty string value; options per row. */
function rows(spec: { cells: (string | undefined)[]; border?: boolean; start?: number; span?: number }[]): SheetRow[] {
  return spec.map((r, i) => {
    const cells = new Map<number, SheetCell>();
    const start = r.start ?? 1;
    r.cells.forEach((text, j) => {
      const col = start + j;
      if (text === undefined) {
        if (r.border) cells.set(col, { text: '', address: `${columnLetters(col)}${i + 1}`, bordered: true, covered: true });
        return;
      }
      const cell: SheetCell = { text, address: `${columnLetters(col)}${i + 1}` };
      if (r.border) cell.bordered = true;
      if (j === 0 && r.span) cell.colSpan = r.span;
      cells.set(col, cell);
    });
    return { number: i + 1, cells };
  });
}

const shape = (blocks: ReturnType<typeof sheetBlocks>) => blocks.map((b) => (b.kind === 'line' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text))));

describe('sheetBlocks', () => {
  it('with borders: bordered rows are the table, others are lines, even with two filled cells', () => {
    const blocks = sheetBlocks('表1', rows([
      { cells: ['收入决算表'], span: 3 },
      { cells: ['部门：示例局', undefined, '单位：万元'] },
      { cells: ['项目', '金额', '备注'], border: true },
      { cells: ['一、政府采购', undefined, undefined], border: true },
      { cells: ['合计', '1.00', ''], border: true },
      { cells: ['注：说明'] },
    ]));
    expect(shape(blocks)).toEqual(['收入决算表', '部门：示例局 单位：万元', [['项目', '金额', '备注'], ['一、政府采购', '', ''], ['合计', '1.00', '']], '注：说明']);
    expect((blocks[0] as LineBlock).source).toEqual({ sheet: '表1', cell: 'A1' });
    expect((blocks[2] as GridBlock).rows[2]!.cells[1]!.source).toEqual({ sheet: '表1', cell: 'B5' });
  });

  it('without borders: rows with two values are the table; a one-cell row only between table rows', () => {
    const blocks = sheetBlocks('S', rows([
      { cells: ['统计表'] },
      { cells: ['项目', '行次', '统计数'], start: 2 },
      { cells: ['合计', '1', '20.00'], start: 2 },
      { cells: ['二、机关运行经费'], start: 2 },
      { cells: ['行政单位', '5', '15.00'], start: 2 },
      { cells: ['三、资产', '', ''], start: 2 },
      { cells: ['注：无'] },
    ]));
    expect(shape(blocks)).toEqual([
      '统计表',
      [['项目', '行次', '统计数'], ['合计', '1', '20.00'], ['二、机关运行经费', '', ''], ['行政单位', '5', '15.00'], ['三、资产', '', '']],
      '注：无',
    ]);
    expect((blocks[1] as GridBlock).rows[0]!.source).toEqual({ sheet: 'S', cell: 'B2' });
  });

  it('reads a title merged over the table as a line, unless it sits right between table rows', () => {
    const titled = sheetBlocks('S', rows([{ cells: ['a', 'b', 'c'] }, { cells: [] }, { cells: ['支出决算表'], span: 3 }, { cells: ['x', 'y', 'z'] }]));
    expect(shape(titled)).toEqual([[['a', 'b', 'c']], '支出决算表', [['x', 'y', 'z']]]);
    const label = sheetBlocks('S', rows([{ cells: ['a', 'b', 'c'] }, { cells: ['一、政府采购'], span: 3 }, { cells: ['x', 'y', 'z'] }]));
    expect(shape(label)).toEqual([[['a', 'b', 'c'], ['一、政府采购', '', ''], ['x', 'y', 'z']]]);
    expect((label[0] as GridBlock).rows[1]!.cells[0]!.colSpan).toBe(3);
  });
});

describe('columnLetters', () => {
  it('names columns as spreadsheets do', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
