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

  it('reads the year of headings, table titles and the year-end date, wrapped and in full-width digits, as one finding per year', () => {
    const text = [
      '## 第三部分 2023年度部门决算情况说明',
      '## 十、其他重要事项的情况说明',
      '### （三）国有资产占用情况说明',
      '截至２０２３年１２',
      '月３１日，本部门共有车辆2辆。',
    ].join('\n');
    const { findings } = run(text, 2024);
    expect(findings).toMatchObject([{ severity: 'error', expected: '2024', actual: '2023', location: { quote: '第三部分 2023年度部门决算情况说明' } }]);
    expect(findings[0]?.sources).toHaveLength(2);
    expect(findings[0]?.message).toContain('另有 1 处（“截至２０２３年１２月３１日”）也写作2023年');
  });

  it('leaves other dates and years alone: mid-year dates, two year-ends compared, project names', () => {
    const text = [
      '## 第三部分 2024年度部门决算情况说明',
      '截至2025年6月底，上述问题已整改完成。截至2024年12月31日共有车辆2辆，截至2023年12月31日为3辆。',
      '## 2023年中央财政医疗服务与保障能力提升补助资金项目支出绩效自评表',
      '项目年初预算62万元。该项目截至2023年底累计投入500万元。',
      '## （五）2023年度决算审计发现问题整改情况',
      '已全部整改。',
    ].join('\n');
    const { findings, summary } = run(text, 2024);
    expect(findings).toEqual([]);
    expect(summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });
});
