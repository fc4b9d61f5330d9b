import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T10_RULES } from './t10-statistics.js';

const run = (input = consistentPackage()) => auditWith(T10_RULES, input);

describe('公开10 rules', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
  });

  it('T10-01 flags 政府采购合计 ≠ 货物 + 工程 + 服务', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T10', '工程', '统计数'], '1.00')), 'T10-01').failures).toMatchObject([{ expected: '9.00', actual: '8.00' }]);
  });

  it('T10-02 flags 车辆数合计 ≠ Σ categories, without any rounding tolerance', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T10', '其他用车', '统计数'], '1')), 'T10-02').failures).toMatchObject([{ tolerance: '0' }]);
  });

  it('T10-03 flags a count that is not a whole number', () => {
    const input = changed(changed(consistentPackage(), ['T10', '车辆数合计', '统计数'], '1.5'), ['T10', '机要通信用车', '统计数'], '1.5');
    expect(ruleResult(run(input), 'T10-03').failures.map((f) => ('row' in f.location ? f.location.row : undefined))).toEqual(expect.arrayContaining(['车辆数合计', '机要通信用车']));
  });
});
