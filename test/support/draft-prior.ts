// A synthetic "last year" for drafting tests: the same package with every amount scaled, so that every change
// the draft states has a known prior figure. Counts stay as they are.
import Big from 'big.js';
import { isMoneyUnit, printedDecimals, toYuan } from '../../src/model/decimal.js';
import type { Disclosure } from '../../src/model/disclosure.js';

export function scaledDisclosure(disclosure: Disclosure, factor: string, year = (disclosure.document.year ?? 2024) - 1): Disclosure {
  const facts = disclosure.facts.map((f) => {
    if (!isMoneyUnit(f.unit)) return f;
    const value = new Big(f.value).times(factor).round(printedDecimals(f.value), Big.roundHalfUp).toFixed(printedDecimals(f.value));
    return { ...f, value, yuan: toYuan(value, f.unit) };
  });
  return { ...disclosure, document: { ...disclosure.document, year }, facts };
}
