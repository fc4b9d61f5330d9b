import { describe, expect, it } from 'vitest';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_00 } from './N-00.js';

describe('N-00 说明中未能确定所指对象的数字（未核对）', () => {
  it('lists numbers of unknown subject per sentence as not checked (info), never dropped', () => {
    const { findings } = runNarrative([N_00], { text: '## 1、预算绩效管理工作开展情况\n涵盖一级项目7个，共涉及资金1648.71万元，占本单位项目支出总额的99.9%。\n', facts: [] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', location: { quote: '涵盖一级项目7个，共涉及资金1648.71万元，占本单位项目支出总额的99.9%。' } });
    expect(findings[0]?.message).toContain('“1648.71万元”');
  });

  it('lists nothing when every number’s subject is known', () => {
    expect(runNarrative([N_00], { text: '## 一、收入支出决算总体情况说明\n2024年度收入总计100.00万元。\n', facts: [] }).findings).toEqual([]);
  });
});
