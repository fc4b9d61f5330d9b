import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_25 } from './X-25.js';

const run = (input = jiangsuBudget()) => auditWith([X_25], input);

describe('X-25 经济分类的基本支出与功能分类、总表的基本支出一致', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags economic basic spending that is not the function tables’ basic spending', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B08', '合计', '合计'], '610')), 'X-25');
    expect(failures).toMatchObject([{ location: { table: 'B07', row: '合计', column: '基本支出' }, expected: '610', actual: '600' }]);
    const jiangsu = ruleResult(run(changed(jiangsuBudget(), ['B06', '合计', '合计'], '61.00')), 'X-25').failures;
    expect(jiangsu.map((f) => f.location)).toEqual([{ table: 'B04', row: '基本支出', column: '合计' }]);
  });
});
