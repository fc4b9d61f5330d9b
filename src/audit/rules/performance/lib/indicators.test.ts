import { describe, expect, it } from 'vitest';
import { indicator } from '../../../../../test/support/performance-fixtures.js';
import { assess } from './indicators.js';

describe('indicator assessment', () => {
  it('leaves qualitative and not-applicable indicators alone', () => {
    expect(assess(indicator({ target: '有所提升', actual: '达成预期' }))).toBeUndefined();
    expect(assess(indicator({ name: '不适用1', target: '≥0000', actual: '100' }))).toBeUndefined();
    expect(assess(indicator({ target: '≤8977060元', actual: '879.03万元', weight: '10', score: '10' }))?.met).toBe(true);
  });
});
