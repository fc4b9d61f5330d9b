import { FINAL_ACCOUNTS } from '../../kinds.js';
import { ownBudget, tableValueRule } from './lib/table-values.js';

export const N_17 = tableValueRule({
  id: 'N-17',
  family: 'narrative',
  severity: 'error',
  title: '政府采购金额与公开10表一致',
  description: '情况说明中的政府采购金额（总额及货物、工程、服务）应与部门决算公开相关信息统计表一致。',
  basis: '情况说明应如实反映决算表中的数字。',
  fix: '按统计表改正情况说明中的数字。',
  kinds: FINAL_ACCOUNTS,
  covers: (c) => ownBudget(c) && c.subject.startsWith('政府采购:'),
});
