// A number of the narrative whose subject could not be determined is never dropped silently: it is listed, with
// its sentence, as not checked (info), so that a reader sees what the audit did not cover.
import type { Finding } from '../../../model/finding.js';
import { defineRule, makeFinding, type Rule } from '../../engine.js';
import { claimsOf, sectionName, sentences, UNRESOLVED, where } from './claims.js';

export const UNRESOLVED_RULES: Rule[] = [
  defineRule({ id: 'N-00', family: 'narrative', severity: 'info', title: '说明中未能确定所指对象的数字（未核对）' }, (ctx, rule) => {
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
  }),
];
