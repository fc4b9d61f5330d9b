import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T10_03 } from './T10-03.js';

const run = (input = consistentPackage()) => auditWith([T10_03], input);

describe('T10-03 车辆、设备数量为非负整数', () => {
  it('pass on a consistent table', () => {
    expect(run().findings).toEqual([]);
  });

  it('T10-03 flags a count that is not a whole number', () => {
    const input = changed(changed(consistentPackage(), ['T10', '车辆数合计', '统计数'], '1.5'), ['T10', '机要通信用车', '统计数'], '1.5');
    expect(ruleResult(run(input), 'T10-03').failures.map((f) => ('row' in f.location ? f.location.row : undefined))).toEqual(expect.arrayContaining(['车辆数合计', '机要通信用车']));
  });
});
