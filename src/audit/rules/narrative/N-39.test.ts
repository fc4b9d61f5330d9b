import { describe, expect, it } from 'vitest';
import { jiangsuBudget, shanghaiBudget } from '../../../../test/support/budget-fixture.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_39 } from './N-39.js';

const OVERVIEW = '## 一、关于2018年度收支预算总表的说明\n';
const jiangsu = (text: string) => runNarrative([N_39], { ...jiangsuBudget(), text });

describe('N-39 预算情况说明中的预算数与预算表一致', () => {
  it('passes budget figures the tables print', () => {
    const { findings, summary } = jiangsu(`${OVERVIEW}2018年度收入、支出预算总计100.00万元。其中：基本支出预算60.00万元，项目支出预算38.00万元。\n`);
    expect(findings).toEqual([]);
    expect(summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('reports a budget figure the tables contradict, with both figures', () => {
    const { findings } = jiangsu(`${OVERVIEW}2018年度收入、支出预算总计100.00万元。其中：基本支出预算61.00万元，项目支出预算38.00万元。\n`);
    expect(findings).toMatchObject([{ rule: 'N-39', severity: 'error', actual: '61.00万元', expected: '60.00万元' }]);
    expect(findings[0]?.message).toContain('支出预算总表合计「基本支出」为60.00万元');
  });

  it('compares “三公” budgets with the “三公” table', () => {
    const text = '## 九、“三公”经费预算情况说明\n“三公”经费预算数为3.50万元。\n';
    expect(jiangsu(text).findings).toMatchObject([{ rule: 'N-39', expected: '3.00万元', actual: '3.50万元' }]);
  });

  it('never takes a row the tables do not print for zero (上海 prints no 本年收入合计)', () => {
    const { findings, summary } = runNarrative([N_39], { ...shanghaiBudget(), text: '## 二、收入预算情况说明\n本年收入预算5.00万元。\n' });
    expect(findings).toEqual([]);
    expect(summary.notEvaluable.map((n) => n.rule)).toEqual(['N-39']);
  });
});
