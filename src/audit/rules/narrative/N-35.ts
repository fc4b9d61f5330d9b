import Big from 'big.js';
import type { Finding } from '../../../model/finding.js';
import type { AuditContext } from '../../context.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { claimsOf, documentUnit, sectionName, where } from './lib/claims.js';
import { AMOUNTS } from './lib/units.js';

/** Amounts the document prints in a unit, as exact decimals of that unit ("69.62" for 69.62万元). */
function amountsIn(ctx: AuditContext, unit: string): Set<string> {
  const out = new Set<string>();
  const canon = (v: string) => new Big(v).toFixed();
  for (const f of ctx.disclosure.facts) if (f.unit === unit && !new Big(f.value).eq(0)) out.add(canon(f.value));
  for (const c of claimsOf(ctx)) if (c.unit === unit && /^\d+(\.\d+)?$/.test(c.value) && !new Big(c.value).eq(0)) out.add(canon(c.value));
  return out;
}

export const N_35 = defineRule(
  {
    id: 'N-35',
    family: 'narrative',
    severity: 'error',
    title: '说明中金额的单位与文件金额单位相符（元、万元不混用）',
    description: '情况说明中金额的单位应与文件的金额单位一致：本是“万元”的金额不能写成“元”，反之亦然。',
    basis: '单位错写会使金额相差一万倍；同一金额在表格或说明中已按文件单位列出。',
    fix: '把误写的单位改为正确的单位。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
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
  },
);
