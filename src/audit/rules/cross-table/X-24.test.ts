import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_24 } from './X-24.js';

const run = (input = jiangsuBudget()) => auditWith([X_24], input);

describe('X-24 功能分类各类支出与收支总表一致', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a class whose amount differs between the 总表 and the function tables', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B03', '208', '合计'], '310')), 'X-24');
    expect(failures).toMatchObject([{ location: { table: 'B01', row: '208' }, expected: '310', actual: '300' }]);
    const fiscal = ruleResult(run(changed(shanghaiBudget(), ['B07', '201', '合计'], '710')), 'X-24').failures;
    expect(fiscal.map((f) => f.location)).toEqual([{ table: 'B04', row: '201', column: '一般公共预算' }]);
  });
});
