import { describe, expect, it } from 'vitest';
import { draftFixture } from '../../../test/support/draft-fixtures.js';
import { scaledDisclosure } from '../../../test/support/draft-prior.js';
import { DraftContext } from '../context.js';
import { paragraphText } from '../runs.js';
import { generalBudget } from './general-budget.js';

const texts = (ctx: DraftContext) => generalBudget(ctx).map((s) => [s.heading, ...s.paragraphs.map((p) => paragraphText(p))]);

describe('§五 一般公共预算财政拨款支出决算情况', () => {
  it('writes 总体, 结构 by 类 and 具体 by 项 with gaps for 年初预算', () => {
    const [head, overall, structure, detail] = texts(new DraftContext(draftFixture()));
    expect(head).toEqual(['五、一般公共预算财政拨款支出决算情况说明']);
    expect(overall).toEqual([
      '（一）一般公共预算财政拨款支出决算总体情况',
      '2024年度一般公共预算财政拨款支出100.00万元，占本年支出合计的100.00%。',
      '与上年相比，一般公共预算财政拨款支出的增减额和增减率【上年数：请补充】。主要原因是【主要原因：请补充】。',
    ]);
    expect(structure).toEqual([
      '（二）一般公共预算财政拨款支出决算结构情况',
      '2024年度一般公共预算财政拨款支出100.00万元，主要用于以下方面：社会保障和就业支出（类）10.00万元，占比10.00%；卫生健康支出（类）90.00万元，占比90.00%。',
    ]);
    expect(detail![1]).toBe('2024年度一般公共预算财政拨款支出年初预算为【年初预算：请补充】，支出决算为100.00万元，完成年初预算的【完成比例：请补充】。具体情况如下：');
    expect(detail![3]).toBe(
      '2. 卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：年初预算为【年初预算：请补充】，支出决算为60.00万元，完成年初预算的【完成比例：请补充】。决算数与年初预算数的差异及原因【请补充】。',
    );
    expect(detail).toHaveLength(5);
  });

  it('computes completion rates from the 年初预算 the user gives, and uses the reasons', () => {
    const current = draftFixture();
    const ctx = new DraftContext(current, {
      prior: scaledDisclosure(current, '0.8'),
      initialBudgets: { 合计: '120.00', '2080505': '10', '2101501': '0', '2101502': '45.00' },
      reasons: { 'general-detail:2101502': '部分项目延至下年实施' },
    });
    const [, overall, , detail] = texts(ctx);
    expect(overall![2]).toBe('与上年相比，一般公共预算财政拨款支出增加20.00万元，增长25.00%。主要原因是【主要原因：请补充】。');
    expect(detail![1]).toBe('2024年度一般公共预算财政拨款支出年初预算为120.00万元，支出决算为100.00万元，完成年初预算的83.33%。具体情况如下：');
    expect(detail![2]).toContain('年初预算为10.00万元，支出决算为10.00万元，完成年初预算的100.00%。决算数与年初预算数一致。');
    // a zero budget has no completion rate
    expect(detail![3]).toContain('年初预算为0.00万元，支出决算为60.00万元（年初未安排预算，不计算完成比例）。决算数与年初预算数存在差异，主要原因是【主要原因：请补充】。');
    expect(detail![4]).toContain('完成年初预算的66.67%。决算数与年初预算数存在差异，主要原因是部分项目延至下年实施。');
  });

  it('is a gap without 公开05', () => {
    expect(texts(new DraftContext(draftFixture({ without: ['T05'] })))).toEqual([
      ['五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出【本部门未公开一般公共预算财政拨款支出决算表，请补充】。'],
    ]);
  });
});
