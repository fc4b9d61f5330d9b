import { describe, expect, it } from 'vitest';
import { readText } from '../../read/text-reader.js';
import { findReports, readReport } from './report.js';

const REPORT = [
  '附件3：',
  '示例县医疗保障局部门',
  '2025年度整体支出绩效自评报告',
  '一、部门基本情况',
  '预算收支情况：项目支出主要包括：退役士兵安置费21.8万元、宣传活动经费3.6万元。',
  '预算调整后项目预算支出21.63351万元，项目支出主要包括：退役士兵安置费21.63351万元、宣传活动经费0万元。',
  '（二）分项绩效目标实现情况',
  '退役士兵安置年初预算21.8万元，完成年初预算98%，执行支出21.63351万元。',
  '宣传经费项目完成情况：开展宣传，实际支出0万元，完成率100%；',
  '我局决算收入30万元，其中：财政拨款收入29万元，年初结转资金0.15万元。',
  '四、评价结论和评价等级',
  '根据履职情况进行综合评价，给出得分96分，得出综合绩效评价等级为优秀。',
  '专项预算项目绩效评价报告',
  '（大病医疗救助费用）',
  '四、评价结论',
  '本项目资金全年共支出140万元，支出进度为100%。该项目得99.75分。',
  '市、县（区）\t实际到位金额（万元）\t实际支出金额（万元）\t预算执行率',
  '示例县\t30\t20.29\t67.6%',
].join('\n');

describe('stand-alone 自评 reports', () => {
  const blocks = readText('t.txt', REPORT).blocks;
  const spans = findReports(blocks, () => false);

  it('finds each report, joining a title that names no subject with the line above', () => {
    expect(spans.map((s) => [s.title, s.name])).toEqual([
      ['示例县医疗保障局部门2025年度整体支出绩效自评报告', undefined],
      ['专项预算项目绩效评价报告', '大病医疗救助费用'],
    ]);
    expect(spans[0]!.end).toBe(spans[1]!.start);
  });

  it('reads the score, grade, project lines and breakdowns of a 整体 report', () => {
    const e = readReport(blocks, spans[0]!);
    expect(e).toMatchObject({ kind: 'report', level: 'department', name: '示例县医疗保障局部门', totalScore: '96', grade: '优秀' });
    expect(e.funding.filter((f) => f.rate).map((f) => [f.label, f.rate, f.rateBasis])).toEqual([
      ['退役士兵安置', '98', 'initialBudget'],
      ['宣传经费', '100', 'budget'],
    ]);
    expect(e.funding.filter((f) => f.label === '宣传活动经费').map((f) => f.initialBudget ?? f.annualBudget)).toEqual(['3.6', '0']);
    expect(e.breakdowns?.[0]).toMatchObject({ value: '30', parts: [{ value: '29' }, { value: '0.15' }] });
  });

  it('reads a project report: its bracketed name, score and a money grid inside it', () => {
    const e = readReport(blocks, spans[1]!);
    expect(e).toMatchObject({ level: 'project', name: '大病医疗救助费用', totalScore: '99.75' });
    expect(e.funding.find((f) => f.role === 'total')).toMatchObject({ label: '示例县', annualBudget: '30', executed: '20.29', rate: '67.6' });
  });
});
