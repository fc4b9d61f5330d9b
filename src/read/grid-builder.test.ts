import { describe, expect, it } from 'vitest';
import { GridAssembler, joinLines } from './grid-builder.js';

describe('GridAssembler', () => {
  it('writes one cell per grid column, merged text in the first covered position', () => {
    const grid = new GridAssembler();
    const source = (line: number, column: number) => ({ line, column });
    const top = grid.place(0, 0, { text: '项目', colSpan: 2, rowSpan: 1, source: source(1, 1) });
    grid.place(0, 2, { text: '合计', colSpan: 1, rowSpan: 2, source: source(1, 3) });
    grid.place(2, 0, { text: '代码', colSpan: 1, rowSpan: 1, source: source(3, 1) });
    expect(grid.isTaken(1, 2)).toBe(true);
    grid.extendDown(0, 0, top);
    grid.widen(4);
    const block = grid.toBlock(3, (r) => ({ line: r + 1 }), (r, c) => source(r + 1, c + 1));
    expect(block.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['项目', '', '合计', ''],
      ['', '', '', ''],
      ['代码', '', '', ''],
    ]);
    expect(block.rows[0]!.cells[0]).toMatchObject({ colSpan: 2, rowSpan: 2 });
    expect(block.rows[0]!.cells[2]).toMatchObject({ rowSpan: 2 });
    expect(block.rows[1]!.cells[1]!.source).toEqual({ line: 2, column: 2 });
  });

  it('joins the lines of a cell, dropping blank ones', () => {
    expect(joinLines([' 一般公共 ', '', '服务支出'])).toBe('一般公共\n服务支出');
  });
});
