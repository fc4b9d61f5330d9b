import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiWith } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B11_01 } from './B11-01.js';

const run = (input = jiangsuBudget()) => auditWith([B11_01], input);

describe('B11-01 国有资本经营预算支出预算表各行合计等于基本支出、项目支出等各栏之和', () => {
  it('passes on a consistent package', () => {
    expect(run(shanghaiWith('B11', 'B07')).findings).toEqual([]);
    expect(run(shanghaiWith('B11', 'B07')).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a row whose 合计 is not the sum of its columns', () => {
    const { failures } = ruleResult(run(changed(shanghaiWith('B11', 'B07'), ['B11', '2080505', '合计'], '301')), 'B11-01');
    expect(failures).toMatchObject([{ location: { table: 'B11', row: '2080505', column: '合计' }, expected: '300', actual: '301' }]);
  });
});
