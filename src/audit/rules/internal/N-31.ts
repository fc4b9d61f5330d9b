import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { statedSums, sumRule } from '../narrative/lib/components.js';

export const N_31 = sumRule(
  {
    id: 'N-31',
    family: 'internal',
    severity: 'error',
    title: '说明中列出的构成之和等于所称合计',
    description: '情况说明中列出的构成（如基本支出、项目支出，或各项明细）之和应等于所称的合计。',
    basis: '恒等式：合计 = 各构成之和（万元数字允许尾差）。',
    fix: '核对合计和各构成，改正写错的数字或补充漏列的构成。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (claims) => statedSums(claims),
  true,
);
