import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T04_08 } from './T04-08.js';

const run = (input = consistentPackage()) => auditWith([T04_08], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('T04-08 各类财政拨款年初结转加本年收入等于本年支出加年末结转', () => {
  it('passes on a consistent package', () => {
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('T04-08 warns when a budget type does not balance, and needs the 年初 split when there is a balance', () => {
    const closing = changed(consistentPackage(), ['T04', '年末财政拨款结转和结余', '一般公共预算财政拨款'], '2.00');
    expect(failures(closing, 'T04-08')).toMatchObject([{ severity: 'warning', expected: '103.00', actual: '105.00' }]);
    const opening = changed(consistentPackage(), ['T04', '年初财政拨款结转和结余', '金额'], '3.00');
    expect(ruleResult(run(opening), 'T04-08').notEvaluable).toBe('财政拨款收入支出决算总表未按预算类型列示年初财政拨款结转和结余');
  });
});
