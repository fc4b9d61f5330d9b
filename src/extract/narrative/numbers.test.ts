import { describe, expect, it } from 'vitest';
import { findNumbers } from './numbers.js';

const read = (text: string) => findNumbers(text).map((t) => `${t.value}|${t.unit}`);

describe('findNumbers', () => {
  it('reads amounts, percentages and counts with the unit as written', () => {
    expect(read('收入总计2,262.43万元，下降57.58%，增长 10.08 ％，共有车辆2辆，设备0台（套），接待17批次136人次')).toEqual([
      '2262.43|万元',
      '57.58|%',
      '10.08|%',
      '2|辆',
      '0|台（套）',
      '17|批次',
      '136|人次',
    ]);
    expect(read('涉及资金69.62元，43.30121万元，增长∞%')).toEqual(['69.62|元', '43.30121|万元', '∞|%']);
  });

  it('reads full-width digits as the digits they are, keeping the number as printed', () => {
    const [amount, rate] = findNumbers('支出决算１２３４．５６万元，完成年初预算的９８．６１％');
    expect(amount).toMatchObject({ value: '1234.56', unit: '万元', written: '１２３４．５６万元' });
    expect(rate).toMatchObject({ value: '98.61', unit: '%' });
    expect(read('２０２４年度收入总计１００万元')).toEqual(['100|万元']);
  });

  it('keeps bare numbers (the unit rule reports them) and 万 without 元', () => {
    expect(read('2025年预算收入5850.45其中：一般公共预算收入5850.45万元')).toEqual(['5850.45|', '5850.45|万元']);
    expect(read('支出 0.39 万。')).toEqual(['0.39|万']);
  });

  it('leaves out dates, years, ordinals, references, code markers, targets and thresholds', () => {
    expect(read('截至2024年12月31日，1-6月，第3条')).toEqual([]);
    expect(read('1、保障工资；2. 决策指标；（1）数量；指标1：医疗救助')).toEqual([]);
    expect(read('《汾阳市财政局关于开展2024年度绩效自评工作的通知》（汾财绩[2025]20号）元发﹝2019﹞7号')).toEqual([]);
    expect(read('(208类)(05款)(01项)，救助比率 $\\geq 70\\%$，满意度达98%以上，大于90%')).toEqual([]);
    expect(read('单价100万元（含）以上设备，单价100万元以上专用设备，接受咨询1万余次')).toEqual([]);
    expect(read('按照4000元/人标准，每人146元')).toEqual([]);
    expect(read('打造“15分钟社区生活圈”，建成15 分钟医保便民服务区')).toEqual([]);
    expect(read('项目自评得分95分')).toEqual(['95|分']);
  });
});
