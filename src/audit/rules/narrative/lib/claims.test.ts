import { describe, expect, it } from 'vitest';
import { narrativeDisclosure } from '../../../../../test/support/narrative.js';
import { explains, nearest, sameSentence, subjectName } from './claims.js';

const { claims } = narrativeDisclosure({
  text: '## 三、支出决算情况说明\n2024年度支出合计2,262.43万元，其中：基本支出612.10万元，占比27.06%。\n## 五、一般公共预算财政拨款支出决算情况说明\n### （三）具体情况\n8. 卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为37.01万元。\n',
  facts: [],
});

describe('finding the claims a rule compares', () => {
  it('prefers the same sentence, then the section, then the 情况说明', () => {
    const share = claims.find((c) => c.measure === 'share')!;
    expect(nearest(claims, { subject: '基本支出', scope: '全部资金', measures: ['amount'] }, share)?.value).toBe('612.10');
    expect(nearest(claims, { subject: '本年支出合计', scope: '全部资金', measures: ['amount'] }, share)?.value).toBe('2262.43');
    expect(sameSentence(share, claims[0]!)).toBe(true);
    expect(explains(share)).toBe(true);
  });

  it('names a chain by its last name', () => {
    expect(subjectName(claims.at(-1)!)).toBe('行政运行');
  });
});
