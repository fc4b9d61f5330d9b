// The names the portal shows, from the server's catalog (GET /api/catalog: tables, key figures, rule families,
// severities, read statuses, audit results). main.js loads it before the first page, so the helpers below can answer synchronously.
import { getJson } from './api.js';

let catalog;

export async function loadCatalog() {
  catalog ??= await getJson('/api/catalog');
  return catalog;
}

let rules;
/** The rule registry (GET /api/rules) by rule id, asked once per page load. */
export function loadRules() {
  rules ??= getJson('/api/rules')
    .then((r) => new Map(r.items.map((x) => [x.id, x])))
    .catch((e) => {
      rules = undefined;
      throw e;
    });
  return rules;
}

/** The loaded catalog (main.js loads it before any page renders). */
export const getCatalog = () => catalog;

/** Severities, worst first: [{ id, label, description }]. */
export const severities = () => catalog.severities;
export const severityLabel = (id) => catalog.severities.find((s) => s.id === id)?.label ?? id;

/** A rule family: { id, label, description, basis, fix }. */
export const family = (id) => catalog.families.find((f) => f.id === id);
export const familyLabel = (id) => family(id)?.label ?? id;

export const table = (id) => catalog.tables.find((t) => t.id === id);
/** "公开03 支出决算表". */
export const tableName = (id) => {
  const t = table(id);
  return t ? `${t.label} ${t.shortName}` : id;
};
export const keyFigures = () => catalog.keyFigures;
/** A table's read status in words (已完整读取, 部分未能读取, 未能读取, 空表). */
export const readStatusLabel = (id) => catalog.readStatuses.find((s) => s.id === id)?.label ?? id;
/** A disclosure's audit result in words (有错误, 读取不完整, 仅有警告, 通过). */
/** Audit results in order: [{ id, label }]. */
export const auditStatuses = () => catalog.auditStatuses;
export const auditStatusLabel = (id) => catalog.auditStatuses.find((s) => s.id === id)?.label ?? id;
export const topicLabel = (id) => catalog.topics.find((t) => t.id === id)?.label ?? id;

export function describeSource(source) {
  // a disclosure published in several files: the file the source is in first
  if (source.file) return `《${source.file}》${describeSource({ ...source, file: undefined })}`;
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
