import { FINAL_ACCOUNTS } from '../../kinds.js';
import { ownBudget, tableValueRule } from './lib/table-values.js';

export const N_14 = tableValueRule({
  id: 'N-14',
  family: 'narrative',
  severity: 'error',
  title: '“三公”经费预算数、决算数及各项与公开09表一致',
  description: '情况说明中的“三公”经费预算数、决算数及各项金额应与“三公”经费支出决算表一致。',
  basis: '情况说明应如实反映决算表中的数字。',
  fix: '按“三公”经费支出决算表改正情况说明中的数字。',
  kinds: FINAL_ACCOUNTS,
  covers: (c) => ownBudget(c) && c.subject.startsWith('三公:'),
});
