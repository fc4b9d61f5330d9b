import { describe, expect, it } from 'vitest';
import { funding, projectTable, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_01 } from './K-01.js';

const table = (rate: string, executed = '40') => projectTable({ funding: [funding({ rate, executed })] });

describe('K-01 绩效自评表执行率等于全年执行数除以全年预算数', () => {
  it('passes a rate that rounds to the computed one', () => {
    expect(run(K_01, withPerformance([table('80.00')]))).toMatchObject({ checks: 1, findings: [] });
    expect(run(K_01, withPerformance([table('80')])).findings).toEqual([]);
  });

  it('flags a wrong rate as an error with the computed figure', () => {
    const e = projectTable({ funding: [funding({ annualBudget: '1928.75', executed: '1782.44', rate: '93' })] });
    const [f] = run(K_01, withPerformance([e])).findings;
    expect(f).toMatchObject({ rule: 'K-01', severity: 'error', expected: '92.41', actual: '93' });
    expect(f?.message).toContain('1782.44 / 全年预算数 1928.75');
  });

  it('warns when the rate is the computed one rounded coarser and padded (70.60 for 70.63)', () => {
    const e = projectTable({ funding: [funding({ annualBudget: '2478.5', executed: '1750.5', rate: '70.60' })] });
    expect(run(K_01, withPerformance([e])).findings[0]).toMatchObject({ severity: 'warning', expected: '70.63' });
  });

  it('allows for the rounding of amounts printed without decimals', () => {
    expect(run(K_01, withPerformance([table('93', '46.2')])).findings).toEqual([]);
  });

  it('skips a zero budget and says why when nothing states a rate', () => {
    expect(run(K_01, withPerformance([projectTable({ funding: [funding({ annualBudget: '0', executed: '0', rate: '0.00' })] })])).notEvaluable).toBeDefined();
  });
});
