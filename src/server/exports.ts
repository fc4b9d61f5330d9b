// Downloads: facts and findings as CSV, a workbook (XLSX), and a Fiscal Data Package descriptor
// (datapackage.json, frictionless "tabular-data-package" profile with the fiscal `model`) over the facts CSV.
import ExcelJS from 'exceljs';
import type { Finding } from '../model/finding.js';
import { READ_STATUS_LABELS } from '../model/reading.js';
import type { Source } from '../model/source.js';
import type { DisclosureDetail, FactRow } from '../store/repository.js';
import { csvLine } from './csv.js';

/** Columns of every facts CSV (one disclosure or many). */
export const FACT_FIELDS = [
  { name: 'disclosure_id', type: 'integer', title: '决算编号' },
  { name: 'department', type: 'string', title: '部门' },
  { name: 'region', type: 'string', title: '地区' },
  { name: 'year', type: 'year', title: '年度' },
  { name: 'table', type: 'string', title: '表（决算 T01–T10，预算 B01–B13）' },
  { name: 'row', type: 'string', title: '行（科目编码或标准行名）' },
  { name: 'column', type: 'string', title: '栏' },
  { name: 'value', type: 'number', title: '数值（按原单位，精确）' },
  { name: 'unit', type: 'string', title: '单位' },
  { name: 'yuan', type: 'number', title: '金额（元，精确）' },
  { name: 'source', type: 'string', title: '出处（JSON）' },
] as const;

export const factsCsvHeader = (): string => csvLine(FACT_FIELDS.map((f) => f.name));

export const factCsvLine = (f: FactRow): string =>
  csvLine([f.disclosureId, f.department, f.region, f.year, f.table, f.row, f.column, f.value, f.unit, f.yuan, f.source]);

export function detailFactRows(d: DisclosureDetail): FactRow[] {
  return d.facts.map((f) => ({ ...f, disclosureId: d.id, department: d.department, region: d.region, year: d.year }));
}

export function factsCsv(d: DisclosureDetail): string {
  return factsCsvHeader() + detailFactRows(d).map(factCsvLine).join('');
}

const FINDING_COLUMNS = ['disclosure_id', 'rule', 'family', 'severity', 'message', 'location', 'expected', 'actual', 'difference', 'tolerance', 'sources', 'also_reported_by'];

