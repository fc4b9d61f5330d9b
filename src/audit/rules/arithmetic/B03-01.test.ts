import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B03_01 } from './B03-01.js';

const run = (input = jiangsuBudget()) => auditWith([B03_01], input);

describe('B03-01 支出预算总表各行合计等于基本支出、项目支出等各栏之和', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a row whose 合计 is not 基本支出 + 项目支出', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B03', '208', '基本支出'], '290')), 'B03-01');
    expect(failures).toMatchObject([{ location: { table: 'B03', row: '208', column: '合计' }, expected: '290', actual: '300' }]);
  });

  it('adds 江苏’s 单位预留机动经费 to the one-row table', () => {
    const { failures } = ruleResult(run(changed(jiangsuBudget(), ['B03', '合计', '单位预留机动经费'], '3.00')), 'B03-01');
    expect(failures).toMatchObject([{ location: { table: 'B03', row: '合计', column: '合计' }, expected: '101.00' }]);
  });
});
