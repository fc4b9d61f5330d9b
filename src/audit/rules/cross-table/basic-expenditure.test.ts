import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { BASIC_EXPENDITURE_RULES } from './basic-expenditure.js';

const run = (input = consistentPackage()) => auditWith(BASIC_EXPENDITURE_RULES, input);
const failures = (input: ReturnType<typeof consistentPackage>, rule: string) => ruleResult(run(input), rule).failures;

describe('公开06 against 公开05, 09 and 10', () => {
  it('pass on a consistent package', () => {
    expect(run().findings).toEqual([]);
  });

  it('X-13 flags 人员经费 + 公用经费 ≠ 公开05 基本支出', () => {
    const found = failures(changed(consistentPackage(), ['T06', '公用经费合计', '决算数'], '6.00'), 'X-13');
    expect(found).toMatchObject([{ severity: 'error', location: { table: 'T05', row: '合计', column: '基本支出' }, expected: '76.00', actual: '75.00' }]);
  });

  it('X-13 ties the 金额 column of the two-column variant to 公开05 小计', () => {
    const twoColumns = changed(changed(consistentPackage(), ['T06', '人员经费合计', '金额'], '100.00'), ['T06', '公用经费合计', '金额'], '5.00');
    expect(failures(twoColumns, 'X-13')).toEqual([]);
    expect(failures(changed(twoColumns, ['T06', '公用经费合计', '金额'], '6.00'), 'X-13')).toMatchObject([{ location: { column: '小计' } }]);
  });

  it('X-14 warns when a 三公 economic line exceeds 公开09', () => {
    const found = failures(changed(consistentPackage(), ['T06', '30217', '决算数'], '0.50'), 'X-14');
    expect(found).toMatchObject([{ severity: 'warning', location: { table: 'T09', row: '决算数', column: '公务接待费' } }]);
  });

  it('X-15 warns when 机关运行经费 exceeds 公用经费', () => {
    expect(failures(changed(consistentPackage(), ['T10', '行政单位', '统计数'], '6.00'), 'X-15')).toMatchObject([{ severity: 'warning', actual: '6.00' }]);
  });
});
