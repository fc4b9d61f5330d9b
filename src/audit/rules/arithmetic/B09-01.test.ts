import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B09_01 } from './B09-01.js';

const run = (input = jiangsuBudget()) => auditWith([B09_01], input);

describe('B09-01 “三公”经费预算合计等于各项之和', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a “三公” total that is not the sum of its components, and 江苏’s total with 会议费 and 培训费', () => {
    const reception = ruleResult(run(changed(jiangsuBudget(), ['B09', '预算数', '公务接待费'], '1.50')), 'B09-01').failures;
    expect(reception.map((f) => f.location)).toEqual([{ table: 'B09', row: '预算数', column: '合计' }]);
    const training = ruleResult(run(changed(jiangsuBudget(), ['B09', '预算数', '培训费'], '0.60')), 'B09-01').failures;
    expect(training).toMatchObject([{ location: { column: '“三公”经费、会议费、培训费合计' }, expected: '4.10' }]);
  });
});
