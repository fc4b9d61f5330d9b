import type { Claim } from '../../../model/claim.js';
import { TERMS as T } from '../../../model/glossary.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { ownBudget, tableValueRule } from './lib/table-values.js';

const grandTotal = (c: Claim): boolean => c.subject === T.incomeGrandTotal || c.subject === T.expenditureGrandTotal;

export const N_01 = tableValueRule({
  id: 'N-01',
  family: 'narrative',
  severity: 'error',
  title: '说明中的收入总计、支出总计与总表一致',
  description: '情况说明中的收入总计、支出总计应与收入支出决算总表（或财政拨款收入支出决算总表）一致。',
  basis: '情况说明应如实反映决算表中的数字。',
  fix: '按决算表改正情况说明中的数字（或核对表中数字是否有误）。',
  kinds: FINAL_ACCOUNTS,
  covers: (c) => ownBudget(c) && grandTotal(c),
});
