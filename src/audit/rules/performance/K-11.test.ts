import { describe, expect, it } from 'vitest';
import { indicator, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_11 } from './K-11.js';

const one = (values: Parameters<typeof indicator>[0]) => run(K_11, withPerformance([projectTable({ indicators: [indicator(values)] })]));

describe('K-11 偏差度等于（实际值 − 目标值）/ 目标值', () => {
  it('passes the formula for a missed target and 0 for a met one', () => {
    expect(one({ target: '≥3323人', actual: '500人', weight: '5', score: '0.75', deviation: '-84.95' }).findings).toEqual([]);
    expect(one({ target: '≥35人', actual: '40人', deviation: '0.00' }).findings).toEqual([]);
  });

  it('warns on a figure that fits neither, naming a lost digit', () => {
    const [f] = one({ target: '≥70%', actual: '95%', weight: '20', score: '19.35', deviation: '5.71' }).findings;
    expect(f).toMatchObject({ severity: 'warning', expected: '35.71' });
    expect(f?.message).toContain('疑为');
  });
});
