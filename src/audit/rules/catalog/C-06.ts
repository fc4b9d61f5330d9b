import type { TableId } from '../../../model/table-id.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { nameRule } from './lib/code-names.js';

const SUMMARY_TABLES: readonly TableId[] = ['T01', 'T04'];

export const C_06 = nameRule(
  {
    id: 'C-06',
    family: 'catalog',
    severity: 'error',
    title: '总表各类支出名称与科目目录一致',
    description: '收入支出决算总表、财政拨款收入支出决算总表中各类支出的名称应与当年科目目录一致。',
    basis: '表样规定：总表按当年政府收支分类科目列示类级名称。',
    fix: '按当年科目目录改正类名称。',
    kinds: FINAL_ACCOUNTS,
  },
  SUMMARY_TABLES,
  (code) => /^\d{3}$/.test(code),
  `《${tableName('T01')}》《${tableName('T04')}》没有列出类级科目名称`,
);
