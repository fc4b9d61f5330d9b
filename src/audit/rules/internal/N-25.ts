import Big from 'big.js';
import type { Claim } from '../../../model/claim.js';
import type { Finding } from '../../../model/finding.js';
import { TERMS as T } from '../../../model/glossary.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { claimsOf, documentUnit, explains, resolved, sectionName, subjectName, where } from '../narrative/lib/claims.js';
import { sumTolerance } from '../narrative/lib/components.js';
import { claimValue, inUnitOf } from '../narrative/lib/values.js';

const ALL_FUNDS = (c: Claim) => c.scope === '全部资金' || c.scope === undefined;

export const N_25 = defineRule(
  {
    id: 'N-25',
    family: 'internal',
    severity: 'error',
    title: '收入总计等于本年收入合计、使用非财政拨款结余与年初结转和结余之和',
    description: '情况说明或自评报告中，收入总计应等于本年收入合计、使用非财政拨款结余和年初结转和结余之和。',
    basis: '恒等式：收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余。',
    fix: '核对各项数字，改正写错的年初结转或收入数。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const unit = documentUnit(ctx);
    const claims = claimsOf(ctx).filter((c) => resolved(c) && c.measure === 'amount' && c.period === '本年' && c.unit !== '');
    const total = claims.find((c) => explains(c) && c.subject === T.incomeGrandTotal && ALL_FUNDS(c));
    const income = claims.find((c) => explains(c) && c.subject === T.currentYearIncome && ALL_FUNDS(c));
    const balances = claims.filter((c) => (c.subject === T.openingBalance || c.subject === T.useOfNonFiscalBalance) && ALL_FUNDS(c));
    const totalValue = total && claimValue(total, unit);
    const incomeValue = income && claimValue(income, unit);
    if (!total || !income || !totalValue || !incomeValue || balances.length === 0) return { checks: 0, findings: [] };
    const balancing = totalValue.amount.minus(incomeValue.amount);
    const findings: Finding[] = [];
    for (const balance of balances) {
      const value = claimValue(balance, unit);
      if (!value) continue;
      const others = balances.filter((b) => b.subject !== balance.subject).map((b) => claimValue(b, unit)?.amount ?? new Big(0));
      const expected = others.reduce((s, v) => s.minus(v), balancing);
      const tolerance = sumTolerance([total, income, balance], [totalValue, incomeValue, value]);
      if (value.amount.minus(expected).abs().lte(tolerance)) continue;
      findings.push(
        makeFinding(rule, {
          message: `${sectionName(balance)}称${subjectName(balance)}${balance.written}，但收入总计${total.written} − 本年收入合计${income.written} = ${inUnitOf(balancing, balance, unit)}，${balance.subject}应为${inUnitOf(expected, balance, unit)}`,
          location: where(balance),
          expected: inUnitOf(expected, balance, unit),
          actual: balance.written,
          difference: inUnitOf(value.amount.minus(expected).abs(), balance, unit),
          sources: [balance.source, total.source, income.source],
        }),
      );
    }
    return { checks: balances.length, findings };
  },
);
