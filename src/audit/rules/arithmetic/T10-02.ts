import { VEHICLE_CATEGORIES } from '../../../catalog/kinds/index.js';
import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { SUBJECT } from './lib/t10.js';

export const T10_02 = identityRule({
  id: 'T10-02',
  family: 'arithmetic',
  severity: 'error',
  title: '车辆数合计等于各类车辆数之和',
  description: '部门决算公开相关信息统计表中，车辆数合计应等于各类车辆数之和。',
  basis: '表内恒等式：车辆数合计 = 各类用车之和（整数，不允许尾差）。',
  fix: '核对各类车辆数和合计，改正错误的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T10'],
  identities: () => [
    {
      subject: SUBJECT,
      total: term('T10', T.vehicleCount, T.statistic, `表中${T.vehicleCount}`),
      parts: VEHICLE_CATEGORIES.map((r) => term('T10', r, T.statistic, r)),
    },
  ],
});
