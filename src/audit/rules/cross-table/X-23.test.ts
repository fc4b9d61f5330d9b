import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_23 } from './X-23.js';

const run = (input = jiangsuBudget()) => auditWith([X_23], input);

describe('X-23 收支预算总表的收入、支出合计与收入预算总表、支出预算总表一致', () => {
  it('passes on a consistent package', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toMatchObject({ passed: 1, failed: 0 });
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags a 收入预算总表 or 支出预算总表 that disagrees with the 收支总表', () => {
    expect(ruleResult(run(changed(jiangsuBudget(), ['B02', '收入总计', '金额'], '99.00')), 'X-23').failures).toMatchObject([{ location: { table: 'B01', row: '收入总计' }, actual: '100.00', expected: '99.00' }]);
    expect(ruleResult(run(changed(jiangsuBudget(), ['B03', '合计', '项目支出'], '37.00')), 'X-23').failures).toMatchObject([{ location: { table: 'B01', row: '项目支出' } }]);
  });
});
