import { describe, expect, it } from 'vitest';
import { runNarrative } from '../../../../test/support/narrative.js';
import { M_05 } from './M-05.js';

const run = (text: string, notes?: Record<string, string>) => runNarrative([M_05], { text, facts: [], ...(notes ? { tables: ['T07'], notes } : {}) });

describe('M-05 模板中的占位符和填写说明已替换、删除', () => {
  it('passes a filled-in text, with document numbers in 【】 and × as a product sign', () => {
    const text = [
      '## 一、收入支出决算总体情况说明',
      '2024年度收入支出总计2262.43万元。与2023年度相比，收入支出总计减少3070.80万元，下降57.58%。',
      '## 十、预算绩效管理情况',
      '依据新财预【2022】342号文件，按分值10分×执行率计算执行率得分。',
    ].join('\n');
    const { findings, summary } = run(text);
    expect(findings).toEqual([]);
    expect(summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('errs on placeholders left for figures and names, wrapped or in full width: one finding for every place, one for the wording', () => {
    const text = [
      '## 一、收入支出决算总体情况说明',
      '上海市ＸＸ局2024年度收入支出总计 XXX',
      '万元。与2023年度相比，收入支出总计增加（减少）XXX 万元，增长（下降）XX%。主要原因：XXXXXXXX。（如持平作持平表述）',
      '## 二、收入决算情况说明',
      '2024年度收入合计XXX万元。',
    ].join('\n');
    const { findings } = run(text);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({ rule: 'M-05', severity: 'error', actual: 'ＸＸ' });
    expect(findings[0]?.message).toContain('2 个部分（一、收入支出决算总体情况说明、二、收入决算情况说明）留有模板的占位符：“ＸＸ”、“XXX”、“XX”、“XXXXXXXX”（共 6 处）');
    expect(findings[0]?.sources).toEqual([{ line: 2 }, { line: 3 }, { line: 5 }]);
    expect(findings[1]).toMatchObject({ severity: 'warning', actual: '增加（减少）' });
    expect(findings[1]?.message).toContain('“增加（减少）”、“增长（下降）”、“（如持平作持平表述）”（共 3 处）');
  });

  it('warns on instructions and unchosen wording left in a filled-in text, and on a bracketed gap', () => {
    const three = '## 七、财政拨款“三公”经费支出决算情况说明\n2024年度“三公”经费财政拨款支出决算数比2023年度减少0.15万元，下降（增长）27.78%。';
    expect(run(three).findings).toMatchObject([{ severity: 'warning', actual: '下降（增长）' }]);
    expect(run('## 一、主要职能\n【主要职能：请补充】').findings).toMatchObject([{ severity: 'warning' }]);
    const note = { T07: '无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：说明：本局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。' };
    expect(run('## 一、收入支出决算总体情况说明\n2024年度收入支出总计100.00万元。', note).findings).toMatchObject([
      { severity: 'warning', location: { table: 'T07' }, actual: '仍保留该表格式' },
    ]);
  });
});
