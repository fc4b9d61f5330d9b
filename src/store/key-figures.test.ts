import { describe, expect, it } from 'vitest';
import type { Claim } from '../model/claim.js';
import { keyFigures } from './key-figures.js';

const claim = (subject: string, value: string, line: number, measure: Claim['measure'] = 'count'): Claim => ({
  subject,
  topic: 'profile',
  measure,
  period: '本年',
  value,
  unit: '人',
  written: `${value}人`,
  quote: `在职人员${value}人`,
  section: '一、部门概况',
  sentence: { line },
  source: { line },
});

describe('keyFigures: staff', () => {
  it('keeps the staff a 概况 states, with its source, as a count (no amount in 元)', () => {
    const figures = keyFigures({ facts: [], claims: [claim('人员:在职人数', '40', 3), claim('人员:在职人数', '40', 9), claim('人员:编制数', '43', 3)] });
    expect(figures).toEqual([
      { key: 'staffInPost', period: '本年', printed: '40', unit: '人', yuan: null, origin: 'narrative', source: { line: 3 } },
      { key: 'authorisedPosts', period: '本年', printed: '43', unit: '人', yuan: null, origin: 'narrative', source: { line: 3 } },
    ]);
  });

  it('keeps none when the document states two different figures (two units are not one department)', () => {
    expect(keyFigures({ facts: [], claims: [claim('人员:在职人数', '6', 3), claim('人员:在职人数', '21', 3)] })).toEqual([]);
  });
});
