import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B04_01 } from './B04-01.js';

const run = (input = jiangsuBudget()) => auditWith([B04_01], input);

describe('B04-01 财政拨款收支预算总表收入合计等于各项收入之和', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('reads 上海’s total as the sum of the sources (no 本年收入合计 row)', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B04', '收入总计', '金额'], '1001')), 'B04-01');
    expect(failures).toMatchObject([{ location: { table: 'B04', row: '收入总计' }, expected: '1000', actual: '1001', tolerance: '0' }]);
  });
});
