// 公开06 against the tables around it: its totals make up 公开05's 基本支出 (X-13), its 三公 lines cannot exceed
// what 公开09 reports for all 财政拨款, and 机关运行经费 (公开10) is part of its 公用经费.
// consistency-rules.md §2.
import { tableName } from '../../../naming.js';

export const T06 = tableName('T06');
