// Chinese names of the model's English identifiers.
export const SEVERITY = { error: '错误', warning: '警告', info: '提示' };
export const SEVERITY_ORDER = ['error', 'warning', 'info'];

export const FAMILY = {
  arithmetic: '表内算术',
  'cross-table': '表间勾稽',
  catalog: '分类编码',
  completeness: '完整性',
  narrative: '情况说明',
  performance: '绩效',
  internal: '内部',
};

export const TABLE_NAMES = {
  T01: '收入支出决算总表',
  T02: '收入决算表',
  T03: '支出决算表',
  T04: '财政拨款收入支出决算总表',
  T05: '一般公共预算财政拨款支出决算表',
  T06: '一般公共预算财政拨款基本支出决算明细表',
  T07: '政府性基金预算财政拨款收入支出决算表',
  T08: '国有资本经营预算财政拨款支出决算表',
  T09: '财政拨款“三公”经费支出决算表',
  T10: '部门决算公开相关信息统计表',
};

/** "公开03 支出决算表". */
export const tableName = (id) => `公开${id.slice(1)} ${TABLE_NAMES[id] ?? id}`;

export function describeSource(source) {
  if ('line' in source) return source.column ? `第 ${source.line} 行第 ${source.column} 栏` : `第 ${source.line} 行`;
  if ('page' in source) return `第 ${source.page} 页`;
  return `工作表「${source.sheet}」${source.cell}`;
}

export function describeLocation(location) {
  if ('table' in location) return [tableName(location.table), location.row, location.column].filter(Boolean).join(' · ');
  if ('section' in location) return `情况说明 · ${location.section}`;
  return '全文';
}

export const disclosureName = (d) => `${d.department ?? '（未识别部门）'}${d.year ? ` ${d.year} 年` : ''}${d.kind ?? ''}`;
