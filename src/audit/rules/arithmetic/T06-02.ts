import { TERMS as T } from '../../../model/glossary.js';
import { identityRule } from '../../identity.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { totalOf } from './lib/t06.js';

const PERSONNEL_CLASSES = ['301', '303'];

export const T06_02 = identityRule({
  id: 'T06-02',
  family: 'arithmetic',
  severity: 'error',
  title: '人员经费合计等于工资福利支出与对个人和家庭的补助之和',
  description: '基本支出明细表中，人员经费合计应等于工资福利支出（301）与对个人和家庭的补助（303）之和。',
  basis: '表样关系：人员经费 = 301 + 303。',
  fix: '核对人员经费合计与301、303类的数字，改正错误的数字。',
  kinds: FINAL_ACCOUNTS,
  tables: ['T06'],
  identities: () => totalOf(T.personnelTotal, PERSONNEL_CLASSES),
});
