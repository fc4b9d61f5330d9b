import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B02_01 } from './B02-01.js';

const run = (input = jiangsuBudget()) => auditWith([B02_01], input);

describe('B02-01 收入预算总表各行合计等于各项收入之和', () => {
  it('passes on a consistent package', () => {
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a row whose 合计 is not the sum of its income sources', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B02', '201', '事业收入'], '5')), 'B02-01');
    expect(failures).toMatchObject([{ location: { table: 'B02', row: '201', column: '合计' }, expected: '705', actual: '700' }]);
  });

  it('has nothing to check in 江苏’s labelled form', () => {
    expect(ruleResult(run(), 'B02-01').notEvaluable).toBe('相关表中没有可核对的数据');
  });
});
