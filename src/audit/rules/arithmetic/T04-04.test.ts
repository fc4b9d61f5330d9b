import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T04_04 } from './T04-04.js';

const run = (input = consistentPackage()) => auditWith([T04_04], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('T04-04 财政拨款支出各行合计等于三类财政拨款之和', () => {
  it('passes on a consistent package', () => {
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('T04-04 flags an expenditure row whose 合计 is not the sum of the budget types', () => {
    const found = failures(changed(consistentPackage(), ['T04', '210', '政府性基金预算财政拨款'], '1.00'), 'T04-04');
    expect(found).toMatchObject([{ location: { row: '210', column: '合计' } }]);
    expect(found[0]?.message).toContain('财政拨款收入支出决算总表 210 卫生健康支出');
  });
});
