import { describe, expect, it } from 'vitest';
import { isWide, spanBox } from './char-width.js';

describe('isWide', () => {
  it('knows wide characters', () => {
    expect(['合', '（', '，', '—', 'a', '1', '.'].map(isWide)).toEqual([true, true, true, true, false, false, false]);
  });
});

describe('spanBox', () => {
  it('shares a line’s width out by character class to box a number in its sentence', () => {
    // 编制 (2 wide) 339 (3 narrow) 名 (1 wide): 4.5 ems over 90 units, 20 a wide character
    expect(spanBox([100, 10, 190, 25], '编制339名', 2, 6)).toEqual([140, 10, 190, 25]);
    expect(spanBox([100, 10, 190, 25], '编制339名', 2, 5)).toEqual([140, 10, 170, 25]);
    expect(spanBox([100, 10, 190, 25], '编制339名', 0, 2)).toEqual([100, 10, 140, 25]);
  });
});
