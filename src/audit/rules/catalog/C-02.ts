import { KINDS_WITH_TABLES } from '../../kinds.js';
import { codedTables, nameRule } from './lib/code-names.js';

export const C_02 = nameRule(
  // Usually: local abbreviations and catalog-year differences exist.
  {
    id: 'C-02',
    family: 'catalog',
    severity: 'warning',
    title: '科目代码与科目名称相符',
    description: '表中科目代码后写的科目名称应与政府收支分类科目中该代码的名称一致。',
    basis: '政府收支分类科目：每个代码对应唯一名称（名称随年度调整时按当年目录）。',
    fix: '核对科目代码和名称，改正写错的代码或名称。',
    kinds: KINDS_WITH_TABLES,
  },
  codedTables,
  () => true,
  '文件中没有列出科目名称',
);
