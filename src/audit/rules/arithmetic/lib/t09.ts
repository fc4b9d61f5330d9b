// 公开09 财政拨款“三公”经费支出决算表: in both halves (预算数, 决算数) the 公务用车 小计 is 购置 + 运行维护 and
// the 合计 is 出国 + 公务用车 + 接待 (always); 决算 does not exceed 预算 (usually) (consistency-rules.md §1 T09).
import { tableName } from '../../../naming.js';

export const SUBJECT = tableName('T09');
