import { describe, expect, it } from 'vitest';
import { funding, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_09 } from './K-09.js';

const source = (values: Parameters<typeof funding>[0]) => funding({ role: 'source', weight: undefined, score: undefined, rate: undefined, ...values });

describe('K-09 年度资金总额等于其中各项资金之和', () => {
  it('passes sources that add up, within rounding', () => {
    const e = projectTable({ funding: [funding({ executed: '40.01' }), source({ label: '中央', initialBudget: '20', annualBudget: '20', executed: '20.00' }), source({ label: '省级', initialBudget: '30', annualBudget: '30', executed: '20.00' })] });
    expect(run(K_09, withPerformance([e])).findings).toEqual([]);
  });

  it('flags a total the sources do not reach', () => {
    const e = projectTable({ funding: [funding({ annualBudget: '30', executed: '30', rate: '67.60' }), source({ label: '中央财政资金', annualBudget: '30', executed: '20.29', initialBudget: undefined })] });
    const [f] = run(K_09, withPerformance([e])).findings;
    expect(f).toMatchObject({ severity: 'error', actual: '30', expected: '20.29' });
  });

  it('only warns on a one-digit difference (a scanned table)', () => {
    const e = projectTable({ funding: [funding({ initialBudget: '744.02' }), source({ initialBudget: '744.32', annualBudget: '50', executed: '40' })] });
    expect(run(K_09, withPerformance([e])).findings[0]?.severity).toBe('warning');
  });
});
