import { FINAL_ACCOUNTS } from '../../kinds.js';
import { emptyTableNoteRule } from './lib/table-notes.js';

export const T07_04 = emptyTableNoteRule(
  {
    id: 'T07-04',
    family: 'completeness',
    severity: 'warning',
    title: '政府性基金预算财政拨款收入支出决算表无数据时注明',
    description: '政府性基金预算财政拨款收入支出决算表没有数据时，表下是否注明“本表无数据”或说明本单位没有政府性基金收支。',
    basis: '部门决算公开要求：政府性基金预算财政拨款收入支出决算表无数据也应公开，并作出说明。',
    fix: '在表下注明“本部门没有政府性基金预算财政拨款收支，故本表无数据”。',
    kinds: FINAL_ACCOUNTS,
  },
  ['T07'],
);
