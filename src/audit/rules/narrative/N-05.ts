import { FINAL_ACCOUNTS } from '../../kinds.js';
import { EXPENDITURE, generalExpenditure, ownBudget, tableValueRule } from './lib/table-values.js';

export const N_05 = tableValueRule({
  id: 'N-05',
  family: 'narrative',
  severity: 'error',
  title: '说明中的本年支出及基本、项目等支出与表一致',
  description: '情况说明中的本年支出合计及基本支出、项目支出等应与决算表一致。',
  basis: '情况说明应如实反映决算表中的数字。',
  fix: '按决算表改正情况说明中的数字。',
  kinds: FINAL_ACCOUNTS,
  covers: (c) => ownBudget(c) && !generalExpenditure(c) && EXPENDITURE.includes(c.subject),
});