export function findingsCsv(d: DisclosureDetail): string {
  return (
    csvLine(FINDING_COLUMNS) +
    d.findings.map((f) => csvLine([d.id, f.rule, f.family, f.severity, f.message, f.location, f.expected, f.actual, f.difference, f.tolerance, f.sources, f.alsoReportedBy?.join(' ')])).join('')
  );
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

const sourceText = (s: Source): string => ('line' in s ? `第${s.line}行${s.column ? `第${s.column}栏` : ''}` : 'page' in s ? `第${s.page}页` : `${s.sheet}!${s.cell}`);

/**
 * A number cell when the decimal survives the trip through a double exactly (it then shows and sums in a
 * spreadsheet), with as many decimals as printed; otherwise the exact text.
 */
function decimalCell(cell: ExcelJS.Cell, value: string | undefined): void {
  if (value === undefined) return;
  const n = Number(value);
  const decimals = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
  if (Number.isFinite(n) && n.toFixed(decimals) === value.replace(/^-0(\.0*)?$/, '0$1') && Math.abs(n) < 2 ** 53 / 10 ** decimals) {
    cell.value = n;
    cell.numFmt = decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  } else {
    cell.value = value;
  }
}

/** One workbook: 概况, 数字 (facts), 审核发现 (findings), 表格 (tables found). */
export async function disclosureXlsx(d: DisclosureDetail): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算通';
  wb.created = new Date(d.auditedAt);

  const info = wb.addWorksheet('概况');
  info.columns = [
    { header: '项目', key: 'k', width: 16 },
    { header: '内容', key: 'v', width: 60 },
  ];
  const rows: [string, string | number][] = [
    ['部门', d.department ?? ''],
    ['地区', d.region ?? ''],
    ['年度', d.year ?? ''],
    ['类型', d.kind],
    ['金额单位', d.unit ?? ''],
    ['包含的表', d.tables.join('、')],
    ['错误', d.errors],
    ['警告', d.warnings],
    ['提示', d.infos],
    ['规则版本', d.rulesVersion],
    ['审核时间', d.auditedAt],
    ['原文件', d.fileName],
    ['SHA-256', d.sha256],
  ];
  for (const [k, v] of rows) info.addRow({ k, v });

  const facts = wb.addWorksheet('数字');
  facts.columns = [
    { header: '表', key: 'table', width: 6 },
    { header: '行', key: 'row', width: 28 },
    { header: '栏', key: 'column', width: 20 },
    { header: '数值', key: 'value', width: 16 },
    { header: '单位', key: 'unit', width: 8 },
    { header: '金额（元）', key: 'yuan', width: 20 },
    { header: '出处', key: 'source', width: 16 },
  ];
  for (const f of d.facts) {
    const row = facts.addRow({ table: f.table, row: f.row, column: f.column, unit: f.unit, source: sourceText(f.source) });
    decimalCell(row.getCell('value'), f.value);
    decimalCell(row.getCell('yuan'), f.yuan);
  }

  const findings = wb.addWorksheet('审核发现');
  findings.columns = [
    { header: '级别', key: 'severity', width: 6 },
    { header: '规则', key: 'rule', width: 22 },
    { header: '类别', key: 'family', width: 12 },
    { header: '说明', key: 'message', width: 80 },
    { header: '位置', key: 'location', width: 30 },
    { header: '应为', key: 'expected', width: 14 },
    { header: '实为', key: 'actual', width: 14 },
    { header: '差额', key: 'difference', width: 12 },
    { header: '容差', key: 'tolerance', width: 10 },
    { header: '出处', key: 'sources', width: 24 },
    { header: '也由规则', key: 'alsoReportedBy', width: 14 },
  ];
  for (const f of d.findings) {
    findings.addRow({
      severity: SEVERITY_LABEL[f.severity],
      rule: f.rule,
      family: f.family,
      message: f.message,
      location: JSON.stringify(f.location),
      expected: f.expected,
      actual: f.actual,
      difference: f.difference,
      tolerance: f.tolerance,
      sources: f.sources.map(sourceText).join('、'),
      alsoReportedBy: f.alsoReportedBy?.join('、'),
    });
  }

  const tables = wb.addWorksheet('表格');
  tables.columns = [
    { header: '表', key: 'id', width: 6 },
    { header: '标题', key: 'title', width: 40 },
    { header: '表号', key: 'label', width: 12 },
    { header: '单位', key: 'unit', width: 8 },
    { header: '读取状态', key: 'reading', width: 14 },
    { header: '未读数字', key: 'unread', width: 10 },
    { header: '说明', key: 'note', width: 40 },
  ];
  for (const t of d.tableInfo) tables.addRow({ id: t.id, title: t.title, label: t.label, unit: t.unit, reading: READ_STATUS_LABELS[t.reading.status], unread: t.reading.unread.length, note: t.note });

  for (const ws of wb.worksheets) {
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export interface DataPackageOptions {
  name: string;
  title: string;
  /** Where the facts CSV is: relative to the descriptor ('facts.csv') or an absolute URL. */
  path: string;
  years: number[];
  description?: string;
}

/**
 * A Fiscal Data Package descriptor for a facts CSV: the `yuan` column is the measure (CNY, executed), and
 * department, year, table, row (functional or economic classification) and column are the dimensions.
 */
export function dataPackage(options: DataPackageOptions): object {
  const years = [...options.years].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  return {
    profile: 'tabular-data-package',
    name: options.name,
    title: options.title,
    ...(options.description ? { description: options.description } : {}),
    countryCode: 'CN',
    ...(first !== undefined && last !== undefined ? { fiscalPeriod: { start: `${first}-01-01`, end: `${last}-12-31` } } : {}),
    sources: [{ title: '部门决算公开（决算通抽取）' }],
    resources: [
      {
        name: 'facts',
        title: '决算公开表格中的全部数字',
        path: options.path,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: {
          fields: FACT_FIELDS.map((f) => ({ name: f.name, title: f.title, type: f.type === 'year' ? 'year' : f.type })),
        },
      },
    ],
    model: {
      measures: {
        amount: { source: 'yuan', resource: 'facts', currency: 'CNY', factor: 1, phase: 'executed' },
      },
      dimensions: {
        department: {
          dimensionType: 'entity',
          primaryKey: ['department'],
          attributes: { department: { source: 'department', resource: 'facts' }, region: { source: 'region', resource: 'facts' } },
        },
        date: { dimensionType: 'datetime', primaryKey: ['year'], attributes: { year: { source: 'year', resource: 'facts' } } },
        classification: {
          dimensionType: 'classification',
          primaryKey: ['table', 'row', 'column'],
          attributes: {
            table: { source: 'table', resource: 'facts' },
            row: { source: 'row', resource: 'facts' },
            column: { source: 'column', resource: 'facts' },
          },
        },
        disclosure: { dimensionType: 'other', primaryKey: ['disclosure_id'], attributes: { disclosure_id: { source: 'disclosure_id', resource: 'facts' } } },
      },
    },
  };
}
