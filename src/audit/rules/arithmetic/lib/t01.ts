// 公开01 收入支出决算总表: the income side adds up to 本年收入合计 and 收入总计, the expenditure side (one row per
// function 类) to 本年支出合计 and 支出总计, and the two 总计 agree (consistency-rules.md §1 T01).
import { TERMS as T } from '../../../../model/glossary.js';
import { term, type Term } from '../../../identity.js';
import { tableName } from '../../../naming.js';

export const at = (row: string, label = row): Term => term('T01', row, T.amount, label);

export const inTable = (row: string): Term => at(row, `表中${row}`);

export const SUBJECT = tableName('T01');
