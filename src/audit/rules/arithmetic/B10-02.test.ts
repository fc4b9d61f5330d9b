import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiWith } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B10_02 } from './B10-02.js';

const run = (input = jiangsuBudget()) => auditWith([B10_02], input);

describe('B10-02 政府性基金预算支出预算表各栏合计、类、款分别等于其下级之和', () => {
  it('passes on a consistent package', () => {
    expect(run(shanghaiWith('B10', 'B07')).findings).toEqual([]);
    expect(run(shanghaiWith('B10', 'B07')).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a total that is not the sum of its children', () => {
    const { failures } = ruleResult(run(changed(shanghaiWith('B10', 'B07'), ['B10', '20101', '合计'], '710')), 'B10-02');
    expect(failures.map((f) => f.location)).toContainEqual({ table: 'B10', row: '201', column: '合计' });
  });
});
