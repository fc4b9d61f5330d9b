import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiWith } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B06_01 } from './B06-01.js';

const run = (input = jiangsuBudget()) => auditWith([B06_01], input);

describe('B06-01 财政拨款基本支出预算表各行合计等于人员经费、公用经费等各栏之和', () => {
  it('passes on a consistent package', () => {
    expect(run(shanghaiWith('B06', 'B08')).findings).toEqual([]);
    expect(run(shanghaiWith('B06', 'B08')).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a row whose 合计 is not the sum of its columns', () => {
    const { failures } = ruleResult(run(changed(shanghaiWith('B06', 'B08'), ['B06', '30101', '人员经费'], '490')), 'B06-01');
    expect(failures).toMatchObject([{ location: { table: 'B06', row: '30101', column: '合计' }, expected: '490', actual: '500' }]);
  });
});
