import Big from 'big.js';
import type { Finding } from '../../../model/finding.js';
import { TERMS as T } from '../../../model/glossary.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { where } from './lib/claims.js';
import { claimValue } from './lib/values.js';
import { figure, first } from './lib/vehicles.js';

/** Money spent on a 三公 component and the count that goes with it must both be zero or both be positive. */
const PAIRS: ReadonlyArray<readonly [money: string, count: string, what: string]> = [
  [`三公:${T.vehiclePurchase}`, '三公:购置车辆', '购置车辆数'],
  [`三公:${T.overseasTravel}`, '三公:出国团组', '出国团组数'],
  [`三公:${T.overseasTravel}`, '三公:出国人次', '出国人次'],
  [`三公:${T.officialReception}`, '三公:接待批次', '接待批次'],
  [`三公:${T.officialReception}`, '三公:接待人次', '接待人次'],
];

export const X_19 = defineRule(
  {
    id: 'X-19',
    family: 'narrative',
    severity: 'warning',
    title: '“三公”经费各项支出与对应的车辆、团组、接待数量同为零或同为正',
    description: '“三公”经费各项支出与相应的数量（购置车辆数、出国团组和人次、接待批次和人次）应同为零或同为正数。',
    basis: '通常成立：有支出就应有相应的车辆、团组或接待；没有支出一般也没有相应数量。',
    fix: '核对支出金额和数量，改正遗漏或写错的数字。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const findings: Finding[] = [];
    let checks = 0;
    for (const [moneySubject, countSubject, what] of PAIRS) {
      const money = figure(ctx, moneySubject, 'amount');
      const count = first(ctx, countSubject, 'count');
      const countValue = count && claimValue(count);
      if (!money || !count || !countValue) continue;
      checks++;
      const spent = money.value.amount.gt(0);
      const counted = countValue.amount.gt(new Big(0));
      if (spent === counted) continue;
      findings.push(
        makeFinding(rule, {
          message: `${moneySubject.slice(3)}${money.label}，而${what}为${count.written}：${spent ? '有支出却无对应数量' : '有数量却无支出'}`,
          location: where(count),
          actual: count.written,
          sources: [count.source, ...money.value.sources],
        }),
      );
    }
    return { checks, findings };
  },
);
