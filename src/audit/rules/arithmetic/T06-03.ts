import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { totalOf } from './lib/t06.js';

const PUBLIC_CLASSES = ['302', '307', '309', '310', '311', '312', '313', '399'];

export const T06_03 = identityRule({
  id: 'T06-03',
  family: 'arithmetic',
  severity: 'error',
  title: '公用经费合计等于各公用经费类级科目之和',
  description: '基本支出明细表中，公用经费合计应等于商品和服务支出（302）等各公用经费类级科目之和。',
  basis: '表样关系：公用经费 = 302 + 307 + 309 + 310 + 311 + 312 + 313 + 399。',
  fix: '核对公用经费合计与各类的数字，改正错误的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T06'],
  identities: () => totalOf(T.publicTotal, PUBLIC_CLASSES),
});
