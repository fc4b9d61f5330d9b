import { TERMS as T } from '../../../model/glossary.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { ownBudget, tableValueRule } from './lib/table-values.js';

const INCOME: readonly string[] = [
  T.currentYearIncome,
  T.superiorSubsidyIncome,
  T.businessIncome,
  T.operatingIncome,
  T.subordinateRemittanceIncome,
  T.otherIncome,
  T.openingBalance,
  T.useOfNonFiscalBalance,
];

export const N_04 = tableValueRule({
  id: 'N-04',
  family: 'narrative',
  severity: 'error',
  title: '说明中的本年收入及各项收入与表一致',
  description: '情况说明中的本年收入合计及各项收入（含上级补助、事业收入、年初结转等）应与决算表一致。',
  basis: '情况说明应如实反映决算表中的数字。',
  fix: '按决算表改正情况说明中的数字。',
  kinds: FINAL_ACCOUNTS,
  covers: (c) => ownBudget(c) && INCOME.includes(c.subject),
});
