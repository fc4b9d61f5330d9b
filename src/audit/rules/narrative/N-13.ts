import { FINAL_ACCOUNTS } from '../../kinds.js';
import { fundOrCapital, tableValueRule } from './lib/table-values.js';

export const N_13 = tableValueRule({
  id: 'N-13',
  family: 'narrative',
  severity: 'error',
  title: '政府性基金、国有资本经营预算收支的说明（含“无此项收支”）与公开07、08表一致',
  description: '情况说明中政府性基金、国有资本经营预算的收支（包括“无此项收支”的表述）应与相应的决算表一致。',
  basis: '情况说明应如实反映决算表中的数字；表中有数据时不能称“无此项收支”。',
  fix: '按决算表改正情况说明中的数字或表述。',
  kinds: FINAL_ACCOUNTS,
  covers: fundOrCapital,
});
