import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B08_01 } from './B08-01.js';

const run = (input = jiangsuBudget()) => auditWith([B08_01], input);

describe('B08-01 一般公共预算基本支出预算表各行合计等于人员经费、公用经费等各栏之和', () => {
  it('passes on a consistent package', () => {
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a row whose 合计 is not 人员经费 + 公用经费', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B08', '30101', '公用经费'], '5')), 'B08-01');
    expect(failures).toMatchObject([{ location: { table: 'B08', row: '30101', column: '合计' }, expected: '505', actual: '500' }]);
  });
});
