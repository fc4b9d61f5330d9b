// The 类/款/项 a §五 item names are the names of its code (N-09; Putuo P-12 … P-14): "住房保障支出（类）住房保障
// 支出（款）住房公积金（项）" names the 款 22102 住房改革支出 wrongly; a 项 name found neither in the catalog nor in
// the document's tables ("机关事业单位退休人员活动费支出") cannot be matched to a row at all. Names are compared
// without whitespace and with or without a trailing 支出, against the tables' printed names and the catalog
// (including former names).

export type Level = '类' | '款' | '项';

export const LINK = /([^（()）\s]+?)\s*[（(]\s*([类款项])\s*[)）]\s*(?:支出)?/g;

export const normal = (name: string): string => name.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/^(?:\d+[、.．]|[-•])/, '');

/** The names printed in a chain "X（类）Y（款）Z（项）", by level. */
export function chainNames(label: string): Partial<Record<Level, string>> {
  const out: Partial<Record<Level, string>> = {};
  for (const m of label.matchAll(LINK)) out[m[2] as Level] = normal(m[1]!);
  return out;
}
