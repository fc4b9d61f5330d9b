import { describe, expect, it } from 'vitest';
import { clusterValues, intervalIndex, roundBox, union } from './geometry.js';

describe('geometry', () => {
  it('unions and rounds boxes', () => {
    expect(roundBox(union([[1, 2, 3, 4], [0.123, 5, 2, 6.789]]))).toEqual([0.12, 2, 3, 6.79]);
  });

  it('clusters close values', () => {
    expect(clusterValues([10, 10.4, 30, 9.8, 30.2, 50], 1)).toEqual([expect.closeTo(10.07, 2), 30.1, 50]);
  });

  it('finds the interval of a value', () => {
    const edges = [0, 10, 20, 30];
    expect([-1, 0, 5, 10, 25, 30, 31].map((v) => intervalIndex(edges, v))).toEqual([-1, 0, 0, 1, 2, 2, -1]);
  });
});
