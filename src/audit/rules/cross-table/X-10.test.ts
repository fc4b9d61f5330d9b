import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { X_10 } from './X-10.js';

const run = (input = consistentPackage()) => auditWith([X_10], input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('X-10 财政拨款总表国有资本经营预算财政拨款支出等于国有资本经营预算财政拨款支出决算表', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
  });

  it('X-10 ties 公开04 国有资本经营 to 公开08', () => {
    expect(failures(changed(consistentPackage(), ['T08', '合计', '合计'], '1.00'), 'X-10')).toHaveLength(1);
  });
});
