import { TERMS as T } from '../../../model/glossary.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { sectionName, where } from './lib/claims.js';
import { claimValue } from './lib/values.js';
import { figure, first } from './lib/vehicles.js';

export const X_18 = defineRule(
  {
    id: 'X-18',
    family: 'narrative',
    severity: 'warning',
    title: '有公务用车运行维护费时应有公务用车保有量',
    description: '有公务用车运行维护费支出时，通常应有公务用车保有量。',
    basis: '通常成立：运行维护费用于单位的公务用车；租用车辆时可能例外。',
    fix: '核对公务用车保有量和运行维护费，改正或说明原因。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const running = figure(ctx, `三公:${T.vehicleOperation}`, 'amount');
    const kept = first(ctx, '三公:保有量', 'count');
    const keptValue = kept && claimValue(kept);
    if (!running || !kept || !keptValue) return { checks: 0, findings: [] };
    const findings =
      running.value.amount.gt(0) && keptValue.amount.eq(0)
        ? [
            makeFinding(rule, {
              message: `公务用车运行维护费${running.label}，但${sectionName(kept)}称公务用车保有量${kept.written}（租用车辆除外，应说明）`,
              location: where(kept),
              actual: kept.written,
              sources: [kept.source, ...running.value.sources],
            }),
          ]
        : [];
    return { checks: 1, findings };
  },
);
