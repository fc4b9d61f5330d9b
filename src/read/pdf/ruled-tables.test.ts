import { describe, expect, it } from 'vitest';
import { row, run } from '../../../test/support/pdf-runs.js';
import type { GridBlock } from '../layout.js';
import type { Rulings, Segment } from './rulings.js';
import { findRuledTables } from './ruled-tables.js';

/** Full borders of a grid, minus the inner borders of merged cells ("r,c,rowSpan,colSpan"). */
function grid(xs: number[], ys: number[], merged: [number, number, number, number][] = []): Rulings {
  const inside = (r: number, c: number) => merged.find(([mr, mc, rs, cs]) => r >= mr && r < mr + rs && c >= mc && c < mc + cs);
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  ys.forEach((y, r) =>
    xs.slice(0, -1).forEach((x, c) => {
      const m = inside(r - 1, c);
      if (!(r > 0 && r < ys.length - 1 && m && m === inside(r, c))) horizontal.push({ at: y, from: x, to: xs[c + 1]! });
    }),
  );
  xs.forEach((x, c) =>
    ys.slice(0, -1).forEach((y, r) => {
      const m = inside(r, c - 1);
      if (!(c > 0 && c < xs.length - 1 && m && m === inside(r, c))) vertical.push({ at: x, from: y, to: ys[r + 1]! });
    }),
  );
  return { horizontal, vertical };
}

const texts = (g: GridBlock) => g.rows.map((r) => r.cells.map((c) => c.text));

describe('findRuledTables', () => {
  it('reads merged header cells with their spans and keeps every column in place', () => {
    // | 项目 (2 cols)        | 本年支出 (2 cols)   |
    // | 科目编码 | 科目名称   | 基本支出 | 项目支出  |
    // | 合计 (2 cols)        | 70.00   | 30.00    |
    const rulings = grid([0, 60, 160, 220, 280], [0, 20, 40, 60], [[0, 0, 1, 2], [0, 2, 1, 2], [2, 0, 1, 2]]);
    const runs = [...row(14, [[60, '项目'], [200, '本年支出']]), ...row(34, [[2, '科目编码'], [62, '科目名称'], [162, '基本支出'], [222, '项目支出']]), ...row(54, [[50, '合计'], [185, '70.00'], [245, '30.00']])];
    const { tables, rest } = findRuledTables(rulings, [...runs, run('注：说明', 0, 80)], 3);
    expect(rest.map((r) => r.text)).toEqual(['注：说明']);
    const g = tables[0]!.grid;
    expect(texts(g)).toEqual([
      ['项目', '', '本年支出', ''],
      ['科目编码', '科目名称', '基本支出', '项目支出'],
      ['合计', '', '70.00', '30.00'],
    ]);
    expect(g.rows[0]!.cells.map((c) => c.colSpan)).toEqual([2, undefined, 2, undefined]);
    expect(g.rows[2]!.cells[2]!.source).toEqual({ page: 3, bbox: [160, 40, 220, 60] });
  });

  it('reports row spans, cuts a run that crosses a border and drops empty rows', () => {
    const rulings = grid([0, 50, 100], [0, 20, 40, 60, 80], [[0, 0, 2, 1]]);
    const runs = [run('合计', 5, 24), run('预算', 55, 14), run('决算', 55, 34)];
    // text overflowing its cell into the next one, drawn as one run
    const { tables } = findRuledTables(rulings, [...runs, run('上年本年', 30, 74)], 1);
    expect(texts(tables[0]!.grid)).toEqual([
      ['合计', '预算'],
      ['', '决算'],
      ['上年', '本年'],
    ]);
    expect(tables[0]!.grid.rows[0]!.cells[0]!.rowSpan).toBe(2);
  });

  it('splits a ruled row that holds several printed rows (columns ruled, rows not)', () => {
    const rulings = grid([0, 60, 160, 220], [0, 20, 100]);
    const runs = [
      ...row(14, [[2, '编码'], [62, '名称'], [162, '金额']]),
      ...row(34, [[2, '208'], [62, '社会保障和就业'], [185, '10.00']]),
      run('支出', 62, 46),
      ...row(60, [[2, '210'], [62, '卫生健康支出']]),
      ...row(80, [[2, '21011'], [62, '行政事业单位医疗'], [185, '20.00']]),
    ];
    const { tables } = findRuledTables(rulings, runs, 1);
    expect(texts(tables[0]!.grid)).toEqual([
      ['编码', '名称', '金额'],
      ['208', '社会保障和就业支出', '10.00'],
      ['210', '卫生健康支出', ''],
      ['21011', '行政事业单位医疗', '20.00'],
    ]);
  });

  it('leaves a box drawn around a paragraph as text', () => {
    const { tables, rest } = findRuledTables(grid([0, 300], [0, 40]), [run('这是一段加框的文字。', 5, 24)], 1);
    expect(tables).toEqual([]);
    expect(rest).toHaveLength(1);
  });
});
