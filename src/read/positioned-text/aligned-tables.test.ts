import { describe, expect, it } from 'vitest';
import { row, run } from '../../../test/support/pdf-runs.js';
import { findAlignedTables } from './aligned-tables.js';
import { buildLines } from '../pdf/lines.js';

describe('findAlignedTables', () => {
  it('reads a table printed without rules from the alignment of its text', () => {
    const lines = buildLines([
      run('单位：万元', 300, 80),
      ...row(100, [[90, '收入'], [260, '支出']]),
      ...row(116, [[20, '项目'], [140, '决算数'], [200, '项目'], [330, '决算数']]),
      ...row(132, [[20, '一、财政拨款收入'], [150, '30.00'], [200, '一、一般公共服务支出'], [340, '10.00']]),
      ...row(148, [[200, '二、外交支出']]),
      ...row(164, [[200, '三、卫生健康支出'], [340, '20.00']]),
      ...row(180, [[20, '总计'], [150, '30.00'], [200, '总计'], [340, '30.00']]),
      run('注：本表反映部门本年度的总收支和年末结转结余情况。', 20, 200),
    ]);
    const { tables, rest } = findAlignedTables(lines, 7);
    expect(rest.map((l) => l.text)).toEqual(['单位：万元', '注：本表反映部门本年度的总收支和年末结转结余情况。']);
    expect(tables[0]!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['收入', '', '支出', ''],
      ['项目', '决算数', '项目', '决算数'],
      ['一、财政拨款收入', '30.00', '一、一般公共服务支出', '10.00'],
      ['', '', '二、外交支出', ''],
      ['', '', '三、卫生健康支出', '20.00'],
      ['总计', '30.00', '总计', '30.00'],
    ]);
  });

  it('leaves running text alone', () => {
    const lines = buildLines([run('第一部分', 20, 100), run('概况', 120, 100), run('一、主要职能', 40, 130), run('负责本行政区域的有关工作。', 20, 160)]);
    expect(findAlignedTables(lines, 1).tables).toEqual([]);
  });

  it('leaves alone justified sentences whose numbers were pushed to the right margin', () => {
    // 江苏 budgets: "…收、支总预算                21,940.96" / "万元。与上年相比…各增加                      3,958.98"
    const lines = buildLines([
      ...row(100, [[90, '省检察院2018年度财政拨款收、支总预算'], [430, '21,940.96']]),
      ...row(125, [[90, '万元。与上年相比，财政拨款收、支总计各增加'], [430, '3,958.98']]),
      ...row(150, [[90, '万元，增长'], [200, '22 %。主要原因是政策性调整因素，']]),
      run('将养老金等单位缴费、年终考核奖等年度收支全部纳入部门预算，', 90, 175),
      run('相应增加了财政拨款。', 90, 200),
    ]);
    const { tables, rest } = findAlignedTables(lines, 26);
    expect(tables).toEqual([]);
    expect(rest).toHaveLength(5);
  });
});
