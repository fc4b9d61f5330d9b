import { describe, expect, it } from 'vitest';
import { matchesOf } from './pattern-matches.js';

describe('matchesOf', () => {
  it('finds what matchAll finds, from the start every time, empty matches included', () => {
    const pattern = /\d+/g;
    expect(matchesOf(pattern, 'a1b22c333').map((m) => [m.index, m[0]])).toEqual([...'a1b22c333'.matchAll(/\d+/g)].map((m) => [m.index, m[0]]));
    pattern.lastIndex = 5;
    expect(matchesOf(pattern, 'x7').map((m) => m[0])).toEqual(['7']);
    expect(matchesOf(/x*/g, 'ab').map((m) => m.index)).toEqual([0, 1, 2]);
    expect(() => matchesOf(/\d+/, 'a1')).toThrow(/global/);
  });
});
