import { TERMS as T } from '../../../model/glossary.js';
import { notEvaluable } from '../../engine.js';
import { identityRule, term, type Identity } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { BUDGET_TYPES, income, openingBalanceOf, spent, SUBJECT } from './lib/t04.js';

export const T04_08 = identityRule({
  id: 'T04-08',
  family: 'arithmetic',
  // Usually: the finance bureau may recover or adjust balances during the year, which the public table omits.
  severity: 'warning',
  title: '各类财政拨款年初结转加本年收入等于本年支出加年末结转',
  description: '每一类财政拨款的年初结转和结余加本年收入，通常应等于本年支出加年末结转和结余。',
  basis: '资金平衡关系（通常成立）：年初结转 + 本年收入 = 本年支出 + 年末结转；年中财政收回或调整结余时会有差异。',
  fix: '核对该类财政拨款的收入、支出和结转结余；确有收回、调整的，应在情况说明中说明。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T04'],
  identities: (ctx) => {
    const opening = ctx.fact(income(T.fiscalOpeningBalance));
    const split = BUDGET_TYPES.some((b) => ctx.fact(income(openingBalanceOf(b))));
    if (opening && !/^0(\.0*)?$/.test(opening.value) && !split) {
      return notEvaluable(`${SUBJECT}未按预算类型列示年初财政拨款结转和结余`);
    }
    return BUDGET_TYPES.map((b): Identity => ({
      subject: `${SUBJECT} ${b}`,
      total: spent(T.currentYearExpenditure, b, T.currentYearExpenditure),
      parts: [
        income(openingBalanceOf(b), T.fiscalOpeningBalance),
        income(b, T.currentYearIncomeShort),
        term('T04', T.fiscalClosingBalance, b, T.fiscalClosingBalance, true),
      ],
    }));
  },
});
