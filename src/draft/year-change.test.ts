import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { paragraph, paragraphText } from './runs.js';
import { draftFixture } from '../../test/support/draft-fixtures.js';
import { DraftContext } from './context.js';
import { changeReason, comparedWithPrior, unchanged } from './year-change.js';

const m = (value: string, unit = '万元') => ({ value: new Big(value), unit });
const say = (current: string, prior?: string, priorUnit?: string) =>
  paragraphText(paragraph(comparedWithPrior('收入总计', m(current), prior === undefined ? undefined : m(prior, priorUnit))));

describe('comparedWithPrior', () => {
  it('states a decrease as amount and rate (seed 000 §一)', () => {
    expect(say('2262.43', '5333.23')).toBe('与上年相比，收入总计减少3,070.80万元，下降57.58%');
  });

  it('states an increase', () => {
    expect(say('373.64', '339.42')).toBe('与上年相比，收入总计增加34.22万元，增长10.08%');
  });

  it('says 新增 on a zero prior base instead of a rate', () => {
    expect(say('93.00', '0')).toBe('与上年相比，收入总计增加93.00万元（上年无此项，为新增，不计算增长率）');
  });

  it('says 持平 when nothing changed, and leaves a gap when last year is unknown', () => {
    expect(say('10.00', '10')).toBe('收入总计与上年持平');
    expect(say('10.00')).toBe('与上年相比，收入总计的增减额和增减率【上年数：请补充】');
  });

  it('converts a prior year printed in 元', () => {
    expect(say('1.00', '5000.00', '元')).toBe('与上年相比，收入总计增加0.50万元，增长100.00%');
  });
});

describe('comparedWithPrior lead words', () => {
  it('can leave out the opening words for a second clause', () => {
    expect(paragraphText(paragraph(comparedWithPrior('支出总计', m('2262.43'), m('5333.23'), '')))).toBe('支出总计减少3,070.80万元，下降57.58%');
  });
});

describe('changeReason', () => {
  it('asks for a reason after a change or an unknown one, not after 持平', () => {
    const ctx = new DraftContext(draftFixture(), { reasons: { x: '人员调入。' } });
    expect(paragraphText(paragraph(changeReason(ctx, 'x', m('10.00'), m('8.00'))))).toBe('主要原因是人员调入。');
    expect(paragraphText(paragraph(changeReason(ctx, 'y', m('10.00'), undefined)))).toBe('主要原因是【主要原因：请补充】。');
    // 100,000.00元 is 10.00万元: unchanged across units
    expect(unchanged(m('10.00'), m('100000.00', '元'))).toBe(true);
    expect(changeReason(ctx, 'x', m('10.00'), m('100000.00', '元'))).toEqual([]);
  });
});
