import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { income, spent, SUBJECT } from './lib/t04.js';

export const T04_07 = identityRule({
  id: 'T04-07',
  family: 'arithmetic',
  severity: 'error',
  title: '财政拨款收入总计等于支出总计',
  description: '财政拨款收入支出决算总表左右两侧的总计应相等。',
  basis: '收支平衡：财政拨款收入总计 = 财政拨款支出总计。',
  fix: '核对两侧各行，找出不平衡的原因并改正。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T04'],
  identities: () => [{ subject: SUBJECT, total: spent(T.expenditureGrandTotal, T.total, T.expenditureGrandTotal), parts: [income(T.incomeGrandTotal)] }],
});
