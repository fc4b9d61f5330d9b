import { describe, expect, it } from 'vitest';
import { sectionText, sentenceAt } from './text.js';

const section = (...lines: string[]) => ({ path: ['十、其他重要事项的情况说明', '（三）国有资产占用情况说明'], source: { line: 1 }, paragraphs: lines.map((text, i) => ({ text, source: { line: i + 2 } })) });

describe('the running text of a section', () => {
  it('joins a sentence wrapped across lines and keeps sentences that end apart, each with its line', () => {
    const t = sectionText(section('截至２０２３年１２', '月３１日，本部门共有车辆2辆。', '其中：机要通信用车2辆。'));
    expect(t.text).toBe('截至２０２３年１２月３１日，本部门共有车辆2辆。\n其中：机要通信用车2辆。');
    expect(t.scan.startsWith('截至2023年12月31日')).toBe(true);
    expect(t.sourceAt(t.text.indexOf('月３１日'))).toEqual({ line: 3 });
    expect(t.section).toBe('十、其他重要事项的情况说明 > （三）国有资产占用情况说明');
    expect(sentenceAt(t.text, t.text.indexOf('机要'))).toBe('其中：机要通信用车2辆。');
  });
});
