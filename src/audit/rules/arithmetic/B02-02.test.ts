import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B02_02 } from './B02-02.js';

const run = (input = jiangsuBudget()) => auditWith([B02_02], input);

describe('B02-02 收入预算总表各栏合计、类、款分别等于其下级之和', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('checks 江苏’s labelled 收入预算总表 along its labels', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B02', '一般公共预算资金.专项收入', '金额'], '1.00')), 'B02-02');
    expect(failures).toMatchObject([{ location: { table: 'B02', row: '一般公共预算资金' }, expected: '101.00', actual: '100.00' }]);
  });
});
