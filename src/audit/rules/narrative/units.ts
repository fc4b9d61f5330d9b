// Units as written (N-23, README §3.1): an amount needs its unit and a rate its percent sign ("5850.45其中",
// "收、支总计2280.29。", "增长 13.95。"); 万 alone is not a unit of money; and the unit must fit the figure — an
// amount written in 元 that is a 万元 figure of the document's tables or narrative ("涉及资金69.62元" where
// 公开05 prints 69.62万元) is an error.
import Big from 'big.js';
import type { Claim } from '../../../model/claim.js';
import type { Finding } from '../../../model/finding.js';
import { defineRule, makeFinding, type Rule } from '../../engine.js';
import type { AuditContext } from '../../context.js';
import { claimsOf, documentUnit, explains, resolved, sectionName, where } from './claims.js';

const RATES = new Set<Claim['measure']>(['share', 'change-percent', 'completion']);
const AMOUNTS = new Set<Claim['measure']>(['amount', 'budget', 'change']);
const hasDigits = (c: Claim): boolean => /\d/.test(c.written);

/** A bare number worth reporting: an amount or rate with its unit missing, about something the text names. */
function bare(claim: Claim): 'unit' | 'percent' | undefined {
  if (claim.unit !== '' || !hasDigits(claim) || new Big(claim.value).eq(0)) return undefined;
  if (!resolved(claim) && !explains(claim)) return undefined;
  if (RATES.has(claim.measure)) return 'percent';
  if (AMOUNTS.has(claim.measure) && claim.value.includes('.')) return 'unit';
  return undefined;
}

/** Amounts the document prints in a unit, as exact decimals of that unit ("69.62" for 69.62万元). */
function amountsIn(ctx: AuditContext, unit: string): Set<string> {
  const out = new Set<string>();
  const canon = (v: string) => new Big(v).toFixed();
  for (const f of ctx.disclosure.facts) if (f.unit === unit && !new Big(f.value).eq(0)) out.add(canon(f.value));
  for (const c of claimsOf(ctx)) if (c.unit === unit && /^\d+(\.\d+)?$/.test(c.value) && !new Big(c.value).eq(0)) out.add(canon(c.value));
  return out;
}

export const UNIT_RULES: Rule[] = [
  defineRule({ id: 'N-23', family: 'narrative', severity: 'error', title: '说明中的金额带单位、比率带百分号' }, (ctx, rule) => {
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
  }),
  defineRule({ id: 'N-23U', family: 'narrative', severity: 'error', title: '说明中金额的单位与文件金额单位相符（元、万元不混用）' }, (ctx, rule) => {
    const unit = documentUnit(ctx);
    if (unit !== '万元' && unit !== '元') return { checks: 0, findings: [] };
    const other = unit === '万元' ? '元' : '万元';
    const known = amountsIn(ctx, unit);
    const findings: Finding[] = [];
    let checks = 0;
    for (const claim of claimsOf(ctx)) {
      if (claim.unit !== other || !AMOUNTS.has(claim.measure) || !/^\d+(\.\d+)?$/.test(claim.value) || new Big(claim.value).eq(0)) continue;
      checks++;
      if (!known.has(new Big(claim.value).toFixed())) continue;
      findings.push(
        makeFinding(rule, {
          message: `${sectionName(claim)}写作“${claim.written}”，而${claim.value}${unit}是本文件表格或说明中出现的金额（文件金额单位为${unit}），此处单位应为${unit}，误写为${other}相差一万倍`,
          location: where(claim),
          expected: `${claim.value}${unit}`,
          actual: claim.written,
          sources: [claim.source],
        }),
      );
    }
    return { checks, findings };
  }),
];
