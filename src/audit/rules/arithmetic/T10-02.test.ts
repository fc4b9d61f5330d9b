import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T10_02 } from './T10-02.js';

const run = (input = consistentPackage()) => auditWith([T10_02], input);

describe('T10-02 车辆数合计等于各类车辆数之和', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
  });

  it('T10-02 flags 车辆数合计 ≠ Σ categories, without any rounding tolerance', () => {
    expect(ruleResult(run(changed(consistentPackage(), ['T10', '其他用车', '统计数'], '1')), 'T10-02').failures).toMatchObject([{ tolerance: '0' }]);
  });
});
