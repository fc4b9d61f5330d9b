import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../../model/claim.js';
import { claimValue, factValue, inUnitOf, isTruncation, oneLastDigit, percentTolerance, restatementTolerance } from './values.js';

const claim = (value: string, unit: string, measure: Claim['measure'] = 'amount'): Claim =>
  ({ value, unit, measure, written: `${value}${unit}`, source: { line: 1 } }) as Claim;

describe('values on one scale', () => {
  it('puts money in 元 with the size of its last printed digit', () => {
    expect(claimValue(claim('2262.43', '万元'))).toMatchObject({ amount: new Big('22624300'), step: new Big('100'), money: true });
    expect(claimValue(claim('0.39', '万'))?.amount.toFixed()).toBe('3900');
    expect(claimValue(claim('2280.29', ''), '万元')?.amount.toFixed()).toBe('22802900');
    expect(claimValue(claim('2280.29', ''))).toBeUndefined();
    expect(claimValue(claim('0', ''))?.amount.toFixed()).toBe('0');
    expect(claimValue(claim('∞', '%', 'change-percent'))).toBeUndefined();
    expect(claimValue(claim('3', '辆', 'count'))).toMatchObject({ money: false });
    expect(factValue({ table: 'T03', row: '合计', column: '基本支出', value: '6432366.27', unit: '元', source: { line: 1 } }).step.toFixed()).toBe('0.01');
  });

  it('accepts the rounding of the coarser printing only', () => {
    const wan = claimValue(claim('100.01', '万元'))!;
    const yuan = claimValue(claim('1000123.45', '元'))!;
    expect(restatementTolerance(wan, yuan).toFixed()).toBe('49.995');
    expect(oneLastDigit(wan, claimValue(claim('100.00', '万元'))!)).toBe(true);
    expect(oneLastDigit(wan, yuan)).toBe(false);
    expect(inUnitOf(new Big('1000123.45'), claim('1', '万元'))).toBe('100.01万元');
  });

  it('derives a percentage’s tolerance from the declared decimals and the amounts’ rounding', () => {
    const part = claimValue(claim('612.10', '万元'))!;
    const whole = claimValue(claim('2262.43', '万元'))!;
    const tolerance = percentTolerance('27.06', part, whole);
    expect(tolerance.value.gt('0.005')).toBe(true);
    expect(tolerance.value.lt('0.006')).toBe(true);
    expect(tolerance.floor.eq('0.005')).toBe(true);
    expect(tolerance.covers(new Big('0.0052'))).toBe(true);
    expect(tolerance.covers(new Big('0.0053'))).toBe(false);
    expect(percentTolerance('98', part, whole).value.gt('0.5')).toBe(true);
    expect(isTruncation('99.86', new Big('99.868'))).toBe(true);
    expect(isTruncation('99.87', new Big('99.868'))).toBe(false);
  });
});
