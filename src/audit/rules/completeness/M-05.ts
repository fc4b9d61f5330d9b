import type { Finding, Location, Severity } from '../../../model/finding.js';
import type { Source } from '../../../model/source.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { sectionText, sentenceAt } from '../narrative/lib/text.js';

/**
 * What a template leaves to be filled in or deleted: its placeholders for figures and names ("XXX万元", "上海市XX局",
 * "××"), bracketed gaps ("【待补充】", "【】"), instructions to the compiler ("仍保留该表格式，并在本表下方作下述说明",
 * "（如持平作持平表述）") and wording alternatives left unchosen ("增加（减少）", "大于（小于）"). A placeholder stands
 * where a figure or a name is missing: an error; the rest leaves the content intact but unfinished: a warning.
 */
const LEFTOVERS: readonly { pattern: RegExp; severity: Severity }[] = [
  { pattern: /(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[XＸ×]{2,}|[xｘ]{2,})(?![A-Za-zＡ-Ｚａ-ｚ])/g, severity: 'error' },
  { pattern: /【\s*】|【[^】\n]{0,30}?(?:待补充|待填|请补充|请填|填写|[XＸ×]{2})[^】\n]{0,30}】/g, severity: 'warning' },
  {
    pattern:
      /仍保留该表格?式|(?:并)?在本表下方作下述说明|作下述说明[：:]|[（(]?如持平作持平表述[）)]?|[（(]不涉及的不列[）)]|按上述格式依次说明|预决算持平的不用说明变动原因|此处(?:请)?填写|请在此(?:处)?填写|由主管部门根据[^。\n]{0,30}?填写/g,
    severity: 'warning',
  },
  {
    pattern: /(增加|减少|增长|下降|上升|降低|大于|小于|高于|低于)\s*[（(]\s*(?!\1)(增加|减少|增长|下降|上升|降低|大于|小于|高于|低于)\s*[）)]|增[（(]减[）)]|减[（(]增[）)]/g,
    severity: 'warning',
  },
];

interface Leftover {
  at: number;
  text: string;
  severity: Severity;
  quote: string;
  source: Source;
}

function leftoversIn(text: string, scan: string, sourceAt: (offset: number) => Source): Leftover[] {
  const found = LEFTOVERS.flatMap(({ pattern, severity }) =>
    [...scan.matchAll(pattern)].map((m) => ({ at: m.index, text: text.slice(m.index, m.index + m[0].length), severity, quote: sentenceAt(text, m.index), source: sourceAt(m.index) })),
  );
  return found.sort((a, b) => a.at - b.at);
}

export const M_05 = defineRule(
  {
    id: 'M-05',
    family: 'completeness',
    severity: 'error',
    title: '模板中的占位符和填写说明已替换、删除',
    description:
      '检查公开文件中是否留有模板的占位符（如“XXX万元”“上海市XX局”“【待补充】”）、给编制人员看的填写说明（如“仍保留该表格式，并在本表下方作下述说明”“如持平作持平表述”），以及没有二选一的表述（如“增加（减少）”“大于（小于）”）。',
    basis: '公开的决算应是填写完整的正式文本：占位符处缺少应公开的数字或名称，填写说明不属于公开内容。',
    fix: '把占位符换成实际的数字和名称，删去填写说明，在“增加（减少）”等表述中按实际情况保留一个。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    // Where each leftover is: the section (or table) it is in, for the message and the finding's location.
    const places: { where: string; location: Location; list: Leftover[] }[] = [];
    let checks = 0;
    for (const section of ctx.disclosure.sections) {
      const t = sectionText(section);
      const own = section.path.at(-1);
      const heading = own === undefined ? [] : leftoversIn(own, own, () => section.source).map((l) => ({ ...l, quote: own }));
      const list = [...heading, ...leftoversIn(t.text, t.scan, t.sourceAt)];
      checks++;
      if (list.length) places.push({ where: own ?? '封面', location: { section: t.section || '封面', quote: list[0]!.quote }, list });
    }
    for (const table of ctx.disclosure.tables) {
      const printed = [table.title, table.note ?? ''].join('\n');
      const list = leftoversIn(printed, printed, () => table.source);
      checks++;
      if (list.length) places.push({ where: `《${tableName(table.id)}》的标题或表下说明`, location: { table: table.id }, list });
    }
    // One root cause, one finding: the template left unfinished, with every place it shows. Placeholders (a figure or
    // a name missing) and unfinished wording (instructions, unchosen alternatives) are reported apart, by severity.
    const findings: Finding[] = [];
    for (const severity of ['error', 'warning'] as const) {
      const at = places.map((p) => ({ ...p, list: p.list.filter((l) => l.severity === severity) })).filter((p) => p.list.length > 0);
      if (at.length === 0) continue;
      const all = at.flatMap((p) => p.list);
      const shown = [...new Set(all.map((l) => `“${l.text}”`))];
      const what = severity === 'error' ? '模板的占位符' : '模板的填写说明或未选定的表述';
      const where = at.length === 1 ? at[0]!.where : `${at.length} 个部分（${at.slice(0, 3).map((p) => p.where).join('、')}${at.length > 3 ? '等' : ''}）`;
      findings.push(
        makeFinding(rule, {
          severity,
          message: `${where}留有${what}：${shown.slice(0, 5).join('、')}${shown.length > 5 ? '等' : ''}（共 ${all.length} 处），应填写实际内容并删去说明文字`,
          location: at[0]!.location,
          actual: all[0]!.text,
          sources: [...new Map(all.map((l) => [JSON.stringify(l.source), l.source])).values()],
        }),
      );
    }
    return { checks, findings };
  },
);
