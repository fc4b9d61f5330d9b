import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { at, SUBJECT } from './lib/t01.js';

export const T01_05 = identityRule({
  id: 'T01-05',
  family: 'arithmetic',
  severity: 'error',
  title: '收入总计等于支出总计',
  description: '收入支出决算总表左右两侧的“总计”应相等。',
  basis: '收支平衡：收入总计 = 支出总计。',
  fix: '核对两侧各行，找出不平衡的原因并改正。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T01'],
  identities: () => [{ subject: SUBJECT, total: at(T.expenditureGrandTotal), parts: [at(T.incomeGrandTotal)] }],
});
