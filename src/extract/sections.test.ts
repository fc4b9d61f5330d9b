import { describe, expect, it } from 'vitest';
import type { Block } from '../read/layout.js';
import { readSections } from './sections.js';

const lines = (...texts: string[]): Block[] => texts.map((text, k) => ({ kind: 'line', text, source: { line: k + 1 } }));
const paths = (...texts: string[]) => readSections(lines(...texts), () => false).map((s) => s.path.join(' / '));

describe('sections', () => {
  it('an Arabic heading numbered right after 八、 continues the level; its （一） items go under it', () => {
    expect(paths('八、政府性基金预算支出决算情况说明', '本年度无政府性基金预算拨款支出。', '9、国有资本经营预算支出决算情况说明', '10、其他重要事项的情况说明', '（一）机关运行经费支出情况', '支出109.33万元。')).toEqual([
      '八、政府性基金预算支出决算情况说明',
      '9、国有资本经营预算支出决算情况说明',
      '10、其他重要事项的情况说明',
      '10、其他重要事项的情况说明 / （一）机关运行经费支出情况',
    ]);
  });

  it('a numbered list under a section stays a list, even when an item has the next section number', () => {
    expect(paths('二、收入决算情况说明', '1、财政拨款收入', '2、其他收入', '3、上级补助收入')).toEqual([
      '二、收入决算情况说明',
      '二、收入决算情况说明 / 1、财政拨款收入',
      '二、收入决算情况说明 / 2、其他收入',
      '二、收入决算情况说明 / 3、上级补助收入',
    ]);
    expect(paths('二、收入决算情况说明', '（一）概况', '3、其他')).toEqual(['二、收入决算情况说明', '二、收入决算情况说明 / （一）概况', '二、收入决算情况说明 / （一）概况 / 3、其他']);
  });
});
