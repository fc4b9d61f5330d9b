import { describe, expect, it } from 'vitest';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_02 } from './N-02.js';

const OVERVIEW = '## 一、收入支出决算总体情况说明\n';
const run = (text: string) => runNarrative([N_02], { text: OVERVIEW + text, facts: [] });

describe('N-02 增减率等于增减额除以上年数（上年为零时不得给出增减率）', () => {
  it('passes a change that computes (3,070.80 / 5,333.23 = 57.58%)', () => {
    expect(run('2024年度收入总计2,262.43万元。与上年相比，收入总计减少3,070.80万元，下降57.58%。').findings).toEqual([]);
    expect(run('住房保障支出43.93万元，较上年决算减少4.40万元，下降9.1%。').findings).toEqual([]);
  });

  it('reports a wrong rate with the prior-year base and the recomputed rate', () => {
    const { findings } = run('2024年度收入总计2,262.43万元。与上年相比，收入总计减少3,070.80万元，下降55.58%。');
    expect(findings[0]).toMatchObject({ rule: 'N-02', severity: 'error', expected: '57.58%', actual: '55.58%' });
    expect(findings[0]?.message).toContain('5333.23万元');
  });

  it('warns on a rate on a zero prior base, errs on a printed "∞%", and reports a rate of the wrong direction', () => {
    const zero = run('2022年度收入总计930,000.00元。与上年相比，收入总计增加930,000.00元，增长100.00%。').findings;
    expect(zero).toMatchObject([{ severity: 'warning', expected: '新增（无增减率）', actual: '100.00%' }]);
    expect(zero[0]?.message).toContain('上年为零');
    const infinity = run('2022年度收入总计930,000.00元。与上年相比，收入总计增加930,000.00元，增长∞%。').findings;
    expect(infinity).toMatchObject([{ severity: 'error', actual: '∞%' }]);
    expect(infinity[0]?.message).toMatch(/∞.*除以零/);
    expect(run('2024年度收入总计110.00万元。与上年相比，收入总计增加10.00万元，下降10.00%。').findings[0]?.message).toContain('增减方向与金额相反');
  });
});
