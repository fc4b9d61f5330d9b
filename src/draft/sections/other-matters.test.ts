import { describe, expect, it } from 'vitest';
import { cells } from '../../../test/support/disclosure.js';
import { draftFixture } from '../../../test/support/draft-fixtures.js';
import { scaledDisclosure } from '../../../test/support/draft-prior.js';
import { DraftContext } from '../context.js';
import { paragraphText } from '../runs.js';
import { otherMatters } from './other-matters.js';

const texts = (ctx: DraftContext) => otherMatters(ctx).map((s) => [s.heading, ...s.paragraphs.map((p) => paragraphText(p))]);

describe('§十 其他重要事项', () => {
  it('writes 机关运行经费, 政府采购 and 国有资产 from 公开10', () => {
    const current = draftFixture({ facts: cells('T10', { 参照公务员法管理事业单位: { 统计数: '3.00' } }) });
    const [head, operating, procurement, assets, performance, other] = texts(new DraftContext(current, { prior: scaledDisclosure(current, '0.75'), smallEnterpriseContracts: { total: '15', micro: '5.00' } }));
    expect(head).toEqual(['十、其他重要事项的情况说明']);
    // 12.00 + 3.00; last year 9.00 + 2.25
    expect(operating![1]).toBe('2024年度本部门机关运行经费支出15.00万元。与上年相比，机关运行经费支出增加3.75万元，增长33.33%。主要原因是【主要原因：请补充】。');
    expect(procurement![1]).toBe(
      '2024年度本部门政府采购支出总额20.00万元，其中：政府采购货物支出20.00万元、政府采购工程支出0.00万元、政府采购服务支出0.00万元。授予中小企业合同金额15.00万元，占政府采购支出总额的75.00%，其中授予小微企业合同金额5.00万元，占政府采购支出总额的25.00%。',
    );
    expect(assets![1]).toBe(
      '截至2024年12月31日，本部门共有车辆1辆，其中：副部（省）级及以上领导用车0辆、主要负责人用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部服务用车0辆、其他用车1辆；单价100万元（含）以上设备（不含车辆）0台（套）。',
    );
    expect(performance!.slice(1).every((p) => p.includes('【'))).toBe(true);
    expect(other![1]).toMatch(/^【.*请补充】$/);
  });

  it('derives nothing awarded when nothing was bought, and leaves gaps otherwise', () => {
    const none = draftFixture({ facts: cells('T10', { 政府采购合计: { 统计数: '0.00' }, 货物: { 统计数: '0.00' } }) });
    expect(texts(new DraftContext(none))[2]![1]).toContain('授予中小企业合同金额0.00万元，其中授予小微企业合同金额0.00万元。');
    expect(texts(new DraftContext(draftFixture()))[2]![1]).toContain('授予中小企业合同金额【授予中小企业合同金额：请补充】');
  });

  it('is a gap where 公开10 is not published (河南, 上海 templates)', () => {
    const [, operating, procurement, assets] = texts(new DraftContext(draftFixture({ without: ['T10'] })));
    for (const s of [operating, procurement, assets]) expect(s![1]).toMatch(/【.*请补充】/);
    expect(operating![1]).not.toMatch(/\d万元/);
  });
});
