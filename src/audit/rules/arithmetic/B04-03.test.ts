import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B04_03 } from './B04-03.js';

const run = (input = jiangsuBudget()) => auditWith([B04_03], input);

describe('B04-03 财政拨款收支预算总表收支平衡', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a 财政拨款 summary whose two sides differ', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B04', '支出总计', '合计'], '999')), 'B04-03');
    expect(failures).toMatchObject([{ location: { table: 'B04', row: '收入总计' }, expected: '999', actual: '1000' }]);
  });
});
