import { describe, expect, it } from 'vitest';
import { indicator, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_05 } from './K-05.js';

describe('K-05 每项得分不为负且不超过其分值', () => {
  it('passes scores within their weights', () => {
    expect(run(K_05, withPerformance([projectTable()])).findings).toEqual([]);
  });

  it('flags a score above its weight and a negative one', () => {
    const e = projectTable({ indicators: [indicator({ weight: '10', score: '12' }), indicator({ name: '负分', weight: '10', score: '-1' })] });
    const findings = run(K_05, withPerformance([e])).findings;
    expect(findings.map((f) => f.actual)).toEqual(['12', '-1']);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });
});
