import { describe, expect, it } from 'vitest';
import { colorEnabled, columns, displayWidth, makePaint, pad } from './text.js';

describe('colour', () => {
  it('is on for a terminal unless NO_COLOR is set; FORCE_COLOR wins', () => {
    expect(colorEnabled({}, true)).toBe(true);
    expect(colorEnabled({}, false)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '' }, true)).toBe(true);
    expect(colorEnabled({ TERM: 'dumb' }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '0' }, true)).toBe(false);
  });

  it('paints only when enabled', () => {
    expect(makePaint(false)('red', '错误')).toBe('错误');
    expect(makePaint(true)('red', '错误')).toBe('\u001b[31m错误\u001b[39m');
  });
});

describe('layout', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('支出决算表')).toBe(10);
    expect(displayWidth('因公出国（境）费')).toBe(16);
    expect(pad('合计', 6)).toBe('合计  ');
    expect(pad('1.5', 6, 'right')).toBe('   1.5');
  });

  it('aligns columns by display width', () => {
    const lines = columns(
      [
        ['行', '数值', '来源'],
        ['合计', '2262.43', '第1行'],
      ],
      ['left', 'right', 'left'],
    );
    expect(lines).toEqual(['  行       数值  来源', '  合计  2262.43  第1行']);
  });
});
