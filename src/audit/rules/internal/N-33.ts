import type { Claim } from '../../../model/claim.js';
import type { Finding } from '../../../model/finding.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { claimsOf, documentUnit, explains, resolved, sameSentence, sectionName, subjectName, where } from '../narrative/lib/claims.js';
import { tableRef, tableValue } from '../narrative/lib/table-refs.js';
import { claimValue, inUnitOf, oneLastDigit, restatementTolerance } from '../narrative/lib/values.js';

const key = (c: Claim): string => `${c.subject}|${c.scope ?? ''}|${c.measure}|${c.basis ?? ''}|${c.period}`;

export const N_33 = defineRule(
  {
    id: 'N-33',
    family: 'internal',
    severity: 'error',
    title: '说明中两处陈述的同一数字一致',
    description: '情况说明中同一个数字在两处陈述时应一致。',
    basis: '同一数字在文件中各处应完全一致。',
    fix: '核对两处数字，改正写错的一处。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
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
      if (group.some((a) => group.some((b) => a !== b && a.value !== b.value && sameSentence(a, b)))) continue;
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
  },
);
