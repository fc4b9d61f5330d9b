// 公开10 部门决算公开相关信息统计表 (山西): 政府采购 合计 = 货物 + 工程 + 服务, 车辆数合计 = Σ vehicle
// categories, and every count is a whole non-negative number (consistency-rules.md §1 T10).
import { tableName } from '../../../naming.js';

export const SUBJECT = tableName('T10');
