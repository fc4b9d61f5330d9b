import { FINAL_ACCOUNTS } from '../../kinds.js';
import { ownBudget, tableValueRule } from './lib/table-values.js';

export const N_18 = tableValueRule({
  id: 'N-18',
  family: 'narrative',
  severity: 'error',
  title: '车辆数和大型设备数与公开10表一致',
  description: '情况说明中的车辆数和单价100万元以上设备数应与部门决算公开相关信息统计表一致。',
  basis: '情况说明应如实反映决算表中的数字。',
  fix: '按统计表改正情况说明中的数量。',
  kinds: FINAL_ACCOUNTS,
  covers: (c) => ownBudget(c) && (c.subject.startsWith('车辆:') || c.subject.startsWith('设备:')),
});
