import { describe, expect, it } from 'vitest';
import { draftFixture } from '../../../test/support/draft-fixtures.js';
import { scaledDisclosure } from '../../../test/support/draft-prior.js';
import { DraftContext } from '../context.js';
import { paragraphText } from '../runs.js';
import { threePublic } from './three-public.js';

const texts = (ctx: DraftContext) => threePublic(ctx).map((s) => [s.heading, ...s.paragraphs.map((p) => paragraphText(p))]);

describe('§九 “三公”经费', () => {
  it('states budget, outturn and completion, without a rate on a zero budget', () => {
    const [, overall, detail] = texts(new DraftContext(draftFixture()));
    expect(overall).toEqual([
      '（一）“三公”经费财政拨款支出决算总体情况说明',
      '2024年度“三公”经费财政拨款支出全年预算数8.00万元，支出决算6.00万元，完成全年预算的75.00%。',
      '与上年相比，“三公”经费财政拨款支出的增减额和增减率【上年数：请补充】。主要原因是【主要原因：请补充】。',
      '因公出国（境）费全年预算数0.00万元，支出决算0.00万元，未安排预算，也未发生支出。',
      '公务用车购置及运行维护费全年预算数6.00万元，支出决算6.00万元，完成全年预算的100.00%，其中：公务用车购置费支出决算0.00万元，公务用车运行维护费支出决算6.00万元。',
      '公务接待费全年预算数2.00万元，支出决算0.00万元，完成全年预算的0.00%。',
    ]);
    // counts of components without money are 0; the others are gaps until the user gives them
    expect(detail).toEqual([
      '（二）“三公”经费财政拨款支出决算具体情况说明',
      '1. 因公出国（境）费支出决算0.00万元，全年使用财政拨款组织因公出国（境）团组0个、0人次。',
      '2. 公务用车购置费支出决算0.00万元，使用财政拨款购置公务用车0辆。',
      '3. 公务用车运行维护费支出决算6.00万元，使用财政拨款负担的公务用车保有量【保有量：请补充】。',
      '4. 公务接待费支出决算0.00万元，共接待0批次、0人次，其中国内接待0批次、0人次，外事接待0批次、0人次。',
    ]);
  });

  it('uses the counts and last year the user gives', () => {
    const current = draftFixture();
    const [, overall, detail] = texts(new DraftContext(current, { prior: scaledDisclosure(current, '1.2'), threePublicCounts: { 保有量: '1' } }));
    expect(overall![2]).toBe('与上年相比，“三公”经费财政拨款支出减少1.20万元，下降16.67%。主要原因是【主要原因：请补充】。');
    expect(overall![4]).toContain('。与上年相比，公务用车购置及运行维护费减少1.20万元，下降16.67%。');
    expect(detail![3]).toBe('3. 公务用车运行维护费支出决算6.00万元，使用财政拨款负担的公务用车保有量1辆。');
  });

  it('says there was no 三公 spending when 公开09 is empty', () => {
    const d = draftFixture({ without: ['T09'] });
    const empty = { ...d, document: { ...d.document, tables: [...d.document.tables, 'T09' as const] } };
    const [head, detail] = texts(new DraftContext(empty));
    expect(head![1]).toBe('2024年度本部门没有使用财政拨款安排“三公”经费支出，因公出国（境）费、公务用车购置及运行维护费、公务接待费均未发生。');
    expect(detail).toHaveLength(5);
  });
});
