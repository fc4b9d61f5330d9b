import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { UNIT_RULES } from './units.js';

const run = (text: string, facts = cells('T05', { '2101506': { 小计: '69.62' } })) => runNarrative(UNIT_RULES, { text, facts });
const flags = (text: string, facts?: Parameters<typeof run>[1]) => run(text, facts).findings.map((f) => `${f.rule} ${f.severity} ${f.actual}`);

describe('units as written', () => {
  it('reports an amount without its unit and a rate without its percent sign', () => {
    expect(flags('## 四、财政拨款收入支出决算总体情况说明\n2024年度财政拨款收、支总计2280.29。')).toEqual(['N-23 error 2280.29']);
    expect(flags('## （一）总体情况\n与上年相比，一般公共预算财政拨款支出增加1,234.56万元，增长 13.95。')).toEqual(['N-23 error 13.95']);
    expect(flags('## （2）部门收支预决算情况\n2025年预算收入5850.45其中：一般公共预算收入5850.45万元。')).toEqual(['N-23 error 5850.45']);
  });

  it('passes counts, zeros and figures with units, and warns on 万 without 元', () => {
    expect(flags('## 四、财政拨款收入支出决算总体情况说明\n2024年度财政拨款收、支总计2280.29万元，下降8.77%。')).toEqual([]);
    expect(flags('## （一）项目情况\n透析人次为16563，政府性基金预算支出0。')).toEqual([]);
    expect(flags('## 七、政府性基金预算财政拨款收支决算情况说明\n本年收入0.39 万。')).toEqual(['N-23 warning 0.39 万']);
  });

  it('reports a 万元 figure written in 元 (an amount the document prints in 万元)', () => {
    expect(flags('## 1、预算绩效管理工作开展情况\n二级项目绩效自评个数2个，涉及资金69.62元。')).toEqual(['N-23U error 69.62元']);
    expect(flags('## 1、预算绩效管理工作开展情况\n二级项目绩效自评个数2个，涉及资金68.62元。')).toEqual([]);
  });
});
