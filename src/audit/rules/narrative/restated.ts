// The same quantity stated twice in the 情况说明 agrees (收支总计 in §一 and §四 when all money is 财政拨款 is a
// different quantity; the same subject, scope and measure is not): "一般公共预算财政拨款支出2,262.43万元" in
// §五(一), (二) and (三). One unit in the last digit of two equally precise printings is a rounding adjustment
// (warning); figures of 绩效 text are left out (they often describe another scope).
import type { Claim } from '../../../model/claim.js';
import type { Finding } from '../../../model/finding.js';
import { defineRule, makeFinding, type Rule } from '../../engine.js';
import { claimsOf, documentUnit, explains, resolved, sameSentence, sectionName, subjectName, where } from './claims.js';
import { tableRef, tableValue } from './table-refs.js';
import { claimValue, inUnitOf, oneLastDigit, restatementTolerance } from './values.js';

const key = (c: Claim): string => `${c.subject}|${c.scope ?? ''}|${c.measure}|${c.basis ?? ''}|${c.period}`;

export const RESTATED_RULES: Rule[] = [
  defineRule({ id: 'N-TWICE', family: 'internal', severity: 'error', title: '说明中两处陈述的同一数字一致' }, (ctx, rule) => {
    const unit = documentUnit(ctx);
    const groups = new Map<string, Claim[]>();
    // Where the tables print the figure, the table rules report the statement that departs from them.
    const printed = (c: Claim) => {
      const reference = tableRef(c.subject, c.scope, c.measure);
      return reference !== undefined && tableValue(ctx, reference) !== undefined;
    };
    for (const c of claimsOf(ctx)) {
      if (!explains(c) || !resolved(c) || (c.measure !== 'amount' && c.measure !== 'budget' && c.measure !== 'count') || c.unit === '' || printed(c)) continue;
      groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
    }
    const findings: Finding[] = [];
    let checks = 0;
    for (const group of groups.values()) {
      // One sentence stating the same subject twice with different figures speaks of two things
      // ("中小企业…采购金额225.10万元；在其他政府采购项目中，由中小企业…0.00万元"): leave it alone.
      if (group.some((a) => group.some((b) => a !== b && sameSentence(a, b) && a.value !== b.value))) continue;
      const [first, ...rest] = group;
      const firstValue = first && claimValue(first, unit);
      if (!first || !firstValue) continue;
      const reported = new Set<string>();
      for (const other of rest) {
        if (reported.has(other.value)) continue;
        const value = claimValue(other, unit);
        if (!value || value.money !== firstValue.money || sameSentence(other, first)) continue;
        checks++;
        const difference = value.amount.minus(firstValue.amount).abs();
        if (difference.lte(restatementTolerance(value, firstValue))) continue;
        const adjusted = oneLastDigit(value, firstValue);
        reported.add(other.value);
        findings.push(
          makeFinding(rule, {
            severity: adjusted ? 'warning' : rule.severity,
            message: `${sectionName(other)}称${subjectName(other)}${other.written}，而${sectionName(first)}称${first.written}，同一数字前后不一致（相差${inUnitOf(difference, other, unit)}）`,
            location: where(other),
            expected: first.written,
            actual: other.written,
            difference: inUnitOf(difference, other, unit),
            sources: [other.source, first.source],
          }),
        );
      }
    }
    return { checks, findings };
  }),
];
