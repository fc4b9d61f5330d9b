import { TABLE_SPECS } from '../catalog/kinds/index.js';
import type { TableId } from '../model/table-id.js';
import { compact } from './normalize.js';

const TITLES = TABLE_SPECS.flatMap((t) => [t.title, ...t.aliases].map((title) => ({ id: t.id, title: compact(title) })))
  // longest first, so 一般公共预算财政拨款支出决算表 wins over 支出决算表
  .sort((a, b) => b.title.length - a.title.length);

// A title may carry a short prefix (公开01表, 表1, 一、, the department and year) but is never a sentence.
const SENTENCE = /[，。；！？《》,;]/;
const NOT_A_TITLE = /说明|情况|分析|绩效|见附/;
const MAX_PREFIX = 40;

/** The standard table a title line names, if it is one: its id, the line as printed, and the standard title it ends with. */
export function matchTableTitle(text: string): { id: TableId; title: string; standard: string } | undefined {
  const c = compact(text).replace(/[（(]续表?[）)]$/, '');
  if (SENTENCE.test(c) || c.length > MAX_PREFIX + 30) return undefined;
  for (const { id, title } of TITLES) {
    if (!c.endsWith(title)) continue;
    const prefix = c.slice(0, c.length - title.length);
    if (prefix.length > MAX_PREFIX || NOT_A_TITLE.test(prefix)) return undefined;
    return { id, title: c, standard: title };
  }
  return undefined;
}
