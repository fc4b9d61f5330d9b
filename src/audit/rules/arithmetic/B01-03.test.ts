import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B01_03 } from './B01-03.js';

const run = (input = jiangsuBudget()) => auditWith([B01_03], input);

describe('B01-03 收支预算总表收支平衡', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a summary whose income total is not its expenditure total', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B01', '支出总计', '金额'], '100.10')), 'B01-03');
    expect(failures).toMatchObject([{ severity: 'error', location: { table: 'B01', row: '收入总计' }, expected: '100.10', actual: '100.00' }]);
  });
});
