import { describe, expect, it } from 'vitest';
import { row, run } from '../../../test/support/pdf-runs.js';
import { buildLines } from './lines.js';
import { joinWrapped } from '../positioned-text/lines.js';

describe('buildLines', () => {
  it('groups runs by baseline, top to bottom and left to right', () => {
    const lines = buildLines([run('世界', 40, 101), run('你好', 20, 100), run('第二行', 20, 120)]);
    expect(lines.map((l) => l.text)).toEqual(['你好世界', '第二行']);
    expect(lines[0]!.box).toEqual([20, 100 - 8.6, 60, 101 + 1.4]);
  });

  it('splits a line into chunks at wide gaps and keeps word spaces', () => {
    const [line] = buildLines([...row(100, [[10, '本年收入合计'], [200, '100.00'], [300, '本年支出合计']]), run('a', 400, 100), run('b', 408, 100)]);
    expect(line!.chunks.map((c) => c.text)).toEqual(['本年收入合计', '100.00', '本年支出合计', 'a b']);
    expect(line!.text).toBe('本年收入合计 100.00 本年支出合计 a b');
  });

  it('never puts a space between Chinese characters spread over a box, but keeps the PDF’s own spaces', () => {
    const spread = buildLines(row(100, [[10, '合'], [23, '计']]));
    expect(spread[0]!.text).toBe('合计');
    const own = buildLines([run('第一部分', 10, 100), { ...run('概况', 55, 100), spaceBefore: true }]);
    expect(own[0]!.text).toBe('第一部分 概况');
  });

  it('keeps text drawn twice for a bold effect once', () => {
    expect(buildLines([run('总计', 10, 100), run('总计', 10.3, 100)])[0]!.text).toBe('总计');
  });
});

describe('joinWrapped', () => {
  it('joins Chinese and numbers without a space, Latin words with one', () => {
    expect(joinWrapped(['其他行政事业单位养老支', '出'])).toBe('其他行政事业单位养老支出');
    expect(joinWrapped(['1234', '5.67'])).toBe('12345.67');
    expect(joinWrapped(['Total', 'income'])).toBe('Total income');
  });
});
