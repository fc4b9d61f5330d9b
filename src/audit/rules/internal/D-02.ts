import type { Finding } from '../../../model/finding.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { sectionText, sentenceAt } from '../narrative/lib/text.js';

/**
 * Two marks of punctuation in a row ("，，", "。。", "，。", "；，"), also across a wrapped line. The ellipsis
 * "……" and the dash "——" are doubled by design and are not in the set.
 */
const DOUBLED = /[，。；：、！？,;]\s*[，。；：、！？,;]/g;

export const D_02 = defineRule(
  {
    id: 'D-02',
    family: 'internal',
    severity: 'info',
    title: '文字中没有重复的标点',
    description: '检查情况说明等文字中是否有连写两个标点（如“，，”“。。”“，。”），这类问题不影响数字，但说明文本未经校对。',
    basis: '公开文件应文字规范（标点符号用法国家标准GB/T 15834）。',
    fix: '删去多余的标点。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const findings: Finding[] = [];
    for (const section of ctx.disclosure.sections) {
      const t = sectionText(section);
      const found = [...t.text.matchAll(DOUBLED)];
      const first = found[0];
      if (!first) continue;
      const shown = [...new Set(found.map((m) => `“${m[0].replace(/\s+/g, '')}”`))];
      findings.push(
        makeFinding(rule, {
          message: `${section.path.at(-1) ?? '封面'}中有连写的标点：${shown.join('、')}（共 ${found.length} 处）`,
          location: { section: t.section || '封面', quote: sentenceAt(t.text, first.index) },
          actual: first[0],
          sources: [...new Map(found.map((m) => t.sourceAt(m.index)).map((s) => [JSON.stringify(s), s])).values()],
        }),
      );
    }
    return { checks: ctx.disclosure.sections.length, findings };
  },
);
