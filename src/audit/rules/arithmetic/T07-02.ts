import { TERMS as T } from '../../../model/glossary.js';
import { rowSums } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';

export const T07_02 = identityRule({
  id: 'T07-02',
  family: 'arithmetic',
  // Usually: the public table has no column for mid-year adjustments or money handed back.
  severity: 'warning',
  title: '政府性基金表各行年末结转和结余等于年初结转和结余加本年收入减本年支出',
  description: '政府性基金预算财政拨款收入支出决算表每一行，年末结转和结余通常等于年初结转和结余加本年收入减本年支出。',
  basis: '资金滚存关系（通常成立）：年末 = 年初 + 收入 − 支出；公开表不列调整、上缴等栏，因而可能有差异。',
  fix: '核对该行各栏数字；确有调整或上缴的，在情况说明中说明。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T07'],
  identities: (ctx) => rowSums(ctx, 'T07', T.closingBalance, [T.openingBalance, T.currentYearIncomeShort], [T.expenditureSubtotal]),
});
