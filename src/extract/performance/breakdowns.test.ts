import { describe, expect, it } from 'vitest';
import { readBreakdowns } from './breakdowns.js';

const src = { line: 1 };

describe('totals broken down in reports', () => {
  it('reads counts and money of one 其中 list, across 人次 and 人', () => {
    const found = readBreakdowns('2、我县共实施医疗救助6253人次，救助金额719.58万元。其中：一站式救助4173人次，救助金额326.61万元；监测对象救助 2 人，救助金额 2.12 万元。', src);
    expect(found.map((b) => [b.value, b.unit, b.parts.map((p) => p.value).join('+')])).toEqual([
      ['719.58', '万元', '326.61+2.12'],
      ['6253', '人次', '4173+2'],
    ]);
  });

  it('reads a bracketed 其中 as the breakdown of its part', () => {
    const found = readBreakdowns('安排资金1921.97万元，其中中央补助500.05万元，其他资金525.16万元（其中上年结转518.16万元，利息6.99万元）。', src);
    expect(found.map((b) => `${b.label}=${b.value}`)).toEqual(['安排资金=1921.97', '其他资金=525.16']);
    expect(found[0]!.parts).toHaveLength(2);
  });

  it('keeps nothing ambiguous: two totals, parts without a figure, counts of different things', () => {
    expect(readBreakdowns('年初预算数为1176.57万元，执行数为1154.63万元，其中采购预算10万元，执行数为10万元。', src)).toEqual([]);
    expect(readBreakdowns('收入100万元，其中财政拨款60万元，其他。', src)).toEqual([]);
    expect(readBreakdowns('建成站点2040个，其中共建服务点167个；1157家卫生室实现结算。', src)).toEqual([]);
  });
});
