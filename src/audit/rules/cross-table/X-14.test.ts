import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_14 } from './X-14.js';

const run = (input = consistentPackage()) => auditWith([X_14], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-14 “三公”经费决算数不小于基本支出明细表对应经济科目', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
  });

  it('X-14 warns when a 三公 economic line exceeds 公开09', () => {
    const found = failures(changed(consistentPackage(), ['T06', '30217', '决算数'], '0.50'), 'X-14');
    expect(found).toMatchObject([{ severity: 'warning', location: { table: 'T09', row: '决算数', column: '公务接待费' } }]);
  });
});
