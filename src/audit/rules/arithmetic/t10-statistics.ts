// 公开10 部门决算公开相关信息统计表 (山西): 政府采购 合计 = 货物 + 工程 + 服务, 车辆数合计 = Σ vehicle
// categories, and every count is a whole non-negative number (consistency-rules.md §1 T10).
import Big from 'big.js';
import { tableSpec, VEHICLE_CATEGORIES } from '../../../catalog/kinds/index.js';
import { TERMS as T } from '../../../model/glossary.js';
import { defineRule, makeFinding, missingTables, type Rule } from '../../engine.js';
import { identityRule, term } from '../../identity.js';
import { tableName } from '../../naming.js';

const SUBJECT = tableName('T10');
/** Rows whose template unit is a count (辆, 台（套）). */
const COUNT_ROWS = new Set((tableSpec('T10').rows ?? []).filter((r) => r.unit !== undefined).map((r) => r.key));

export const T10_RULES: Rule[] = [
  identityRule({
    id: 'T10-01',
    family: 'arithmetic',
    severity: 'error',
    title: '政府采购合计等于货物、工程、服务之和',
    tables: ['T10'],
    identities: () => [
      { subject: SUBJECT, total: term('T10', T.procurementTotal, T.statistic, `表中${T.procurementTotal}`), parts: [T.goods, T.works, T.services].map((r) => term('T10', r, T.statistic, r)) },
    ],
  }),
  identityRule({
    id: 'T10-02',
    family: 'arithmetic',
    severity: 'error',
    title: '车辆数合计等于各类车辆数之和',
    tables: ['T10'],
    identities: () => [
      { subject: SUBJECT, total: term('T10', T.vehicleCount, T.statistic, `表中${T.vehicleCount}`), parts: VEHICLE_CATEGORIES.map((r) => term('T10', r, T.statistic, r)) },
    ],
  }),
  defineRule({ id: 'T10-03', family: 'arithmetic', severity: 'error', title: '车辆、设备数量为非负整数' }, (ctx, rule) => {
    const missing = missingTables(ctx, ['T10']);
    if (missing) return missing;
    const counts = ctx.facts('T10').filter((f) => COUNT_ROWS.has(f.row));
    const findings = counts
      .filter((f) => new Big(f.value).lt(0) || !new Big(f.value).mod(1).eq(0))
      .map((f) =>
        makeFinding(rule, {
          message: `${SUBJECT} ${f.row} 为 ${f.value}，数量应为非负整数`,
          location: { table: 'T10', row: f.row, column: f.column },
          actual: f.value,
          sources: [f.source],
        }),
      );
    return { checks: counts.length, findings };
  }),
];
