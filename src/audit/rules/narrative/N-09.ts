import type { Claim } from '../../../model/claim.js';
import type { Finding } from '../../../model/finding.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { claimsOf, sectionName, UNRESOLVED, where } from './lib/claims.js';
import { bare, chainNames, type Level, namesOf } from './lib/item-names.js';

const LENGTH: Record<Level, number> = { 类: 3, 款: 5, 项: 7 };

/** A class name as printed may carry words before it ("主要用于以下方面：社会保障和就业"): compare its ending. */
const agrees = (printed: string, known: readonly string[], level: Level): boolean =>
  known.some((k) => (level === '类' ? bare(printed).endsWith(k) : bare(printed) === k));

export const N_09 = defineRule(
  {
    id: 'N-09',
    family: 'narrative',
    severity: 'warning',
    title: '说明中类、款、项的名称与其科目编码的名称一致',
    description: '情况说明中“××（类）××（款）××（项）”的科目名称应与科目编码的名称一致。',
    basis: '政府收支分类科目：每个代码对应唯一名称。',
    fix: '按当年科目目录改正科目名称。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    let checks = 0;
    for (const claim of claimsOf(ctx)) {
      if (!claim.label || !/[（(]\s*[类款项]\s*[)）]/.test(claim.label)) continue;
      const key = `${claim.section}|${claim.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      checks++;
      const names = chainNames(claim.label);
      const finding = (message: string, claimFor: Claim) =>
        findings.push(makeFinding(rule, { message, location: where(claimFor), actual: claim.label!, sources: [claimFor.source] }));
      if (claim.subject === UNRESOLVED) {
        finding(`${sectionName(claim)}所列“${claim.label}”的名称在支出功能分类科目和本文件表中都找不到，无法对应到具体科目`, claim);
        continue;
      }
      const code = claim.subject.replace(/^功能:/, '');
      for (const level of ['类', '款', '项'] as const) {
        const printed = names[level];
        if (!printed || code.length < LENGTH[level]) continue;
        const levelCode = code.slice(0, LENGTH[level]);
        const known = namesOf(ctx, levelCode);
        if (known.length === 0 || agrees(printed, known, level)) continue;
        finding(`${sectionName(claim)}所列“${claim.label}”中的“${printed}（${level}）”与科目 ${levelCode} 的名称“${known[0]}”不符`, claim);
      }
    }
    return { checks, findings };
  },
);
