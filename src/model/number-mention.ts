/** A number followed by its unit in running text ("1,648.71万元", "6253人次", "98%"). */
export const NUMBER_WITH_UNIT = /(-?\d[\d,，]*(?:\.\d+)?)\s*(万元|亿元|元|%|％|人次|户次|次|人|户|个|家|辆|件|批次)/g;

/** Where a number-with-unit stands in a text. */
export interface NumberMention {
  value: string;
  unit: string;
  index: number;
  end: number;
}

/** Every number-with-unit in a text, thousands separators removed, ％ written as %. */
export function numberMentions(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER_WITH_UNIT)) {
    const value = m[1]!.replace(/[,，]/g, '');
    out.push({ value, unit: m[2] === '％' ? '%' : m[2]!, index: m.index, end: m.index + m[0].length });
  }
  return out;
}
