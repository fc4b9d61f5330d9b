import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../../model/claim.js';
import { sumTolerance } from './components.js';
import type { Value } from './values.js';

describe('sums of narrative figures', () => {
  it('allows the rounding of 万元 figures only (README §3.2)', () => {
    const value = (step: string): Value => ({ amount: new Big(0), step: new Big(step), shown: '', money: true, sources: [] });
    const claim = (unit: string) => ({ unit }) as Claim;
    const wan = [claim('万元'), claim('万元'), claim('万元')];
    expect(sumTolerance(wan, [value('100'), value('100'), value('100')]).toFixed()).toBe('100');
    expect(sumTolerance(wan.slice(0, 2), [value('100'), value('100')]).toFixed()).toBe('0');
    expect(sumTolerance([claim('元'), claim('元'), claim('元')], [value('0.01'), value('0.01'), value('0.01')]).toFixed()).toBe('0');
  });
});
