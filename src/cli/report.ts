// Human-readable output (Chinese): the check report and the facts listing. Pure functions of the data.
import { catalogCodeName, tableSpec } from '../catalog/kinds/index.js';
import type { Disclosure, DocumentInfo } from '../model/disclosure.js';
import type { Fact } from '../model/fact.js';
import type { AuditSummary, Finding, Severity } from '../model/finding.js';
import { READ_STATUS_LABELS, type TableReading } from '../model/reading.js';
import { describeSource, describeSpan, type Source } from '../model/source.js';
import { TABLE_IDS, type TableId } from '../model/table-id.js';
import { columns, plain, type Paint, type StyleFormat } from './text.js';

export const PARTS = ['表格', '情况说明', '绩效', '全文'] as const;
export type Part = (typeof PARTS)[number];

export interface FindingGroup {
  /** Table id, section heading, or 全文. */
  key: string;
  findings: Finding[];
}

export interface PartGroup {
  part: Part;
  groups: FindingGroup[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_LABEL: Record<Severity, string> = { error: '✖ 错误', warning: '▲ 警告', info: '· 提示' };
const SEVERITY_COLOR: Record<Severity, StyleFormat> = { error: ['bold', 'red'], warning: 'yellow', info: 'cyan' };

export function partOf(f: Finding): Part {
  if (f.family === 'performance') return '绩效';
  if ('table' in f.location) return '表格';
  if ('section' in f.location) return '情况说明';
  return '全文';
}

const groupKeyOf = (f: Finding): string =>
  'table' in f.location ? f.location.table : 'section' in f.location ? f.location.section : '全文';

/** Reading order of a source: text line, then page and height on the page; sheets last. */
function sourceOrder(s: Source): number {
  if ('line' in s) return s.line;
  if ('page' in s) return s.page * 100_000 + s.bbox[1];
  return Number.MAX_SAFE_INTEGER;
}

const findingOrder = (f: Finding): number => Math.min(Number.MAX_SAFE_INTEGER, ...f.sources.map(sourceOrder));

/**
 * Group findings by part (表格 / 情况说明 / 绩效 / 全文), then by table (in T01…T10 order) or section (in reading
 * order); inside a group errors come first, then warnings, then infos, each in reading order.
 */
export function groupFindings(findings: readonly Finding[]): PartGroup[] {
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || findingOrder(a) - findingOrder(b),
  );
  // Sections are ordered by where their first finding sits, whatever its severity.
  const firstSeen = new Map<string, number>();
  for (const f of [...findings].sort((a, b) => findingOrder(a) - findingOrder(b))) {
    const key = groupKeyOf(f);
    if (!firstSeen.has(key)) firstSeen.set(key, firstSeen.size);
  }
  const groupRank = (key: string): number => {
    const table = (TABLE_IDS as readonly string[]).indexOf(key);
    return table >= 0 ? table : TABLE_IDS.length + (firstSeen.get(key) ?? 0);
  };
  return PARTS.flatMap((part) => {
    const byKey = new Map<string, Finding[]>();
    for (const f of sorted) {
      if (partOf(f) !== part) continue;
      const key = groupKeyOf(f);
      byKey.set(key, [...(byKey.get(key) ?? []), f]);
    }
    if (byKey.size === 0) return [];
    const groups = [...byKey].map(([key, list]) => ({ key, findings: list }));
    groups.sort((a, b) => groupRank(a.key) - groupRank(b.key));
    return [{ part, groups }];
  });
}

/** "汾阳市医疗保障局 · 2024年度 · 部门决算 · 金额单位：万元" */
export function describeDocument(d: DocumentInfo): string {
  return [d.department ?? '（未识别部门）', d.year === undefined ? undefined : `${d.year}年度`, d.kind, d.unit && `金额单位：${d.unit}`]
    .filter(Boolean)
    .join(' · ');
}

function tableTitle(id: TableId, disclosure: Disclosure): string {
  const label = disclosure.tables.find((t) => t.id === id)?.label;
  return `${id} ${tableSpec(id).shortName}${label ? `（${label}）` : ''}`;
}

type RowLabel = (table: TableId, row: string) => string;

/** Row labels: a code with its name as printed in the table, else as in the catalog ("210 卫生健康支出"). */
function rowLabels(disclosure: Disclosure): RowLabel {
  const printed = new Map<string, string>();
  for (const t of disclosure.tables) for (const c of t.codes) printed.set(`${t.id}|${c.code}`, c.name);
  return (table, row) => {
    const name = printed.get(`${table}|${row}`) ?? catalogCodeName(table, row);
    return name ? `${row} ${name}` : row;
  };
}

function describeSources(sources: readonly Source[]): string | undefined {
  // Several figures of one sentence share its line: name each place once.
  const places = [...new Set(sources.map(describeSource))];
  if (places.length === 0) return undefined;
  const shown = places.slice(0, 4).join('、');
  return places.length > 4 ? `${shown} 等 ${places.length} 处` : shown;
}

function describeLocation(f: Finding, disclosure: Disclosure, rowLabel: RowLabel): string {
  const parts: string[] = [];
  const loc = f.location;
  if ('table' in loc) {
    parts.push(tableTitle(loc.table, disclosure));
    if (loc.row !== undefined) parts.push(`行 ${rowLabel(loc.table, loc.row)}`);
    if (loc.column !== undefined) parts.push(`栏 ${loc.column}`);
  } else if ('section' in loc) {
    parts.push(loc.section);
    if (loc.quote) parts.push(`“${loc.quote}”`);
  } else {
    parts.push('全文');
  }
  const sources = describeSources(f.sources);
  if (sources) parts.push(sources);
  return parts.join(' · ');
}

function describeFigures(f: Finding): string | undefined {
  const figures = [
    f.expected !== undefined && `应为 ${f.expected}`,
    f.actual !== undefined && `实为 ${f.actual}`,
    f.difference !== undefined && `差额 ${f.difference}`,
    f.tolerance !== undefined && `容差 ${f.tolerance}`,
    f.alsoReportedBy !== undefined && `规则 ${f.alsoReportedBy.join('、')} 也发现了此问题`,
  ].filter((x): x is string => typeof x === 'string');
  return figures.length > 0 ? figures.join(' · ') : undefined;
}

/** Each table's read status, for the JSON outputs of `facts` and `check`. */
export function tableReadings(disclosure: Disclosure): { id: TableId; title: string; reading: TableReading }[] {
  return disclosure.tables.map((t) => ({ id: t.id, title: t.title, reading: t.reading }));
}

/** "，12 个数字未能读取" for the progress line when the reading is incomplete; '' otherwise. */
export const readingBrief = ({ reading }: AuditSummary): string =>
  reading.complete ? '' : reading.incompleteTables.length === 0 ? '，没有找到公开表' : `，${reading.unreadNumbers} 个数字未能读取`;

/** One line per table: "T02 收入决算表：部分未能读取（已读 48 个，未能读取 3 个：第 10 页）". */
function readingLines(disclosure: Disclosure): string[] {
  return disclosure.tables.map((t) => {
    const r = t.reading;
    const counts = r.status === 'empty' ? '' : r.unread.length === 0 ? `（${r.facts} 个数字）` : `（已读 ${r.facts} 个，未能读取 ${r.unread.length} 个：${describeSpan(r.unread.map((u) => u.source))}）`;
    return `${t.id} ${tableSpec(t.id).shortName}：${READ_STATUS_LABELS[r.status]}${counts}`;
  });
}

/** "错误 2 个、警告 1 个、提示 3 个；规则：通过 40 条、未通过 3 条、无法评估 2 条" */
export function summaryLine(summary: AuditSummary): string {
  const { rules } = summary;
  return (
    `错误 ${summary.errors} 个、警告 ${summary.warnings} 个、提示 ${summary.infos} 个；` +
    `规则：通过 ${rules.passed} 条、未通过 ${rules.failed} 条、无法评估 ${rules.notEvaluable} 条`
  );
}

export interface CheckReportInput {
  disclosure: Disclosure;
  findings: readonly Finding[];
  summary: AuditSummary;
}

/** The `juesuan check` report: header, findings grouped by part and table/section, summary, not-evaluable rules. */
export function formatCheckReport({ disclosure, findings, summary }: CheckReportInput, paint: Paint = plain): string {
  const doc = disclosure.document;
  const rowLabel = rowLabels(disclosure);
  const lines: string[] = [
    paint('bold', `审核报告：${describeDocument(doc)}`),
    `文件：${(doc.files ?? [doc.file]).join('、')}`,
    `识别到的表：${doc.tables.length > 0 ? doc.tables.join('、') : '无'}`,
    '',
  ];
  if (findings.length === 0)
    lines.push(
      summary.reading.complete
        ? '未发现问题。'
        : summary.reading.incompleteTables.length === 0
          ? '在已读取的内容中未发现问题，但文件中没有找到公开表。'
          : '在已读取的内容中未发现问题，但有数字未能读取（见【读取】）。',
      '',
    );
  for (const { part, groups } of groupFindings(findings)) {
    lines.push(paint(['bold', 'underline'], `【${part}】`), '');
    for (const { key, findings: list } of groups) {
      const title = (TABLE_IDS as readonly string[]).includes(key) ? tableTitle(key as TableId, disclosure) : key;
      lines.push(paint('bold', `  ${title}`));
      for (const f of list) {
        lines.push(`    ${paint(SEVERITY_COLOR[f.severity], SEVERITY_LABEL[f.severity])}  ${f.message}  ${paint('dim', `[${f.rule}]`)}`);
        lines.push(paint('dim', `        位置：${describeLocation(f, disclosure, rowLabel)}`));
        const figures = describeFigures(f);
        if (figures) lines.push(`        ${figures}`);
      }
      lines.push('');
    }
  }
  const incomplete = !summary.reading.complete;
  if (incomplete && disclosure.tables.length > 0) {
    lines.push(paint(['bold', 'yellow'], '【读取】'), ...readingLines(disclosure).map((l) => `  ${l}`), '');
  }
  const verdict =
    summary.errors > 0 ? paint(['bold', 'red'], '有错误') : incomplete ? paint(['bold', 'yellow'], '审核不完整') : paint(['bold', 'green'], '无错误');
  lines.push(`${verdict}  ${summaryLine(summary)}`);
  if (incomplete) {
    const { incompleteTables, unreadNumbers } = summary.reading;
    lines.push(
      incompleteTables.length === 0
        ? '文件中没有找到可读取的公开表：表格的核对没有进行，不能视为没有错误。若表格另有附件，请一并提供。'
        : `${incompleteTables.length} 张表中有 ${unreadNumbers} 个数字未能读取：用到它们的核对没有进行，不能视为没有错误。请对照原件核对，或提供其他格式的文件。`,
    );
  }
  if (summary.notEvaluable.length > 0) {
    lines.push('', '无法评估的规则（缺少所需数据，不计为通过）：');
    for (const r of summary.notEvaluable) lines.push(`  · ${r.rule}：${r.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The `juesuan facts` listing: every fact, table by table, with its row name and source. */
export function formatFactsListing(disclosure: Disclosure, paint: Paint = plain): string {
  const doc = disclosure.document;
  const rowLabel = rowLabels(disclosure);
  const byTable = new Map<TableId, Fact[]>();
  for (const f of disclosure.facts) byTable.set(f.table, [...(byTable.get(f.table) ?? []), f]);
  const ids = [...new Set<TableId>([...disclosure.tables.map((t) => t.id), ...byTable.keys()])];
  const lines: string[] = [
    paint('bold', describeDocument(doc)),
    `文件：${(doc.files ?? [doc.file]).join('、')}`,
    `共 ${ids.length} 张表、${disclosure.facts.length} 个数字。`,
  ];
  for (const id of ids) {
    const info = disclosure.tables.find((t) => t.id === id);
    const facts = byTable.get(id) ?? [];
    const unit = info?.unit ?? doc.unit;
    const status = info && info.reading.status !== 'empty' ? `  ${READ_STATUS_LABELS[info.reading.status]}` : '';
    lines.push('', paint('bold', `${tableTitle(id, disclosure)}${unit ? `  单位：${unit}` : ''}  ${facts.length} 个数字${status}`));
    const unread = info?.reading.unread ?? [];
    if (facts.length === 0 && unread.length === 0) {
      lines.push(`  （本表无数据${info?.note ? `：${info.note}` : ''}）`);
      continue;
    }
    const rows = facts.map((f) => [rowLabel(f.table, f.row), f.column, f.value, f.unit, describeSource(f.source)]);
    if (rows.length > 0) lines.push(...columns([['行', '栏', '数值', '单位', '来源'], ...rows], ['left', 'left', 'right', 'left', 'left']));
    if (unread.length > 0) {
      lines.push(paint('yellow', `  未能读取的数字 ${unread.length} 个（不是空白，也不是 0）：`));
      const unreadRows = unread.map((u) => [u.row === undefined ? '（未识别的行）' : rowLabel(id, u.row), u.text, describeSource(u.source)]);
      lines.push(...columns([['行', '印刷的数字', '来源'], ...unreadRows], ['left', 'right', 'left']).map((l) => `  ${l}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
