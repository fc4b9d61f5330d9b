import { describe, expect, it } from 'vitest';
import { cleanTitle, isDepartmentTitle, isPerformanceTableTitle, isReportTitle, nameFromTitle } from './titles.js';

describe('绩效 titles', () => {
  it('recognises table titles in their variants, and not sentences that mention them', () => {
    expect(isPerformanceTableTitle('## 2024年省级财政医疗救助补助资金项目支出绩效自评表 (2024年度)')).toBe(true);
    expect(isPerformanceTableTitle('医疗救助资金转移支付绩效目标自评表')).toBe(true);
    expect(isPerformanceTableTitle('部门整体支出绩效自评情况表')).toBe(true);
    expect(isPerformanceTableTitle('医疗服务与保障能力提升补助资金转移支付项目绩效目标申报表')).toBe(true);
    expect(isPerformanceTableTitle('下一步改进措施。（项目自评表见附件）。')).toBe(false);
    expect(isPerformanceTableTitle('2023 年度部分预算项目支出自评表详见“第五部分附件”。')).toBe(false);
  });

  it('recognises report titles', () => {
    expect(isReportTitle('《山西省汾阳市城乡医疗救助资金转移支付2024年度绩效自评报告》')).toBe(true);
    expect(isReportTitle('2022年柳林县医疗保险服务中心 整体支出绩效管理自评报告')).toBe(true);
    expect(isReportTitle('专项预算项目绩效评价报告')).toBe(true);
    expect(isReportTitle('形成本评价报告。')).toBe(false);
  });

  it('takes the project name out of a title', () => {
    expect(nameFromTitle('2024年省级财政医疗救助补助资金项目支出绩效自评表 (2024年度)')).toBe('2024年省级财政医疗救助补助资金');
    expect(nameFromTitle('医疗救助资金转移支付绩效目标自评表')).toBe('医疗救助资金');
    expect(cleanTitle('附表：部门预算项目支出绩效自评表（2024年度）')).toBe('部门预算项目支出绩效自评表');
    expect(isDepartmentTitle('部门整体支出绩效自评情况表')).toBe(true);
    expect(isDepartmentTitle('临时工工资项目支出绩效自评表')).toBe(false);
  });
});
