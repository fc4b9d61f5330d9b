import { TERMS as T } from '../../../model/glossary.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { ownBudget, tableValueRule } from './lib/table-values.js';

export const N_12 = tableValueRule({
  id: 'N-12',
  family: 'narrative',
  severity: 'error',
  title: '基本支出的人员经费、公用经费及经济科目与公开06表一致',
  description: '情况说明中的人员经费、公用经费及所列经济科目金额应与基本支出明细表一致。',
  basis: '情况说明应如实反映决算表中的数字。',
  fix: '按基本支出明细表改正情况说明中的数字。',
  kinds: FINAL_ACCOUNTS,
  covers: (c) => ownBudget(c) && (c.subject === T.personnelExpenses || c.subject === T.publicExpenses || c.subject.startsWith('经济:')),
});
