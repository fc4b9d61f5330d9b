// Completeness of the 预算's tables: which ones a package must publish is the kind's (M-01 reads it from the
// KindSpec); an empty one says why it is empty (政府性基金 and 国有资本经营预算 tables are often empty).
import type { Rule } from '../../engine.js';
import { emptyTableNoteRule } from '../completeness.js';

export const BUDGET_EMPTY_TABLE_RULE: Rule = emptyTableNoteRule(
  { id: 'BM-02', family: 'completeness', severity: 'warning', title: '无数据的预算表注明“本表无数据”', kinds: ['budget'] },
  ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12', 'B13'],
);
