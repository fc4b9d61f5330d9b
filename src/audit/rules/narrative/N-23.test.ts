import { describe, expect, it } from 'vitest';
import { cells } from '../../../../test/support/disclosure.js';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_23 } from './N-23.js';

const run = (text: string, facts = cells('T05', { '2101506': { 小计: '69.62' } })) => runNarrative([N_23], { text, facts });
const flags = (text: string, facts?: Parameters<typeof run>[1]) => run(text, facts).findings.map((f) => `${f.rule} ${f.severity} ${f.actual}`);

describe('N-23 说明中的金额带单位、比率带百分号', () => {
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
});
