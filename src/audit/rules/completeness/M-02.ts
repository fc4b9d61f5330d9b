import { FINAL_ACCOUNTS } from '../../kinds.js';
import { emptyTableNoteRule } from './lib/table-notes.js';

export const M_02 = emptyTableNoteRule(
  {
    id: 'M-02',
    family: 'completeness',
    severity: 'warning',
    title: '无数据的表注明“本表无数据”',
    description: '检查没有任何数字的表格，表下是否注明了“本表无数据”或说明没有相关收支。',
    basis: '地方预决算公开操作规程（财预〔2016〕143号）及各地决算公开通知：空表应公开并作出说明。',
    fix: '在空表下方注明“本表无数据”，或写明“本部门没有……收支，故本表无数据”。',
    kinds: FINAL_ACCOUNTS,
  },
  ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T09', 'T10'],
);
