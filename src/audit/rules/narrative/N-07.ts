import { FINAL_ACCOUNTS } from '../../kinds.js';
import { generalExpenditure, tableValueRule } from './lib/table-values.js';

export const N_07 = tableValueRule({
  id: 'N-07',
  family: 'narrative',
  severity: 'error',
  title: '一般公共预算财政拨款支出及其基本、项目支出与公开05表一致',
  description: '情况说明中的一般公共预算财政拨款支出及其基本支出、项目支出应与一般公共预算财政拨款支出决算表一致。',
  basis: '情况说明应如实反映决算表中的数字。',
  fix: '按一般公共预算财政拨款支出决算表改正情况说明中的数字；注意不要误用全部资金的数字。',
  kinds: FINAL_ACCOUNTS,
  covers: generalExpenditure,
});
