import { describe, expect, it } from 'vitest';
import { report, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import type { PerformanceGradeGroup } from '../../../model/performance.js';
import { N_20 } from './N-20.js';

const group = (label: string, projects: string, amount: string, unit: string, 优: string): PerformanceGradeGroup => ({
  label,
  projects,
  amount,
  unit,
  counts: { 优, 良: '0', 中: '0', 差: '0' },
  quote: `${label}绩效自评个数${projects}个，涉及资金${amount}${unit}`,
  source: { line: 9 },
});
const summary = (groups: PerformanceGradeGroup[], covered = '1648.71') =>
  report({ level: 'department', name: '预算绩效情况说明', coverage: [{ amount: covered, unit: '万元', quote: '', source: { line: 8 } }], gradeGroups: groups });

describe('N-20 各等级项目个数与项目总数、各组涉及资金与覆盖资金相符', () => {
  it('passes counts and amounts that add up', () => {
    expect(run(N_20, withPerformance([summary([group('一级项目', '7', '1579.09', '万元', '7'), group('二级项目', '2', '69.62', '万元', '2')])])).findings).toEqual([]);
  });

  it('names a unit error when the sum only works in the coverage unit', () => {
    const [f] = run(N_20, withPerformance([summary([group('一级项目', '7', '1579.09', '万元', '7'), group('二级项目', '2', '69.62', '元', '2')])])).findings;
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('69.62 的单位为万元则正好相符');
  });

  it('flags groups repeated with the same amount and counts that miss the project number', () => {
    const findings = run(N_20, withPerformance([summary([group('一级项目', '2', '100', '万元', '2'), group('二级项目', '3', '100', '万元', '2')], '150')])).findings;
    expect(findings.map((f) => f.message).join('\n')).toContain('合计 2 个');
    expect(findings.map((f) => f.message).join('\n')).toContain('重复填列');
  });
});
