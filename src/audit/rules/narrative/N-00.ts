import type { Finding } from '../../../model/finding.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { claimsOf, sectionName, sentences, UNRESOLVED, where } from './lib/claims.js';

export const N_00 = defineRule(
  {
    id: 'N-00',
    family: 'narrative',
    severity: 'info',
    title: '说明中未能确定所指对象的数字（未核对）',
    description: '情况说明中有些数字未能确定说的是什么（哪一项收支），因而没有核对；逐句列出，供人工查看。',
    basis: '没有核对的内容要明示，不能当作已通过。',
    fix: '无需修改；如是规范表述，可按标准格式写明所指项目，便于核对。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const findings: Finding[] = [];
    for (const sentence of sentences(claimsOf(ctx))) {
      const open = sentence.filter((c) => c.subject === UNRESOLVED && /\d/.test(c.written));
      const first = open[0];
      if (!first) continue;
      findings.push(
        makeFinding(rule, {
          message: `未能核对：${sectionName(first)}中的${open.map((c) => `“${c.written}”`).join('、')}未能确定所指对象`,
          location: where(first),
          sources: open.map((c) => c.source),
        }),
      );
    }
    return { checks: 0, findings };
  },
);
