// 公开06 一般公共预算财政拨款基本支出决算明细表: economic 类 = Σ 款, the two totals 人员经费合计 / 公用经费合计
// are sums of fixed 类, 309/311 carry nothing in basic spending, and in the two-column variant (金额 and
// 其中：基本支出, keyed 决算数) the basic part never exceeds the whole (consistency-rules.md §1 T06).
import { TERMS as T } from '../../../../model/glossary.js';
import { term, type Identity } from '../../../identity.js';
import { tableName } from '../../../naming.js';

export const SUBJECT = tableName('T06');

/** 决算数 is the basic column (the only one in most templates); 金额 exists in the two-column variant. */
export const COLUMNS = [T.finalAmount, T.amount];

export const totalOf = (row: string, classes: readonly string[]): Identity[] =>
  COLUMNS.map((column) => ({
    subject: `${SUBJECT}「${column}」栏`,
    total: term('T06', row, column, `表中${row}`),
    parts: classes.map((c) => term('T06', c, column, c)),
  }));
