import { describe, expect, it } from 'vitest';
import { jiangsuBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_26 } from './X-26.js';

const run = (input = jiangsuBudget()) => auditWith([X_26], input);

describe('X-26 财政拨款支出表等于一般公共预算、政府性基金预算等支出表之和', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags 财政拨款 rows that are not the general budget plus the funds, and general-budget basic lines above 财政拨款’s', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B07', '2010102', '合计'], '21.00')), 'X-26');
    expect(failures).toMatchObject([{ location: { table: 'B05', row: '2010102' }, expected: '21.00', actual: '20.00' }]);
    const basic = ruleResult(run(changed(jiangsuBudget(), ['B08', '30231', '合计'], '6.00')), 'X-26').failures;
    expect(basic).toMatchObject([{ location: { table: 'B06', row: '30231' } }]);
  });
});
