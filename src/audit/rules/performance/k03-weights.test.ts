import { describe, expect, it } from 'vitest';
import { indicator, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { weightsRule } from './k03-weights.js';

describe('K-03 Σ 分值 = 100', () => {
  it('passes 10 + 90', () => {
    expect(run(weightsRule, withPerformance([projectTable()]))).toMatchObject({ checks: 1, findings: [] });
  });

  it('is an error above 100 and a warning below', () => {
    const over = projectTable();
    over.indicators.push(indicator({ name: '加项', weight: '10', score: '10' }));
    expect(run(weightsRule, withPerformance([over])).findings[0]).toMatchObject({ severity: 'error', actual: '110' });
    const under = projectTable();
    under.indicators.pop();
    expect(run(weightsRule, withPerformance([under])).findings[0]).toMatchObject({ severity: 'warning', actual: '90' });
  });
});
