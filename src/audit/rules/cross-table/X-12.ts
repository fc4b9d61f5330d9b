import { TERMS as T } from '../../../model/glossary.js';
import { identityRule, term } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { rowName, tableName } from '../../naming.js';

export const X_12 = identityRule({
  id: 'X-12',
  family: 'cross-table',
  severity: 'error',
  title: '一般公共预算财政拨款支出不超过全部资金支出（逐科目逐栏）',
  description: '一般公共预算财政拨款支出（逐科目、逐栏）不应超过支出决算表中全部资金的相应支出。',
  basis: '包含关系：一般公共预算财政拨款支出是全部支出的一部分。',
  fix: '核对两张表中该科目的金额，改正错误的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T03', 'T05'],
  identities: (ctx) =>
    ctx.rows('T05').flatMap((row) =>
      (
        [
          [T.subtotal, T.currentYearExpenditure],
          [T.basicExpenditure, T.basicExpenditure],
          [T.projectExpenditure, T.projectExpenditure],
        ] as const
      ).map(([general, all]) => ({
        subject: rowName(ctx, 'T05', row),
        total: term('T03', row, all, `${tableName('T03')}${all}`),
        parts: [term('T05', row, general, `${tableName('T05')}${general}`)],
        relation: 'atMost' as const,
      })),
    ),
});
