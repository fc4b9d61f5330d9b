import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiWith } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B11_02 } from './B11-02.js';

const run = (input = jiangsuBudget()) => auditWith([B11_02], input);

describe('B11-02 国有资本经营预算支出预算表各栏合计、类、款分别等于其下级之和', () => {
  it('passes on a consistent package', () => {
    expect(run(shanghaiWith('B11', 'B07')).findings).toEqual([]);
    expect(run(shanghaiWith('B11', 'B07')).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a total that is not the sum of its children', () => {
    const { failures } = ruleResult(run(changed(shanghaiWith('B11', 'B07'), ['B11', '20101', '合计'], '710')), 'B11-02');
    expect(failures.map((f) => f.location)).toContainEqual({ table: 'B11', row: '201', column: '合计' });
  });
});
