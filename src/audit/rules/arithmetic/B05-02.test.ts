import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiWith } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B05_02 } from './B05-02.js';

const run = (input = jiangsuBudget()) => auditWith([B05_02], input);

describe('B05-02 财政拨款支出预算表各栏合计、类、款分别等于其下级之和', () => {
  it('passes on a consistent package', () => {
    expect(run(shanghaiWith('B05', 'B07')).findings).toEqual([]);
    expect(run(shanghaiWith('B05', 'B07')).summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(jiangsuBudget()).findings).toEqual([]);
    expect(run(jiangsuBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a total that is not the sum of its children', () => {
    const { failures } = ruleResult(run(changed(shanghaiWith('B05', 'B07'), ['B05', '20101', '基本支出'], '310')), 'B05-02');
    expect(failures.map((f) => f.location)).toContainEqual({ table: 'B05', row: '201', column: '基本支出' });
  });
});
