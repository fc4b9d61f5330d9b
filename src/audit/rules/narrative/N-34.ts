import Big from 'big.js';
import type { Finding } from '../../../model/finding.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { sectionName, where } from './lib/claims.js';
import { claimValue } from './lib/values.js';
import { first } from './lib/vehicles.js';

/** The receptions a department hosted split into 国内 and 外事: the parts make the whole, for 批次 and for 人次. */
const RECEPTION_SPLITS = ['批次', '人次'] as const;

export const N_34 = defineRule(
  {
    id: 'N-34',
    family: 'narrative',
    severity: 'error',
    title: '公务接待的国内与外事批次、人次之和等于总数',
    description: '公务接待中国内接待与外事接待的批次、人次之和，应等于所称的接待总批次、总人次。',
    basis: '恒等式：接待总数 = 国内接待 + 外事接待。',
    fix: '核对接待批次、人次并改正。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const findings: Finding[] = [];
    let checks = 0;
    for (const what of RECEPTION_SPLITS) {
      const total = first(ctx, `三公:接待${what}`, 'count');
      const parts = (['国内', '外事'] as const).map((where) => first(ctx, `三公:${where}接待${what}`, 'count'));
      const totalValue = total && claimValue(total);
      const stated = parts.flatMap((p) => {
        const v = p && claimValue(p);
        return p && v ? [{ claim: p, amount: v.amount }] : [];
      });
      if (!total || !totalValue || stated.length === 0) continue;
      checks++;
      const sum = stated.reduce((a, p) => a.plus(p.amount), new Big(0));
      // Both parts stated: they add up to the total. One part: it cannot exceed the total.
      const wrong = stated.length === 2 ? !sum.eq(totalValue.amount) : sum.gt(totalValue.amount);
      if (!wrong) continue;
      findings.push(
        makeFinding(rule, {
          message:
            stated.length === 2
              ? `${sectionName(total)}称共接待${total.written}，其中${stated.map((p) => p.claim.label ?? p.claim.written).join('、')}之和为${sum.toFixed()}${what}，与总数不符`
              : `${sectionName(total)}称共接待${total.written}，其中${stated[0]!.claim.label ?? stated[0]!.claim.written}却多于总数`,
          location: where(total),
          expected: stated.length === 2 ? `${sum.toFixed()}${what}` : `≥ ${sum.toFixed()}${what}`,
          actual: total.written,
          sources: [total.source, ...stated.map((p) => p.claim.source)],
        }),
      );
    }
    return { checks, findings };
  },
);
