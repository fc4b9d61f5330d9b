import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { funding, projectTable, report, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { K_12 } from './K-12.js';

const accounts = cells('T01', { 本年支出合计: { 金额: '373.64' } });
const department = (executed: string) =>
  projectTable({ kind: 'department', level: 'department', name: '示例局', funding: [funding({ annualBudget: '2388.65', executed, rate: '91.05', score: '9.11' })] });

describe('K-12 部门整体支出绩效自评的全年执行数与决算本年支出合计一致', () => {
  it('passes the same amount, also from a 综述 in 元 against 万元 tables', () => {
    expect(run(K_12, withPerformance([department('373.64')], accounts)).findings).toEqual([]);
    const summary = report({ level: 'department', title: '示例局部门整体支出绩效自评综述', funding: [funding({ unit: '元', annualBudget: '3736400', executed: '3736400', rate: '100' })] });
    expect(run(K_12, withPerformance([summary], accounts)).findings).toEqual([]);
  });

  it('is an error when the 自评 executes more than the department spent, a warning when less', () => {
    expect(run(K_12, withPerformance([department('2174.79')], accounts)).findings[0]).toMatchObject({ severity: 'error', actual: '2174.79', expected: '373.64' });
    expect(run(K_12, withPerformance([department('300')], accounts)).findings[0]?.severity).toBe('warning');
  });

  it('cannot run without 公开01', () => {
    expect(run(K_12, withPerformance([department('1')])).notEvaluable).toContain('收入支出决算总表');
  });
});
