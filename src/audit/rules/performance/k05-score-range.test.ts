import { describe, expect, it } from 'vitest';
import { indicator, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { scoreRangeRule } from './k05-score-range.js';

describe('K-05 0 ≤ 得分 ≤ 分值', () => {
  it('passes scores within their weights', () => {
    expect(run(scoreRangeRule, withPerformance([projectTable()])).findings).toEqual([]);
  });

  it('flags a score above its weight and a negative one', () => {
    const e = projectTable({ indicators: [indicator({ weight: '10', score: '12' }), indicator({ name: '负分', weight: '10', score: '-1' })] });
    const findings = run(scoreRangeRule, withPerformance([e])).findings;
    expect(findings.map((f) => f.actual)).toEqual(['12', '-1']);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });
});
