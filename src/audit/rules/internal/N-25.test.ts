import { describe, expect, it } from 'vitest';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_25 } from './N-25.js';

const text = (carried: string) =>
  [
    '## 一、收入支出决算总体情况说明',
    '2024年度收、支总计2280.29万元。',
    '## 二、收入决算情况说明',
    '2024年度本年收入合计2252.3万元，其中：一般公共预算财政拨款收入2252.3万元，占100%。',
    '## （一）部门财政资金收入情况',
    `我局2024年决算收入2280.29万元，其中：一般公共预算财政拨款收入2252.3万元，年初结转资金${carried}万元。`,
  ].join('\n');

describe('N-25 收入总计等于本年收入合计、使用非财政拨款结余与年初结转和结余之和', () => {
  it('passes a carry-over that balances the totals', () => {
    expect(runNarrative([N_25], { text: text('27.99'), facts: [] }).findings).toEqual([]);
  });

  it('reports a carry-over that does not, with the balancing figure', () => {
    const { findings } = runNarrative([N_25], { text: text('0.15'), facts: [] });
    expect(findings[0]).toMatchObject({ rule: 'N-25', severity: 'error', expected: '27.99万元', actual: '0.15万元' });
  });
});
