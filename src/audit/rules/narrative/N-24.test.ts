import { describe, expect, it } from 'vitest';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_24 } from './N-24.js';

const run = (text: string, year = 2025) => runNarrative([N_24], { text, facts: [], year });

describe('N-24 标题与正文的决算年度一致', () => {
  it('passes a body about the title’s year', () => {
    expect(run('## 一、部门基本情况\n对元氏县医疗保障局部门2025年整体支出情况实施了财政支出绩效自评价。').findings).toEqual([]);
    expect(run('## 一、收入支出决算总体情况说明\n2025年度收入总计100.00万元。与2024年相比，收入总计增加1.00万元。').findings).toEqual([]);
  });

  it('reports a body about another year, naming both', () => {
    const { findings } = run('## 一、部门基本情况\n对元氏县医疗保障局部门2024年整体支出情况实施了财政支出绩效自评价。');
    expect(findings[0]).toMatchObject({ rule: 'N-24', severity: 'error', expected: '2025', actual: '2024' });
    expect(run('## 一、收入支出决算总体情况说明\n2024年度收入总计100.00万元。').findings).toHaveLength(1);
  });

  it('is not evaluable without a title year', () => {
    const { summary } = runNarrative([N_24], { text: '## 一、收入支出决算总体情况说明\n2024年度收入总计100.00万元。', facts: [] });
    expect(summary.rules.passed + summary.rules.failed + summary.rules.notEvaluable).toBe(1);
  });
});
