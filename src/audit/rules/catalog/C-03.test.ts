import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { C_03 } from './C-03.js';

const run = (input = consistentPackage()) => ruleResult(auditWith([C_03], input), 'C-03');

describe('C-03 行政运行、事业运行只列基本支出，一般行政管理事务只列项目支出', () => {
  it('passes when 行政运行 is basic only and 一般行政管理事务 project only', () => {
    expect(run().findings).toEqual([]);
  });

  it('warns when 行政运行 carries project spending (golden F003-17)', () => {
    const { failures } = run(changed(consistentPackage({ unit: '元' }), ['T03', '2101501', '项目支出'], '117304.30'));
    expect(failures).toMatchObject([{ severity: 'warning', location: { table: 'T03', row: '2101501', column: '项目支出' } }]);
    expect(failures[0]?.message).toBe('支出决算表 2101501 行政运行：项目支出 117304.30，行政运行科目应只列基本支出');
  });

  it('warns when 一般行政管理事务 carries basic spending', () => {
    expect(run(changed(consistentPackage(), ['T05', '2101502', '基本支出'], '1.00')).failures).toMatchObject([{ location: { column: '基本支出' } }]);
  });

  it('recognises 事业运行 by name, and by the xx50 suffix for codes outside the catalog', () => {
    expect(run(changed(consistentPackage(), ['T03', '2200150', '项目支出'], '2077.09')).failures).toHaveLength(1);
    // 2080501 行政单位离退休 ends in 01 but is not 行政运行.
    expect(run(changed(consistentPackage(), ['T03', '2080501', '项目支出'], '1.00')).failures).toEqual([]);
  });
});
