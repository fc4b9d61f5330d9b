import { describe, expect, it } from 'vitest';
import type { GridCell, GridRow } from '../read/layout.js';
import { headerPaths } from './header.js';

const cell = (text: string, spans: { colSpan?: number; rowSpan?: number } = {}): GridCell => ({ text, source: { line: 1 }, ...spans });
const row = (...cells: GridCell[]): GridRow => ({ cells, source: { line: 1 } });

describe('headerPaths', () => {
  it('fills an unmarked merged parent into the sub-columns below it (text exports)', () => {
    const header = [row(cell('项目'), cell(''), cell('本年支出'), cell(''), cell('')), row(cell('科目代码'), cell('科目名称'), cell('小计'), cell('基本支出'), cell('项目支出'))];
    expect(headerPaths(header, 5)).toEqual([['项目', '科目代码'], ['项目', '科目名称'], ['本年支出', '小计'], ['本年支出', '基本支出'], ['本年支出', '项目支出']]);
  });

  it('follows the spans a reader reports: a cell names the columns it spans, not the rows below a row span', () => {
    // | 合计 (2×2)   | 公务用车 (2 cols) |
    // |              | 购置费 | 运行费    |
    // | 预算 | 决算 | 预算   | 决算      |
    const header = [
      row(cell('合计', { colSpan: 2, rowSpan: 2 }), cell(''), cell('公务用车', { colSpan: 2 }), cell('')),
      row(cell(''), cell(''), cell('购置费'), cell('运行费')),
      row(cell('预算数'), cell('决算数'), cell('预算数'), cell('决算数')),
    ];
    expect(headerPaths(header, 4)).toEqual([
      ['合计', '预算数'],
      ['合计', '决算数'],
      ['公务用车', '购置费', '预算数'],
      ['公务用车', '运行费', '决算数'],
    ]);
  });
});
