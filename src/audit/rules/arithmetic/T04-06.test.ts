import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T04_06 } from './T04-06.js';

const run = (input = consistentPackage()) => auditWith([T04_06], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('T04-06 财政拨款支出总计各栏等于本年支出合计与年末财政拨款结转和结余之和', () => {
  it('passes on a consistent package', () => {
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('flags an expenditure total that does not add up', () => {
    expect(failures(changed(consistentPackage(), ['T04', '支出总计', '合计'], '106.00'), 'T04-06')).toHaveLength(1);
  });
});
