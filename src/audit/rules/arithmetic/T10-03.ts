import Big from 'big.js';
import { tableSpec } from '../../../catalog/kinds/index.js';
import { defineRule, makeFinding, missingTables } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { SUBJECT } from './lib/t10.js';

/** Rows whose template unit is a count (辆, 台（套）). */
const COUNT_ROWS = new Set((tableSpec('T10').rows ?? []).filter((r) => r.unit !== undefined).map((r) => r.key));

export const T10_03 = defineRule(
  {
    id: 'T10-03',
    family: 'arithmetic',
    severity: 'error',
    title: '车辆、设备数量为非负整数',
    description: '车辆数、大型设备数等数量应为不小于零的整数。',
    basis: '数量的性质：辆、台（套）只能是非负整数。',
    fix: '改正填成小数、负数或把金额填进数量栏的数字。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
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
  },
);
