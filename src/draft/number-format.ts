// Figures as the 情况说明 prints them: money with thousands separators and two decimals in the package's unit
// ("2,262.43万元", "38,460,895.08元"), rates with two decimals ("27.06%"), counts as whole numbers. Everything
// is computed with big.js on the printed decimals: a share or a rate is never a float.
import Big from 'big.js';

/** Decimals the regime prints for money and for percentages. */
export const MONEY_DECIMALS = 2;
export const PERCENT_DECIMALS = 2;

/** "2262.4" → "2,262.40"; rounding half up to `decimals`. */
export function formatDecimal(value: Big | string, decimals = MONEY_DECIMALS): string {
  const fixed = new Big(value).round(decimals, Big.roundHalfUp).toFixed(decimals);
  const negative = fixed.startsWith('-');
  const [int = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // -0.00 after rounding is 0.00
  const sign = negative && !/^[0.,]+$/.test(grouped + (frac ?? '')) ? '-' : '';
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** An amount with its unit: "2,262.43万元". */
export const formatMoney = (value: Big | string, unit: string): string => `${formatDecimal(value)}${unit}`;

/** A count with its unit: "3辆", "0人次". */
export const formatCount = (value: Big | string, unit: string): string => `${new Big(value).round(0, Big.roundHalfUp).toFixed(0)}${unit}`;

/** part ÷ whole × 100, exact; undefined on a zero whole (no rate exists, never "∞%"). */
export function ratio(part: Big | string, whole: Big | string): Big | undefined {
  const w = new Big(whole);
  if (w.eq(0)) return undefined;
  return new Big(part).times(100).div(w);
}

/** A percentage as printed: "27.06%". */
export const formatPercent = (value: Big): string => `${formatDecimal(value, PERCENT_DECIMALS)}%`;
