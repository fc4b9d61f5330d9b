import { describe, expect, it } from 'vitest';
import { runNarrative } from '../../../../test/support/narrative.js';
import { D_02 } from './D-02.js';

const run = (text: string) => runNarrative([D_02], { text, facts: [] });

describe('D-02 文字中没有重复的标点', () => {
  it('passes clean punctuation, the ellipsis and the dash', () => {
    const { findings, summary } = run('## 一、收入支出决算总体情况说明\n收入总计2262.43万元，主要原因是……机构改革——职能划转。');
    expect(findings).toEqual([]);
    expect(summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('notes doubled punctuation as info, also where a line break falls between the two marks', () => {
    const { findings } = run('## 一、收入支出决算总体情况说明\n主要原因是本年度决算中增加了城乡医疗救助资金的决算。。\n推进医疗保障基金支付方式改革。，组织实施全市药品，\n，医用耗材采购政策');
    expect(findings).toMatchObject([{ rule: 'D-02', severity: 'info', actual: '。。' }]);
    expect(findings[0]?.message).toContain('“。。”、“。，”、“，，”（共 3 处）');
    expect(findings[0]?.sources).toEqual([{ line: 2 }, { line: 3 }]);
  });
});
