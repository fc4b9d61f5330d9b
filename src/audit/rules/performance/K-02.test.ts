import { describe, expect, it } from 'vitest';
import { funding, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_02 } from './K-02.js';

describe('K-02 执行率得分等于分值乘以执行率（不超过100%）', () => {
  it('passes 8 for 80% and 10 for more than 100%, with a default 分值 of 10', () => {
    expect(run(K_02, withPerformance([projectTable()])).findings).toEqual([]);
    const over = projectTable({ funding: [funding({ executed: '55', rate: '110', weight: undefined, score: '10' })] });
    expect(run(K_02, withPerformance([over])).findings).toEqual([]);
  });

  it('warns on full marks for 91.05%', () => {
    const e = projectTable({ kind: 'department', funding: [funding({ annualBudget: '2388.65', executed: '2174.79', rate: '91.05', score: '10' })] });
    const [f] = run(K_02, withPerformance([e])).findings;
    expect(f).toMatchObject({ severity: 'warning', expected: '9.11', actual: '10' });
    expect(f?.message).toContain('91.05');
  });
});
