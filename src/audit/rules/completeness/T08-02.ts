import { FINAL_ACCOUNTS } from '../../kinds.js';
import { emptyTableNoteRule } from './lib/table-notes.js';

export const T08_02 = emptyTableNoteRule(
  {
    id: 'T08-02',
    family: 'completeness',
    severity: 'warning',
    title: '国有资本经营预算财政拨款支出决算表无数据时注明',
    description: '国有资本经营预算财政拨款支出决算表没有数据时，表下是否注明“本表无数据”或说明本单位没有国有资本经营预算支出。',
    basis: '部门决算公开要求：国有资本经营预算财政拨款支出决算表无数据也应公开，并作出说明。',
    fix: '在表下注明“本部门没有国有资本经营预算财政拨款支出，故本表无数据”。',
    kinds: FINAL_ACCOUNTS,
  },
  ['T08'],
);
