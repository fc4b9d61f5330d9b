import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { cells } from '../../../../test/support/disclosure.js';
import { T06_05 } from './T06-05.js';

const run = (input = consistentPackage()) => auditWith([T06_05], input);

/** The two-column variant (seed 003): 金额 includes project money, 决算数 is the basic part. */
const twoColumns = () =>
  consistentPackage({
    facts: cells('T06', {
      '301': { 金额: '10.00', 决算数: '10.00' },
      '30101': { 金额: '10.00', 决算数: '10.00' },
      '303': { 金额: '30.00' },
      '30307': { 金额: '30.00' },
      人员经费合计: { 金额: '40.00', 决算数: '10.00' },
      公用经费合计: { 金额: '0.00', 决算数: '0.00' },
    }),
  });

describe('T06-05 两栏格式下各行“其中：基本支出”不大于金额', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
    expect(ruleResult(run(), 'T06-05').notEvaluable).toContain('只有一栏金额');
  });

  it('T06-05 checks the basic part against 金额 in the two-column variant', () => {
    expect(run(twoColumns()).findings).toEqual([]);
    const { failures } = ruleResult(run(changed(twoColumns(), ['T06', '30101', '决算数'], '11.00')), 'T06-05');
    expect(failures).toMatchObject([{ location: { row: '30101', column: '金额' }, expected: '10.00', actual: '11.00' }]);
  });
});
