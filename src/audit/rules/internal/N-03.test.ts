import { describe, expect, it } from 'vitest';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_03 } from './N-03.js';

const text = (fiscal: string, general: string) =>
  [
    '## 一、收入支出决算总体情况说明',
    '2023 年度收、支总计均为 373.64 万元。与上年度相比，收、支总计各增加 34.22 万元，增长 10.08%。',
    '## 二、收入决算情况说明',
    '2023 年度收入合计 373.64 万元，其中：一般公共预算财政拨款收入 373.64 万元，占 100.00%。',
    '## 四、财政拨款收入支出决算总体情况说明',
    `与上年度相比，财政拨款收、支总计各增加 ${fiscal} 万元。`,
    '## 五、一般公共预算财政拨款支出决算情况说明',
    `与上年度相比，一般公共预算财政拨款支出增加 ${general} 万元，增长 11.10%。`,
  ].join('\n');
const flags = (t: string) => runNarrative([N_03], { text: t, facts: [] }).findings.map((f) => `${f.severity} ${f.expected}→${f.actual}`);

describe('N-03 全部为财政拨款时，收支总计与财政拨款收支总计、一般公共预算支出的增减额一致', () => {
  it('passes equal changes', () => {
    expect(flags(text('34.22', '34.22'))).toEqual([]);
  });

  it('warns when they differ (the prior year may explain it)', () => {
    expect(flags(text('34.22', '37.33'))).toEqual(['warning 34.22 万元→37.33 万元']);
    expect(flags(text('34.20', '34.22'))).toEqual(['warning 34.22 万元→34.20 万元']);
  });

  it('does not compare when income is not all 财政拨款', () => {
    expect(flags(text('34.22', '37.33').replace('占 100.00%', '占 90.00%').replace('一般公共预算财政拨款收入 373.64', '一般公共预算财政拨款收入 336.28'))).toEqual([]);
  });
});
