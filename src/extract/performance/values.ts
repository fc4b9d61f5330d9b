// Numbers as 绩效 tables and texts print them: "54.2 %", "9.3分", "- 100.00", "1,648.71万元", "≥90%".
import { compact } from '../normalize.js';

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Removes whitespace and thousands separators; "- 100.00" → "-100.00". */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/(\d)[,，](?=\d{3}(?:\D|$))/g, '$1');
}

/** A cell that is a score or weight: "10", "10.00", "9.3分", "20分". */
export function scoreValue(text: string): string | undefined {
  const t = squeeze(text).replace(/分$/, '');
  return NUMBER.test(t) ? canonicalSign(t) : undefined;
}

/** A cell that is an amount: "62", "60.697", "1,234.50". */
export function amountValue(text: string): string | undefined {
  const t = squeeze(text);
  return NUMBER.test(t) ? canonicalSign(t) : undefined;
}

/** A cell that is a percentage: "54.2 %", "70.60%", "100" (an 执行率 column prints it bare). */
export function percentValue(text: string): string | undefined {
  const t = squeeze(text).replace(/[%％]$/, '');
  return NUMBER.test(t) ? canonicalSign(t) : undefined;
}

/** 偏差度 as printed: a number, or a placeholder such as NaN kept as printed. */
export function deviationValue(text: string): string | undefined {
  const t = squeeze(text).replace(/[%％]$/, '');
  if (NUMBER.test(t)) return canonicalSign(t);
  return /^(nan|n\/a|#div\/0!?|#value!?)$/i.test(t) ? t : undefined;
}

/** Placeholder cells of money blocks: "-", "—", "——". */
export const isDash = (text: string): boolean => /^[—–\-－―]+$/.test(squeeze(text));

function canonicalSign(value: string): string {
  return /^-0*(\.0*)?$/.test(value) ? value.slice(1) : value;
}

/** The grade words a table or report prints. */
export const GRADE_WORD = /^(优秀|优|良好|良|中|合格|差|不合格)$/;

const keys = new Map<string, string>();
const MAX_CACHED = 20000;

/** Cell text as matched against labels: compacted, markup gone, trailing colons dropped. Memoised: every row is keyed several times. */
export function cellKey(text: string): string {
  const cached = keys.get(text);
  if (cached !== undefined) return cached;
  const key = compact(text).replace(/[：:]+$/, '');
  if (keys.size >= MAX_CACHED) keys.clear();
  keys.set(text, key);
  return key;
}

/** A number followed by its unit in running text ("1,648.71万元", "6253人次", "98%"). */
export const NUMBER_WITH_UNIT = /(-?\d[\d,，]*(?:\.\d+)?)\s*(万元|亿元|元|%|％|人次|户次|次|人|户|个|家|辆|件|批次)/g;

export interface NumberMention {
  value: string;
  unit: string;
  index: number;
  end: number;
}

/** Every number-with-unit in a text, thousands separators removed, % normalised. */
export function numberMentions(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER_WITH_UNIT)) {
    out.push({ value: squeeze(m[1]!), unit: m[2] === '％' ? '%' : m[2]!, index: m.index, end: m.index + m[0].length });
  }
  return out;
}
