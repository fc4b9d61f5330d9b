import { TABLE_SPECS, type TableSpec } from '../catalog/kinds/index.js';
import type { TableId } from '../model/table-id.js';
import { compact } from './normalize.js';

interface Title {
  id: TableId;
  title: string;
}

// longest first, so 一般公共预算财政拨款支出决算表 wins over 支出决算表
const titlesOf = (tables: readonly TableSpec[]): Title[] =>
  tables.flatMap((t) => [t.title, ...t.aliases].map((title) => ({ id: t.id, title: compact(title) }))).sort((a, b) => b.title.length - a.title.length);

const ALL_TITLES = titlesOf(TABLE_SPECS);
const BY_TABLES = new WeakMap<readonly TableSpec[], Title[]>();

// A title may carry a short prefix (公开01表, 表1, 一、, the department and year) but is never a sentence.
const SENTENCE = /[，。；！？《》,;]/;
const NOT_A_TITLE = /说明|情况|分析|绩效|见附/;
const MAX_PREFIX = 40;
/** The unit printed on the title's line ("…支出预算表单位：万元"). */
const TRAILING_UNIT = /[（(]?(?:金额)?单位[：:](?:万元|元|千元|亿元)[）)]?$/;

/** The standard table a title line names, if it is one (among `tables` only when given: a kind's tables): its id, the
 * line as printed, and the standard title it ends with. */
export function matchTableTitle(text: string, tables?: readonly TableSpec[]): { id: TableId; title: string; standard: string } | undefined {
  const c = compact(text).replace(TRAILING_UNIT, '').replace(/[（(]续表?[）)]$/, '');
  if (SENTENCE.test(c) || c.length > MAX_PREFIX + 30) return undefined;
  let titles = ALL_TITLES;
  if (tables) {
    titles = BY_TABLES.get(tables) ?? titlesOf(tables);
    BY_TABLES.set(tables, titles);
  }
  for (const { id, title } of titles) {
    if (!c.endsWith(title)) continue;
    const prefix = c.slice(0, c.length - title.length);
    if (prefix.length > MAX_PREFIX || NOT_A_TITLE.test(prefix)) return undefined;
    return { id, title: c, standard: title };
  }
  return undefined;
}
