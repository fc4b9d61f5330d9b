import Big from 'big.js';

/** Number of decimals printed in an exact decimal string ("2262.43" → 2, "2" → 0). */
export function printedDecimals(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

const YUAN_PER_UNIT: Record<string, Big> = { 元: new Big(1), 万元: new Big(10000), 亿元: new Big(100000000), 千元: new Big(1000) };

/** Whether a unit is a money unit (as opposed to a count such as 辆). */
export const isMoneyUnit = (unit: string): boolean => unit in YUAN_PER_UNIT;

/** The exact amount in 元 of a value printed in a money unit; undefined for counts. */
export function toYuan(value: string, unit: string): string | undefined {
  const factor = YUAN_PER_UNIT[unit];
  return factor === undefined ? undefined : new Big(value).times(factor).toFixed();
}
