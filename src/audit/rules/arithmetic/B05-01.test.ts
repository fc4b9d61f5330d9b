import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiWith } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B05_01 } from './B05-01.js';

const run = (input = jiangsuBudget()) => auditWith([B05_01], input);

describe('B05-01 财政拨款支出预算表各行合计等于基本支出、项目支出等各栏之和', () => {
  it('passes on a consistent package', () => {
    expect(run(shanghaiWith('B05', 'B07')).findings).toEqual([]);
    expect(run(shanghaiWith('B05', 'B07')).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a row whose 合计 is not the sum of its columns', () => {
    const { failures } = ruleResult(run(changed(shanghaiWith('B05', 'B07'), ['B05', '2080505', '合计'], '301')), 'B05-01');
    expect(failures).toMatchObject([{ location: { table: 'B05', row: '2080505', column: '合计' }, expected: '300', actual: '301' }]);
  });
});
