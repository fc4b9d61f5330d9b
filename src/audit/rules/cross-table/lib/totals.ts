// Totals that two summary tables print for the same money (X-01 …) and the 财政拨款 ⊆ all
// funds relations between 公开04 and 公开01. consistency-rules.md §2.
import { TERMS as T } from '../../../../model/glossary.js';
import { tableName } from '../../../naming.js';

export const T01 = tableName('T01');

export const T02 = tableName('T02');

export const T04 = tableName('T04');

export const FISCAL_INCOME: ReadonlyArray<readonly [t01Row: string, t04Row: string]> = [
  [T.generalBudgetIncome, T.generalBudgetAppropriation],
  [T.governmentFundIncome, T.governmentFundAppropriation],
  [T.stateCapitalIncome, T.stateCapitalAppropriation],
];
