import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { sectionName, where } from './lib/claims.js';
import { claimValue } from './lib/values.js';
import { figure, first } from './lib/vehicles.js';

export const X_17 = defineRule(
  {
    id: 'X-17',
    family: 'narrative',
    severity: 'error',
    title: '财政拨款负担的公务用车保有量不超过车辆总数',
    description: '情况说明中财政拨款负担的公务用车保有量，不应超过国有资产占用情况中的车辆总数。',
    basis: '包含关系：财政拨款负担的车辆是单位全部车辆的一部分。',
    fix: '核对年末公务用车保有量和车辆总数，改正错误的数字。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const kept = first(ctx, '三公:保有量', 'count');
    const vehicles = figure(ctx, '车辆:合计', 'count');
    const keptValue = kept && claimValue(kept);
    if (!kept || !keptValue || !vehicles) return { checks: 0, findings: [] };
    if (keptValue.amount.lte(vehicles.value.amount)) return { checks: 1, findings: [] };
    return {
      checks: 1,
      findings: [
        makeFinding(rule, {
          message: `${sectionName(kept)}称使用财政拨款负担的公务用车保有量${kept.written}，超过车辆总数（${vehicles.label}）：保有量只计财政拨款负担的车辆，不能多于单位全部车辆`,
          location: where(kept),
          expected: `≤ ${vehicles.value.amount.toFixed()}辆`,
          actual: kept.written,
          sources: [kept.source, ...vehicles.value.sources],
        }),
      ],
    };
  },
);
