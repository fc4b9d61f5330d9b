// How findings read in Chinese wherever the server writes them for people (the portal's findings, the workbook,
// the review letter): locations in words, severity and family names, and figures with their units.
import Big from 'big.js';
import { RULE_FAMILY_INFO } from '../audit/families.js';
import { tableSpec } from '../catalog/kinds/index.js';
import type { Finding, Location, RuleFamily, Severity } from '../model/finding.js';
import { describeSource, type Source } from '../model/source.js';
import { isTableId, type TableId } from '../model/table-id.js';
import type { AuditStatus, ReviewStatus } from '../store/repository.js';

export const SEVERITY_INFO: Readonly<Record<Severity, { label: string; description: string }>> = {
  error: { label: '错误', description: '总是成立的关系不成立：文件中确有错误。' },
  warning: { label: '警告', description: '通常成立的关系不成立，或可能是识别有误：请人工核对。' },
  info: { label: '提示', description: '尾差（四舍五入造成的差额，在容差之内）或格式上的小问题，不算错误。' },
};

/** A disclosure's audit result in words: never 通过 while numbers are unread. */
export const AUDIT_STATUS_LABEL: Readonly<Record<AuditStatus, string>> = { errors: '有错误', incomplete: '读取不完整', warnings: '仅有警告', clean: '通过' };

export const REVIEW_LABEL: Readonly<Record<ReviewStatus, string>> = { confirmed: '确认', 'false-positive': '误报', fixed: '已整改' };

/** The parts of the 情况说明 by what they explain (claim topics, model/claim.ts). */
export const TOPIC_LABEL: Readonly<Record<string, string>> = {
  overview: '收入支出决算总体情况',
  income: '收入决算情况',
  expenditure: '支出决算情况',
  fiscal: '财政拨款收入支出决算总体情况',
  'general-total': '一般公共预算财政拨款支出决算情况',
  'general-structure': '一般公共预算财政拨款支出结构',
  'general-detail': '一般公共预算财政拨款支出具体情况',
  basic: '一般公共预算财政拨款基本支出决算情况',
  fund: '政府性基金预算财政拨款收支决算情况',
  capital: '国有资本经营预算财政拨款支出决算情况',
  'three-public': '财政拨款“三公”经费支出决算情况',
  operating: '机关运行经费支出情况',
  procurement: '政府采购支出情况',
  assets: '国有资产占用情况',
  performance: '预算绩效情况',
  profile: '部门概况',
  other: '其他',
};

export const familyLabel = (family: RuleFamily): string => RULE_FAMILY_INFO[family]?.label ?? family;

/** "公开03": the number the standard templates print a table under (a document's own label may differ). */
export const tableNumber = (id: TableId): string => `公开${id.slice(1)}`;

/** "公开03 支出决算表". */
export const tableName = (id: string): string => (isTableId(id) ? `${tableNumber(id)} ${tableSpec(id).shortName}` : id);

export function locationText(location: Location): string {
  if ('table' in location) return [tableName(location.table), location.row, location.column].filter(Boolean).join(' · ');
  if ('section' in location) return `情况说明「${location.section}」`;
  return '全文';
}

export const sourcesText = (sources: readonly Source[]): string => sources.map(describeSource).join('、');

/**
 * The unit of a finding's bare figures: the row's own unit (公开10 counts), else its table's, else the document's.
 * Null when the figures carry their unit in the text ("5874.45万元") or the finding is not about a table.
 */
export function findingUnit(f: Pick<Finding, 'location' | 'expected' | 'actual'>, tableUnits: ReadonlyMap<string, string | undefined>, documentUnit: string | null): string | null {
  if (!('table' in f.location)) return null;
  if (![f.expected, f.actual].some((v) => v !== undefined && /^-?[\d,]+(\.\d+)?$/.test(v))) return null;
  const { table, row } = f.location;
  const rowUnit = isTableId(table) ? [...(tableSpec(table).rows ?? [])].find((r) => r.key === row)?.unit : undefined;
  return rowUnit ?? tableUnits.get(table) ?? documentUnit;
}

const thousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "5874.45万元" → "5,874.45 万元"; "60.7" with unit 万元 → "60.7 万元"; words stay as they are. */
export function figureText(value: string, unit: string | null): string {
  return value
    .split('；')
    .map((part) => {
      const m = /^(-?)([\d,]+)(\.\d+)?\s*(.*)$/.exec(part.trim());
      if (!m) return part.trim();
      const suffix = m[4] || unit || '';
      return `${m[1]}${thousands(m[2]!.replace(/,/g, ''))}${m[3] ?? ''}${suffix ? ` ${suffix}` : ''}`;
    })
    .join('；');
}

/**
 * A tolerance as a reviewer reads it: no more decimals than the figures it applies to, rounded up (so that what is
 * shown is never tighter than the rule used).
 */
export function toleranceText(tolerance: string, reference: string | undefined, unit: string | null): string {
  const decimals = /\.(\d+)/.exec(reference ?? '')?.[1]?.length ?? 2;
  let shown = tolerance;
  if (/^\d+(\.\d+)?$/.test(tolerance) && (/\.(\d+)/.exec(tolerance)?.[1]?.length ?? 0) > decimals) shown = new Big(tolerance).round(decimals, Big.roundUp).toFixed(decimals);
  return `±${figureText(shown, unit)}`;
}

export interface ShownFigures {
  expected?: string;
  actual?: string;
  difference?: string;
  tolerance?: string;
}

/** The finding's figures as shown to people, with units and consistent spacing. */
export function shownFigures(f: Pick<Finding, 'expected' | 'actual' | 'difference' | 'tolerance'>, unit: string | null): ShownFigures {
  const embedded = /[^\d.,\-\s；]+$/.exec(f.expected ?? f.actual ?? '')?.[0] ?? null;
  const u = unit ?? embedded;
  return {
    ...(f.expected !== undefined ? { expected: figureText(f.expected, unit) } : {}),
    ...(f.actual !== undefined ? { actual: figureText(f.actual, unit) } : {}),
    ...(f.difference !== undefined ? { difference: figureText(f.difference, u) } : {}),
    ...(f.tolerance !== undefined ? { tolerance: toleranceText(f.tolerance.replace(/[^\d.]+$/, ''), f.expected, u) } : {}),
  };
}
