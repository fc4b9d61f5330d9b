import { describe, expect, it } from 'vitest';
import { apply, multiply } from './matrix.js';

describe('matrix', () => {
  it('composes matrices in PDF order (inner first)', () => {
    const flip = [1, 0, 0, -1, 0, 800]; // viewport: y down
    const move = [1, 0, 0, 1, 10, 20];
    expect(apply(multiply(flip, move), 0, 0)).toEqual([10, 780]);
    expect(apply(multiply(move, flip), 0, 0)).toEqual([10, 820]);
  });
});
