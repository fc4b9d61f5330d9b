import { KINDS_WITH_TABLES } from '../../kinds.js';
import { nameRule, summaryTables } from './lib/code-names.js';

export const C_06 = nameRule(
  {
    id: 'C-06',
    family: 'catalog',
    severity: 'error',
    title: '总表各类支出名称与科目目录一致',
    description: '收支总表（决算的收入支出决算总表、财政拨款收入支出决算总表，预算的收支预算总表等）中各类支出的名称应与当年科目目录一致。',
    basis: '表样规定：总表按当年政府收支分类科目列示类级名称。',
    fix: '按当年科目目录改正类名称。',
    kinds: KINDS_WITH_TABLES,
  },
  summaryTables,
  (code) => /^\d{3}$/.test(code),
  '收支总表没有列出类级科目名称',
);
