// Totals stated with their parts in 自评 reports: "共实施医疗救助6253人次，救助金额719.58万元。其中：一站式救助
// 4173人次，救助金额326.61万元；…" or "决算收入2280.29万元，其中：…2252.3万元，年初结转资金0.15万元。" A breakdown is
// kept only when it is unambiguous: one total of the kind (money or count) before 其中, and exactly one figure of that
// kind in every part. A bracketed 其中 inside a part is a breakdown of that part.
import type { PerformanceBreakdown } from '../../model/performance.js';
import type { Source } from '../../model/source.js';
import { numberMentions, type NumberMention } from '../../model/number-mention.js';

const MONEY = new Set(['万元', '元', '亿元']);
const COUNT = new Set(['人次', '户次', '次', '人', '户', '个', '家', '件', '辆', '批次']);

const PERSONS = new Set(['人次', '人']);
const sameCount = (a: string, b: string): boolean => a === b || (PERSONS.has(a) && PERSONS.has(b));

type UnitClass = 'money' | 'count';
const classOf = (unit: string): UnitClass | undefined => (MONEY.has(unit) ? 'money' : COUNT.has(unit) ? 'count' : undefined);

/** The text of a part without bracketed asides, and the bracketed 其中 breakdowns it contains. */
function stripBrackets(text: string): { plain: string; nested: { before: string; inner: string }[] } {
  const nested: { before: string; inner: string }[] = [];
  const plain = text.replace(/[（(]([^（）()]*)[）)]/g, (whole, inner: string, offset: number) => {
    if (/^其中/.test(inner)) nested.push({ before: text.slice(0, offset), inner });
    return '';
  });
  return { plain, nested };
}

function label(text: string, mention: NumberMention): string {
  const before = text.slice(0, mention.index);
  return before
    .slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('：'), before.lastIndexOf('；'), before.lastIndexOf('。')) + 1)
    .replace(/^\s*(?:\d+[、.．]|其中[：:]?)\s*/, '')
    .replace(/(?:为|是|共计|合计)$/, '')
    .trim();
}

function breakdown(totalText: string, partsText: string, source: Source, quote: string): PerformanceBreakdown[] {
  const { plain, nested } = stripBrackets(partsText);
  const parts = (plain.includes('；') ? plain.split('；') : plain.split(/[，,、]/)).map((p) => p.trim()).filter((p) => p !== '');
  const out: PerformanceBreakdown[] = [];
  for (const cls of ['money', 'count'] as const) {
    const totals = numberMentions(totalText).filter((m) => classOf(m.unit) === cls);
    if (totals.length !== 1) continue;
    const total = totals[0]!;
    const values = parts.map((p) => ({ text: p, found: numberMentions(p).filter((m) => classOf(m.unit) === cls) }));
    const valued = values.filter((v) => v.found.length);
    // Every part states exactly one figure of the kind; a part without one leaves the total open. Counts must be
    // of the same thing (人次 and 人 of one 救助 list mix; 个 and 家 do not).
    if (valued.length < 2 || valued.length !== values.length || valued.some((v) => v.found.length !== 1)) continue;
    if (cls === 'count' && valued.some((v) => !sameCount(v.found[0]!.unit, total.unit))) continue;
    out.push({
      label: label(totalText, total),
      value: total.value,
      unit: total.unit,
      parts: valued.map((v) => ({ label: label(v.text, v.found[0]!), value: v.found[0]!.value, unit: v.found[0]!.unit })),
      quote,
      source,
    });
  }
  for (const n of nested) out.push(...breakdown(n.before.split(/[，,；。]/).at(-1) ?? '', n.inner.replace(/^其中[：:，,]?/, ''), source, `${n.before.split(/[，,；。]/).at(-1) ?? ''}（${n.inner}）`));
  return out;
}

/** The breakdowns a paragraph states. */
export function readBreakdowns(text: string, source: Source): PerformanceBreakdown[] {
  const out: PerformanceBreakdown[] = [];
  for (const m of text.matchAll(/其中[：:，,]?/g)) {
    // A bracketed 其中 is handled with the part it belongs to.
    const open = text.lastIndexOf('（', m.index);
    const close = text.lastIndexOf('）', m.index);
    if (open > close) continue;
    const before = text.slice(0, m.index).replace(/[，,：:\s]+$/, '');
    const sentenceStart = before.endsWith('。') ? Math.max(before.slice(0, -1).lastIndexOf('。'), before.slice(0, -1).lastIndexOf('；')) + 1 : Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1;
    const totalText = before.slice(sentenceStart);
    const rest = text.slice(m.index + m[0].length);
    const end = rest.search(/。/);
    const partsText = end < 0 ? rest : rest.slice(0, end);
    const quote = text.slice(sentenceStart, m.index + m[0].length + partsText.length).trim();
    out.push(...breakdown(totalText, partsText, source, quote));
  }
  return out;
}
