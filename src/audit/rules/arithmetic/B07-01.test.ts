import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { auditWith, changed, ruleResult } from '../../../../test/support/audit-fixture.js';
import { B07_01 } from './B07-01.js';

const run = (input = jiangsuBudget()) => auditWith([B07_01], input);

describe('B07-01 一般公共预算支出预算表各行合计等于基本支出、项目支出等各栏之和', () => {
  it('passes on a consistent package', () => {
    expect(run(shanghaiBudget()).findings).toEqual([]);
    expect(run(shanghaiBudget()).summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('flags 合计 ≠ 基本支出 + 项目支出 on a row', () => {
    const { failures } = ruleResult(run(changed(shanghaiBudget(), ['B07', '2080505', '合计'], '301')), 'B07-01');
    expect(failures).toMatchObject([{ location: { table: 'B07', row: '2080505', column: '合计' }, expected: '300', actual: '301' }]);
  });

  it('does not check columns a form does not print (江苏’s function tables print 金额 only)', () => {
    expect(ruleResult(run(), 'B07-01').notEvaluable).toBe('相关表中没有可核对的数据');
  });
});
