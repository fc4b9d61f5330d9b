import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B04_02 } from './B04-02.js';

const run = (input = jiangsuBudget()) => auditWith([B04_02], input);

describe('B04-02 财政拨款收支预算总表支出合计等于各功能分类、各支出用途之和', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('checks every budget-type column of 上海’s table, and 合计 = Σ budget types on each row', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B04', '201', '一般公共预算'], '690')), 'B04-02');
    expect(failures.map((f) => [f.location, f.expected, f.actual])).toEqual(
      expect.arrayContaining([
        [{ table: 'B04', row: '支出总计', column: '一般公共预算' }, '990', '1000'],
        [{ table: 'B04', row: '201', column: '合计' }, '690', '700'],
      ]),
    );
    expect(failures).toHaveLength(2);
  });
});
