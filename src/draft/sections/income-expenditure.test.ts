import { describe, expect, it } from 'vitest';
import { cells } from '../../../test/support/disclosure.js';
import { draftFixture } from '../../../test/support/draft-fixtures.js';
import { DraftContext } from '../context.js';
import type { DraftSection } from '../drafted.js';
import { paragraphText } from '../runs.js';
import { expenditure, income } from './income-expenditure.js';

const text = (s: DraftSection) => s.paragraphs.map((p) => paragraphText(p)).join('\n');

describe('§二 收入决算情况', () => {
  it('states 财政拨款收入 and each other income type with its exact share', () => {
    const d = draftFixture({
      facts: [...cells('T01', { 本年收入合计: { 金额: '300.00' }, 事业收入: { 金额: '150.00' }, 其他收入: { 金额: '50.00' } }), ...cells('T04', { 本年收入合计: { 金额: '100.00' } })],
    });
    expect(text(income(new DraftContext(d)))).toBe('2024年度本年收入合计300.00万元，其中：财政拨款收入100.00万元，占比33.33%；事业收入150.00万元，占比50.00%；其他收入50.00万元，占比16.67%。');
  });

  it('gives no share of a zero total', () => {
    const d = draftFixture({ facts: [...cells('T01', { 本年收入合计: { 金额: '0.00' } }), ...cells('T04', { 本年收入合计: { 金额: '0.00' } })] });
    expect(text(income(new DraftContext(d)))).toBe('2024年度本年收入合计0.00万元，其中：财政拨款收入0.00万元。');
  });
});

describe('§三 支出决算情况', () => {
  it('always states 基本支出 and 项目支出, other kinds only when spent', () => {
    expect(text(expenditure(new DraftContext(draftFixture())))).toBe('2024年度本年支出合计100.00万元，其中：基本支出70.00万元，占比70.00%；项目支出30.00万元，占比30.00%。');
    const d = draftFixture({ facts: cells('T03', { 合计: { 经营支出: '0.01' } }) });
    expect(text(expenditure(new DraftContext(d)))).toContain('；经营支出0.01万元，占比0.01%。');
  });
});
