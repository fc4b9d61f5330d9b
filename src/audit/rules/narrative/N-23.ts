import Big from 'big.js';
import type { Claim } from '../../../model/claim.js';
import type { Finding } from '../../../model/finding.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { claimsOf, documentUnit, explains, resolved, sectionName, where } from './lib/claims.js';
import { AMOUNTS } from './lib/units.js';

const RATES = new Set<Claim['measure']>(['share', 'change-percent', 'completion']);

const hasDigits = (c: Claim): boolean => /\d/.test(c.written);

/** A bare number worth reporting: an amount or rate with its unit missing, about something the text names. */
function bare(claim: Claim): 'unit' | 'percent' | undefined {
  if (claim.unit !== '' || !hasDigits(claim) || new Big(claim.value).eq(0)) return undefined;
  if (!resolved(claim) && !explains(claim)) return undefined;
  if (RATES.has(claim.measure)) return 'percent';
  if (AMOUNTS.has(claim.measure) && claim.value.includes('.')) return 'unit';
  return undefined;
}

export const N_23 = defineRule(
  {
    id: 'N-23',
    family: 'narrative',
    severity: 'error',
    title: '说明中的金额带单位、比率带百分号',
    description: '情况说明中的金额应写单位（万元或元），比率应写百分号。',
    basis: '公开数字应有明确的计量单位，不能让读者猜。',
    fix: '在数字后补上单位或百分号。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const unit = documentUnit(ctx);
    const findings: Finding[] = [];
    let checks = 0;
    // "收、支总计2280.29。" is one number stated for two subjects: report it once.
    const seen = new Set<string>();
    for (const claim of claimsOf(ctx)) {
      const key = `${JSON.stringify(claim.source)}|${claim.quote}|${claim.written}`;
      if (!hasDigits(claim) || seen.has(key)) continue;
      seen.add(key);
      checks++;
      const missing = bare(claim);
      if (missing) {
        findings.push(
          makeFinding(rule, {
            message:
              missing === 'percent'
                ? `${sectionName(claim)}中的比率“${claim.written}”缺少百分号“%”`
                : `${sectionName(claim)}中的金额“${claim.written}”缺少单位${unit ? `（按文件单位应为${unit}）` : ''}`,
            location: where(claim),
            actual: claim.written,
            ...(missing === 'unit' && unit ? { expected: `${claim.value}${unit}` } : {}),
            sources: [claim.source],
          }),
        );
      } else if (claim.unit === '万' && explains(claim)) {
        findings.push(
          makeFinding(rule, {
            severity: 'warning',
            message: `${sectionName(claim)}中的金额“${claim.written}”只写“万”，应写明“万元”`,
            location: where(claim),
            actual: claim.written,
            expected: `${claim.value}万元`,
            sources: [claim.source],
          }),
        );
      }
    }
    return { checks, findings };
  },
);
