import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B03_02 } from './B03-02.js';

const run = (input = jiangsuBudget()) => auditWith([B03_02], input);

describe('B03-02 支出预算总表各栏合计、类、款分别等于其下级之和', () => {
  it('passes on a consistent package', () => {
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a class that is not the sum of its 款', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B03', '20805', '项目支出'], '10')), 'B03-02');
    expect(failures.map((f) => f.location)).toContainEqual({ table: 'B03', row: '208', column: '项目支出' });
  });
});
