import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { SUBJECT } from './lib/t10.js';

export const T10_01 = identityRule({
  id: 'T10-01',
  family: 'arithmetic',
  severity: 'error',
  title: '政府采购合计等于货物、工程、服务之和',
  description: '部门决算公开相关信息统计表中，政府采购合计应等于货物、工程、服务三项之和。',
  basis: '表内恒等式：政府采购支出总额 = 货物 + 工程 + 服务。',
  fix: '核对政府采购各项金额和合计，改正错误的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T10'],
  identities: () => [
    {
      subject: SUBJECT,
      total: term('T10', T.procurementTotal, T.statistic, `表中${T.procurementTotal}`),
      parts: [T.goods, T.works, T.services].map((r) => term('T10', r, T.statistic, r)),
    },
  ],
});
