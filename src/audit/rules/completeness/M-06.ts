import { BUDGETS } from '../../kinds.js';
import { emptyTableNoteRule } from './lib/table-notes.js';

// 政府性基金 and 国有资本经营预算 tables are often empty in a 预算: they are published all the same, with a note.
export const M_06 = emptyTableNoteRule(
  {
    id: 'M-06',
    family: 'completeness',
    severity: 'warning',
    title: '无数据的预算表注明“本表无数据”',
    description: '检查没有任何数字的预算表（常见为政府性基金预算、国有资本经营预算支出预算表），表下是否注明了“本表无数据”或说明没有相关收支。',
    basis: '地方预决算公开操作规程（财预〔2016〕143号）：部门预算公开的表格无数据时也应公开并作出说明。',
    fix: '在空表下方注明“本表无数据”，或写明“本部门没有……收支，故本表无数据”。',
    kinds: BUDGETS,
  },
  ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12', 'B13'],
);
