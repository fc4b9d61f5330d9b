import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiWith } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B06_02 } from './B06-02.js';

const run = (input = jiangsuBudget()) => auditWith([B06_02], input);

describe('B06-02 财政拨款基本支出预算表各栏合计、类、款分别等于其下级之和', () => {
  it('passes on a consistent package', () => {
    expect(run(shanghaiWith('B06', 'B08')).findings).toEqual([]);
    expect(run(shanghaiWith('B06', 'B08')).summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(jiangsuBudget()).findings).toEqual([]);
    expect(run(jiangsuBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a total that is not the sum of its children', () => {
    const { failures } = ruleResult(run(changed(shanghaiWith('B06', 'B08'), ['B06', '302', '合计'], '90')), 'B06-02');
    expect(failures.map((f) => f.location)).toContainEqual({ table: 'B06', row: '302', column: '合计' });
  });
});
