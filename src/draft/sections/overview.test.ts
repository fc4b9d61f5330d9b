import { describe, expect, it } from 'vitest';
import { cells } from '../../../test/support/disclosure.js';
import { draftFixture } from '../../../test/support/draft-fixtures.js';
import { scaledDisclosure } from '../../../test/support/draft-prior.js';
import { DraftContext } from '../context.js';
import type { DraftSection } from '../drafted.js';
import { paragraphText } from '../runs.js';
import { fiscalTotal, incomeExpenditureTotal } from './overview.js';

const texts = (s: DraftSection) => s.paragraphs.map((p) => paragraphText(p));

describe('§一 收入支出决算总体情况', () => {
  it('states both totals and their parts, and leaves the change as a gap without last year', () => {
    const s = incomeExpenditureTotal(new DraftContext(draftFixture()));
    expect(s.heading).toBe('一、收入支出决算总体情况说明');
    expect(texts(s)).toEqual([
      '2024年度收入总计105.00万元，支出总计105.00万元。其中：本年收入合计100.00万元，年初结转和结余5.00万元；本年支出合计100.00万元，年末结转和结余5.00万元。',
      '与上年相比，收入总计、支出总计的增减额和增减率【上年数：请补充】。主要原因是【主要原因：请补充】。',
    ]);
  });

  it('states the change against last year with the reason the user gives', () => {
    const current = draftFixture();
    const s = incomeExpenditureTotal(new DraftContext(current, { prior: scaledDisclosure(current, '0.5'), reasons: { 'income-expenditure-total': '新增医疗救助项目。' } }));
    expect(texts(s)[1]).toBe('与上年相比，收入总计增加52.50万元，增长100.00%；支出总计增加52.50万元，增长100.00%。主要原因是新增医疗救助项目。');
  });

  it('says nothing of a reason when nothing changed', () => {
    const current = draftFixture();
    expect(texts(incomeExpenditureTotal(new DraftContext(current, { prior: current })))[1]).toBe('收入总计与上年持平；支出总计与上年持平。');
  });

  it('mentions 使用非财政拨款结余 only when there is some, and works in 元', () => {
    const d = draftFixture({ unit: '元', facts: cells('T01', { 使用非财政拨款结余: { 金额: '1234567.80' } }) });
    expect(texts(incomeExpenditureTotal(new DraftContext(d)))[0]).toContain('本年收入合计100.00元，使用非财政拨款结余1,234,567.80元，年初结转和结余5.00元');
  });

  it('is a gap when 公开01 is missing', () => {
    expect(texts(incomeExpenditureTotal(new DraftContext(draftFixture({ without: ['T01'] }))))).toEqual(['2024年度收入总计、支出总计【本部门未公开收入支出决算总表，请补充】。']);
  });
});

describe('§四 财政拨款收支决算总体情况', () => {
  it('states 公开04 totals, balances and change', () => {
    const current = draftFixture();
    const s = fiscalTotal(new DraftContext(current, { prior: scaledDisclosure(current, '1.05') }));
    expect(texts(s)).toEqual([
      '2024年度财政拨款收入总计105.00万元，支出总计105.00万元。其中：本年收入合计100.00万元，年初财政拨款结转和结余5.00万元；本年支出合计100.00万元，年末财政拨款结转和结余5.00万元。',
      // prior 110.25: 105.00 − 110.25 = −5.25; 5.25 / 110.25 = 4.76%
      '与上年相比，财政拨款收入总计减少5.25万元，下降4.76%；财政拨款支出总计减少5.25万元，下降4.76%。主要原因是【主要原因：请补充】。',
    ]);
  });
});
