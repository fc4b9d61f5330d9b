import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { samePerRow, T03_TOTAL, union } from './lib/classes.js';

export const X_05 = identityRule({
  id: 'X-05',
  family: 'cross-table',
  // Usually: income by function equals spending by function only when no money is carried over.
  severity: 'warning',
  title: '收入决算表与支出决算表各科目金额一致',
  description: '收入决算表与支出决算表同一科目的金额通常一致。',
  basis: '通常成立：没有结转结余变动时，按功能分类的收入与支出相等；有结转结余时可以不同。',
  fix: '核对该科目的收入、支出；确因结转结余不同的，可在情况说明中说明。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T02', 'T03'],
  identities: (ctx) => samePerRow(ctx, union([...ctx.rows('T02')], [...ctx.rows('T03')]), { table: 'T02', column: T.currentYearIncome }, T03_TOTAL),
});
