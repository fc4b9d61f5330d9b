import { FINAL_ACCOUNTS } from '../../kinds.js';
import { ownBudget, tableValueRule } from './lib/table-values.js';

export const N_08 = tableValueRule({
  id: 'N-08',
  family: 'narrative',
  severity: 'error',
  title: '说明中按功能分类（类、款、项）的支出与表一致',
  description: '情况说明中按功能分类（类、款、项）说明的支出金额应与决算表对应科目一致。',
  basis: '情况说明应如实反映决算表中的数字。',
  fix: '按决算表改正该科目的金额，核对科目名称是否写对。',
  kinds: FINAL_ACCOUNTS,
  covers: (c) => ownBudget(c) && c.subject.startsWith('功能:'),
});
