import type { Finding } from '../../../model/finding.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { claimsOf, explains } from './lib/claims.js';

/** "对…2024年整体支出情况实施了…自评": the year a 整体支出 evaluation is about. */
const EVALUATED = /对[^。；]{0,40}?((?:19|20)\d{2})\s*年度?[^。；]{0,8}?整体支出/;

/** A 情况说明 sentence opening with its year ("2024年度收入总计…", "柳林县医疗保障局[部门]2022年度…"). */
const OPENING_YEAR = /^[^，。；：\d与比较截至较]{0,30}?((?:19|20)\d{2})\s*年(?!\d)/;

export const N_24 = defineRule(
  {
    id: 'N-24',
    family: 'narrative',
    severity: 'error',
    title: '标题与正文的决算年度一致',
    description: '标题与正文所说的决算年度应一致。',
    basis: '决算公开文件报告的是一个年度的收支，标题与正文年度不一致说明套用了其他年度的文件。',
    fix: '统一改为本决算年度。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const year = ctx.disclosure.document.year;
    if (!year) return notEvaluable('未能从标题确定决算年度');
    const statements: { year: number; quote: string; phrase: string; section: string; source: Finding['sources'][number] }[] = [];
    for (const section of ctx.disclosure.sections) {
      for (const p of section.paragraphs) {
        for (const sentence of p.text.split(/(?<=[。！？])/)) {
          const m = EVALUATED.exec(sentence);
          if (m) statements.push({ year: Number(m[1]), quote: sentence.trim(), phrase: m[0], section: section.path.join(' > '), source: p.source });
        }
      }
    }
    const seen = new Set<string>();
    for (const c of claimsOf(ctx)) {
      if (!explains(c) || seen.has(c.quote)) continue;
      seen.add(c.quote);
      const m = OPENING_YEAR.exec(c.quote);
      if (m) statements.push({ year: Number(m[1]), quote: c.quote, phrase: m[0], section: c.section, source: c.sentence });
    }
    const reported = new Set<number>();
    const findings: Finding[] = [];
    for (const s of statements) {
      if (s.year === year || reported.has(s.year)) continue;
      reported.add(s.year);
      findings.push(
        makeFinding(rule, {
          message: `标题所示决算年度为${year}年，正文却称“${s.phrase}”（${s.year}年）：年度前后不一致`,
          location: { section: s.section, quote: s.quote },
          expected: `${year}`,
          actual: `${s.year}`,
          sources: [s.source],
        }),
      );
    }
    return { checks: statements.length, findings };
  },
);
