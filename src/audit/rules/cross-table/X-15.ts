import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { T06 } from './lib/basic-expenditure.js';

export const X_15 = identityRule({
  id: 'X-15',
  family: 'cross-table',
  // Usually: both definitions of 机关运行经费 make it a subset of the basic 公用经费 of 行政/参公 units.
  severity: 'warning',
  title: '机关运行经费不超过基本支出中的公用经费',
  description: '部门决算公开相关信息统计表中的机关运行经费通常不超过基本支出明细表中的公用经费。',
  basis: '通常成立：按两种口径，机关运行经费都是行政单位（含参公事业单位）基本支出公用经费的一部分。',
  fix: '核对机关运行经费的统计口径和金额。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T06', 'T10'],
  identities: () => [
    {
      subject: T.institutionOperatingCost,
      total: term('T06', T.publicTotal, T.finalAmount, `${T06}${T.publicTotal}`),
      parts: [T.administrativeUnits, T.civilServantManagedUnits].map((r) => term('T10', r, T.statistic, `${tableName('T10')}${r}`)),
      relation: 'atMost' as const,
    },
  ],
});
