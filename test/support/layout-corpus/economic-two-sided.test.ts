import { expect, it } from 'vitest';
import { cellsOf, cellText, tableFacts } from './corpus-table.js';
import { twoSidedEconomicTable } from './economic-two-sided.js';
import { MINI_SOURCE } from './mini-source.js';
import { truthKey } from './truth.js';

it('prints 公开06 on two sides, codes split into 类 | 款, both totals on the last line', () => {
  const table = twoSidedEconomicTable(MINI_SOURCE, true);
  const body = table.rows.filter((r) => r.role === 'body').map((r) => cellsOf(r).map((c) => cellText(c.cell)));
  expect(body).toEqual([
    ['301', '', '工资福利支出', '55.00', '302', '', '商品和服务支出', '15.00'],
    ['301', '01', '基本工资', '45.00', '302', '01', '办公费', '15.00'],
    ['301', '08', '机关事业单位基本养老保险缴费', '10.00', '', '', '', ''],
    ['人员经费合计', '55.00', '公用经费合计', '15.00'],
  ]);
  expect(tableFacts(table).map(truthKey).sort()).toEqual(MINI_SOURCE.facts.filter((f) => f.table === 'T06').map(truthKey).sort());
});
