import { describe, expect, it } from 'vitest';
import { report, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import type { PerformanceBreakdown } from '../../../model/performance.js';
import { P_01 } from './P-01.js';

const breakdown = (value: string, unit: string, ...parts: [string, string][]): PerformanceBreakdown => ({
  label: '合计',
  value,
  unit,
  parts: parts.map(([label, v]) => ({ label, value: v, unit })),
  quote: '…其中…',
  source: { line: 4 },
});
const check = (...breakdowns: PerformanceBreakdown[]) => run(P_01, withPerformance([report({ breakdowns })]));

describe('P-01 自评报告中的合计数等于其中各项之和', () => {
  it('passes parts that add up and reports a 尾差 as info', () => {
    expect(check(breakdown('1921.97', '万元', ['中央', '500.05'], ['省级', '1421.92'])).findings).toEqual([]);
    expect(check(breakdown('525.16', '万元', ['上年结转', '518.16'], ['利息', '6.99'])).findings[0]?.severity).toBe('info');
  });

  it('flags counts that do not add up, exactly', () => {
    expect(check(breakdown('6253', '人次', ['一站式', '4173'], ['非一站式', '2080'])).findings).toEqual([]);
    const [f] = check(breakdown('6253', '人次', ['一站式', '4173'], ['非一站式', '2077'])).findings;
    expect(f).toMatchObject({ severity: 'error', expected: '6250', actual: '6253' });
  });

  it('names the missing part of a two-part breakdown', () => {
    const [f] = check(breakdown('2280.29', '万元', ['一般公共预算财政拨款收入', '2252.3'], ['年初结转资金', '0.15'])).findings;
    expect(f?.message).toContain('年初结转资金应为 2280.29 − 2252.3 = 27.99');
  });
});
