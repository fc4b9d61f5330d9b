import Big from 'big.js';
import type { Claim, ClaimScope } from '../../../model/claim.js';
import type { Finding } from '../../../model/finding.js';
import { TERMS as T } from '../../../model/glossary.js';
import type { AuditContext } from '../../context.js';
import { defineRule, makeFinding, type RuleInfo } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { claimsOf, documentUnit, explains, sectionName, subjectName, where } from '../narrative/lib/claims.js';
import { tableRef, tableValue } from '../narrative/lib/table-refs.js';
import { claimValue, type Value } from '../narrative/lib/values.js';

const stated = (ctx: AuditContext, subject: string, scope: ClaimScope, measure: Claim['measure']): Claim | undefined =>
  claimsOf(ctx).find((c) => explains(c) && c.subject === subject && c.scope === scope && c.measure === measure && c.period === '本年' && c.unit !== '');

/** A figure as stated, else as printed; undefined when neither. */
function amount(ctx: AuditContext, subject: string, scope: ClaimScope): Value | undefined {
  const claim = stated(ctx, subject, scope, 'amount');
  const value = claim && claimValue(claim, documentUnit(ctx));
  if (value) return value;
  const reference = tableRef(subject, scope, 'amount');
  return reference && tableValue(ctx, reference);
}

const equal = (a: Value | undefined, b: Value | undefined): boolean => a !== undefined && b !== undefined && a.amount.eq(b.amount);

const zeroOrAbsent = (v: Value | undefined): boolean => v === undefined || v.amount.eq(0);

/** This year's income is all 财政拨款 (and, for `general`, all 一般公共预算). */
function allFiscal(ctx: AuditContext, scope: ClaimScope): boolean {
  const income = amount(ctx, T.currentYearIncome, '全部资金');
  if (equal(amount(ctx, T.currentYearIncome, scope), income)) return true;
  const share = claimsOf(ctx).find((c) => explains(c) && c.subject === T.currentYearIncome && c.scope === scope && c.measure === 'share');
  if (share !== undefined && new Big(share.value).eq(100)) return true;
  // All general-budget money is 财政拨款 a fortiori.
  return scope === '财政拨款' && allFiscal(ctx, '一般公共预算');
}

/** Neither carry-over is stated or printed as non-zero, and 收入总计 equals 本年收入合计. */
function noCarryOver(ctx: AuditContext): boolean {
  return (
    zeroOrAbsent(amount(ctx, T.openingBalance, '全部资金')) &&
    zeroOrAbsent(amount(ctx, T.closingBalance, '全部资金')) &&
    equal(amount(ctx, T.incomeGrandTotal, '全部资金'), amount(ctx, T.currentYearIncome, '全部资金'))
  );
}

function compare(ctx: AuditContext, rule: RuleInfo, a: Claim, b: Claim, why: string): Finding | undefined {
  const unit = documentUnit(ctx);
  const va = claimValue(a, unit);
  const vb = claimValue(b, unit);
  if (!va || !vb || va.amount.eq(vb.amount)) return undefined;
  return makeFinding(rule, {
    message: `${sectionName(a)}称${subjectName(a)}${a.direction}${a.written}，${sectionName(b)}称${subjectName(b)}${b.direction}${b.written}：${why}，两者通常应相同（上年数分别为推算所得，差异需说明）`,
    location: where(b),
    expected: a.written,
    actual: b.written,
    sources: [a.source, b.source],
  });
}

export const N_03 = defineRule(
  {
    id: 'N-03',
    family: 'internal',
    severity: 'warning',
    title: '全部为财政拨款时，收支总计与财政拨款收支总计、一般公共预算支出的增减额一致',
    description: '全部收支都是财政拨款且没有结转结余时，收支总计、财政拨款收支总计和一般公共预算支出的增减额通常应一致。',
    basis: '通常成立：几个口径在这种情况下是同一笔钱，上年数如有结转或其他资金会不同。',
    fix: '核对各处的增减额和上年数，改正写错的数字或说明口径差异。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const change = (subject: string, scope: ClaimScope) => stated(ctx, subject, scope, 'change');
    const total = change(T.expenditureGrandTotal, '全部资金') ?? change(T.incomeGrandTotal, '全部资金');
    const fiscal = change(T.expenditureGrandTotal, '财政拨款') ?? change(T.incomeGrandTotal, '财政拨款');
    const general = change(T.currentYearExpenditure, '一般公共预算');
    const findings: Finding[] = [];
    let checks = 0;
    // Carry-overs from non-fiscal money make the two totals differ (收入总计 > 财政拨款收入总计): not comparable.
    const totals = [amount(ctx, T.incomeGrandTotal, '全部资金'), amount(ctx, T.incomeGrandTotal, '财政拨款')];
    const sameTotals = totals.some((v) => v === undefined) || equal(totals[0], totals[1]);
    if (total && fiscal && sameTotals && allFiscal(ctx, '财政拨款')) {
      checks++;
      const f = compare(ctx, rule, total, fiscal, '本年收入全部为财政拨款');
      if (f) findings.push(f);
    }
    if (total && general && allFiscal(ctx, '一般公共预算') && noCarryOver(ctx)) {
      checks++;
      const f = compare(ctx, rule, total, general, '本年收入全部为一般公共预算财政拨款且无结转结余');
      if (f) findings.push(f);
    }
    return { checks, findings };
  },
);
