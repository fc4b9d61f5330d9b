import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T04_RULES } from './t04-fiscal-summary.js';

const run = (input = consistentPackage()) => auditWith(T04_RULES, input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('公开04 rules', () => {
  it('pass on a consistent table', () => {
    const result = run();
    expect(result.findings).toEqual([]);
    // T04-02 has nothing to check: no 年初结转 split is printed.
    expect(result.summary.rules).toEqual({ passed: 7, failed: 0, notEvaluable: 1 });
  });

  it('T04-01 and T04-03 flag income totals that do not add up', () => {
    expect(failures(changed(consistentPackage(), ['T04', '政府性基金预算财政拨款', '金额'], '1.00'), 'T04-01')).toHaveLength(1);
    expect(failures(changed(consistentPackage(), ['T04', '年初财政拨款结转和结余', '金额'], '1.00'), 'T04-03')).toHaveLength(1);
  });

  it('T04-02 checks the by-type split of 年初财政拨款结转和结余 when it is printed', () => {
    const opening = changed(consistentPackage(), ['T04', '年初财政拨款结转和结余', '金额'], '3.00');
    expect(failures(changed(opening, ['T04', '年初财政拨款结转和结余.一般公共预算财政拨款', '金额'], '3.00'), 'T04-02')).toEqual([]);
    expect(failures(changed(opening, ['T04', '年初财政拨款结转和结余.一般公共预算财政拨款', '金额'], '2.00'), 'T04-02')).toHaveLength(1);
  });

  it('T04-04 flags an expenditure row whose 合计 is not the sum of the budget types', () => {
    const found = failures(changed(consistentPackage(), ['T04', '210', '政府性基金预算财政拨款'], '1.00'), 'T04-04');
    expect(found).toMatchObject([{ location: { row: '210', column: '合计' } }]);
    expect(found[0]?.message).toContain('财政拨款收入支出决算总表 210 卫生健康支出');
  });

  it('T04-05 … T04-07 flag expenditure totals that do not add up', () => {
    expect(failures(changed(consistentPackage(), ['T04', '208', '合计'], '11.00'), 'T04-05')).toHaveLength(1);
    expect(failures(changed(consistentPackage(), ['T04', '支出总计', '合计'], '106.00'), 'T04-06')).toHaveLength(1);
    expect(failures(changed(consistentPackage(), ['T04', '收入总计', '金额'], '106.00'), 'T04-07')).toHaveLength(1);
  });

  it('T04-08 warns when a budget type does not balance, and needs the 年初 split when there is a balance', () => {
    const closing = changed(consistentPackage(), ['T04', '年末财政拨款结转和结余', '一般公共预算财政拨款'], '2.00');
    expect(failures(closing, 'T04-08')).toMatchObject([{ severity: 'warning', expected: '103.00', actual: '105.00' }]);
    const opening = changed(consistentPackage(), ['T04', '年初财政拨款结转和结余', '金额'], '3.00');
    expect(ruleResult(run(opening), 'T04-08').notEvaluable).toBe('财政拨款收入支出决算总表未按预算类型列示年初财政拨款结转和结余');
  });
});
