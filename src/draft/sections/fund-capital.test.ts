import { describe, expect, it } from 'vitest';
import { cells } from '../../../test/support/disclosure.js';
import { draftFixture } from '../../../test/support/draft-fixtures.js';
import { DraftContext } from '../context.js';
import type { DraftSection } from '../drafted.js';
import { paragraphText } from '../runs.js';
import { governmentFund, stateCapital } from './fund-capital.js';

const text = (s: DraftSection) => s.paragraphs.map((p) => paragraphText(p)).join('\n');

describe('§七 政府性基金 and §八 国有资本经营', () => {
  it('states there was no such money when the tables are empty', () => {
    const ctx = new DraftContext(draftFixture());
    expect(text(governmentFund(ctx))).toBe('2024年度本部门没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，本年度无此项收支。');
    expect(text(stateCapital(ctx))).toBe('2024年度本部门没有使用国有资本经营预算财政拨款安排的支出，本年度无此项支出。');
  });

  it('states income, spending and the items spent on from 公开07', () => {
    const d = draftFixture({
      facts: cells('T07', {
        合计: { 本年收入: '93.00', 本年支出小计: '93.00', 本年支出项目支出: '93.00' },
        '229': { 本年收入: '93.00', 本年支出小计: '93.00', 本年支出项目支出: '93.00' },
        '22960': { 本年收入: '93.00', 本年支出小计: '93.00', 本年支出项目支出: '93.00' },
        '2296013': { 本年收入: '93.00', 本年支出小计: '93.00', 本年支出项目支出: '93.00' },
      }),
    });
    expect(text(governmentFund(new DraftContext(d, { prior: draftFixture() })))).toBe(
      [
        '2024年度政府性基金预算财政拨款本年收入93.00万元，政府性基金预算财政拨款支出93.00万元，其中：基本支出0.00万元，项目支出93.00万元。',
        '与上年相比，政府性基金预算财政拨款支出增加93.00万元（上年无此项，为新增，不计算增长率）。主要原因是【主要原因：请补充】。',
        '主要用于：其他支出（类）彩票公益金安排的支出（款）用于城乡医疗救助的彩票公益金支出（项）。',
      ].join('\n'),
    );
  });

  it('is a gap when the table is not published', () => {
    expect(text(stateCapital(new DraftContext(draftFixture({ without: ['T08'] }))))).toBe('2024年度国有资本经营预算财政拨款支出情况【本部门未公开国有资本经营预算财政拨款支出决算表，请补充】。');
  });
});
