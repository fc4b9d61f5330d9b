import { describe, expect, it } from 'vitest';
import { memoizeText } from './text-memo.js';

describe('memoizeText', () => {
  it('works a text out once, answers undefined results from the memo too, and stays within its size', () => {
    const calls: string[] = [];
    const f = memoizeText((t: string) => {
      calls.push(t);
      return t === 'x' ? undefined : t.length;
    }, 2);
    expect([f('ab'), f('ab'), f('x'), f('x')]).toEqual([2, 2, undefined, undefined]);
    expect(calls).toEqual(['ab', 'x']);
    expect(f('abc')).toBe(3); // the memo was full: emptied, then holds 'abc'
    expect(f('ab')).toBe(2);
    expect(calls).toEqual(['ab', 'x', 'abc', 'ab']);
  });
});
