import { describe, expect, it } from 'vitest';
import { GridBuilder, isCovered } from './grid.js';

describe('GridBuilder', () => {
  it('places cells as the HTML table model does: rowSpan covers below, colSpan to the right', () => {
    const grid = new GridBuilder(4).row([{ text: '项目', colSpan: 2 }, { text: '合计', rowSpan: 2 }, { text: '基本支出', rowSpan: 2 }]).row([{ text: '科目编码' }, { text: '科目名称' }]);
    expect(grid.rows.map((r) => r.map((s) => (isCovered(s) ? `^${s.row},${s.column}` : s.text)))).toEqual([
      ['项目', '^0,0', '合计', '基本支出'],
      ['科目编码', '科目名称', '^0,2', '^0,3'],
    ]);
  });
});
