import { describe, expect, it } from 'vitest';
import { funding, projectTable, report, run, withPerformance } from '../../../../test/support/performance-fixtures.js';
import { N_21 } from './N-21.js';

const summary = (name: string, annualBudget: string, executed: string, totalScore = '98', rate = '80') =>
  report({ name, totalScore, funding: [funding({ label: name, annualBudget, executed, rate, weight: undefined, score: undefined, quote: `全年预算数为${annualBudget}万元` })] });
const table = (name: string, annualBudget = '50.697', executed = '40.558') =>
  projectTable({ name, funding: [funding({ annualBudget, executed, rate: '80.00' })], totalScore: '98' });

describe('N-21 项目绩效自评综述的金额、执行率和得分与其自评表一致', () => {
  it('passes figures the text rounds', () => {
    const d = withPerformance([summary('城乡医疗救助', '50.70', '40.56'), table('城乡医疗救助资金')]);
    expect(run(N_21, d)).toMatchObject({ checks: 1, findings: [] });
  });

  it('flags a budget and spending that differ from the table', () => {
    const [f] = run(N_21, withPerformance([summary('城乡医疗救助', '50.69', '40.56'), table('城乡医疗救助资金', '60.697')])).findings;
    expect(f).toMatchObject({ severity: 'error' });
    expect(f?.message).toContain('全年预算数综述为 50.69 万元，自评表为 60.697 万元');
  });

  it('accepts a score that adds the 执行率 the table total left out, and flags another', () => {
    const e = table('城乡医疗救助资金');
    expect(run(N_21, withPerformance([summary('城乡医疗救助', '50.70', '40.56', '98'), { ...e, totalScore: '90' }])).findings).toEqual([]);
    expect(run(N_21, withPerformance([summary('城乡医疗救助', '50.70', '40.56', '95'), e])).findings[0]?.message).toContain('得分综述为 95 分');
  });

  it('does not compare a name that could mean several tables', () => {
    const d = withPerformance([summary('城乡医疗救助', '1366.31', '1366.31'), table('2024年城乡医疗救助县级配套资金'), table('2024年省级财政医疗救助补助资金')]);
    expect(run(N_21, d).notEvaluable).toBeDefined();
  });
});
