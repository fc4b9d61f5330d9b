import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { BUDGET_TYPES, income, openingBalanceOf, SUBJECT } from './lib/t04.js';

export const T04_02 = identityRule({
  id: 'T04-02',
  family: 'arithmetic',
  severity: 'error',
  title: '年初财政拨款结转和结余等于分预算类型列示之和',
  description: '财政拨款收入支出决算总表按预算类型分列年初结转和结余时，各类之和应等于年初财政拨款结转和结余。',
  basis: '表内恒等式：年初财政拨款结转和结余 = 三类财政拨款的年初结转和结余之和。',
  fix: '核对分类型列示的年初结转和结余，改正合计或分项。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T04'],
  // Only when the split is printed at all: several templates show the total without its by-type rows.
  identities: (ctx) =>
    BUDGET_TYPES.some((b) => ctx.fact(income(openingBalanceOf(b))))
      ? [
          {
            subject: SUBJECT,
            total: income(T.fiscalOpeningBalance, `表中${T.fiscalOpeningBalance}`),
            parts: BUDGET_TYPES.map((b) => income(openingBalanceOf(b), `其中${b}`)),
          },
        ]
      : [],
});
