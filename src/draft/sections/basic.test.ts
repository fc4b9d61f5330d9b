import { describe, expect, it } from 'vitest';
import { cells } from '../../../test/support/disclosure.js';
import { draftFixture } from '../../../test/support/draft-fixtures.js';
import { DraftContext } from '../context.js';
import { paragraphText } from '../runs.js';
import { basic, MAIN_ITEMS } from './basic.js';

const text = (ctx: DraftContext) => basic(ctx).paragraphs.map((p) => paragraphText(p)).join('\n');

describe('§六 基本支出', () => {
  it('splits 基本支出 into 人员经费 and 公用经费 with their largest items', () => {
    expect(text(new DraftContext(draftFixture()))).toBe(
      '2024年度一般公共预算财政拨款基本支出70.00万元，其中：人员经费55.00万元，主要包括：基本工资45.00万元、机关事业单位基本养老保险缴费10.00万元；公用经费15.00万元，主要包括：办公费9.00万元、公务用车运行维护费6.00万元。',
    );
  });

  it(`names at most ${MAIN_ITEMS} items of a group, largest first`, () => {
    const d = draftFixture({ facts: cells('T06', { '30102': { 决算数: '1.00' }, '30103': { 决算数: '2.00' }, '30107': { 决算数: '3.00' }, '30109': { 决算数: '4.00' } }) });
    const personnel = text(new DraftContext(d)).split('；')[0]!;
    expect(personnel).toContain('基本工资45.00万元、机关事业单位基本养老保险缴费10.00万元、职业年金缴费4.00万元、绩效工资3.00万元、奖金2.00万元');
    expect(personnel).not.toContain('津贴补贴');
  });

  it('is a gap for the split when 公开06 is missing', () => {
    expect(text(new DraftContext(draftFixture({ without: ['T06'] })))).toBe('2024年度一般公共预算财政拨款基本支出70.00万元，其中人员经费、公用经费【本部门未公开基本支出决算明细表，请补充】。');
  });
});
