// Downloads that open where people open them: CSV with a byte-order mark (Excel and WPS then read UTF-8), a workbook
// with Chinese labels throughout and every standard table laid out as printed, and a Fiscal Data Package (a zip of
// datapackage.json and the CSV it names) whose classification dimension says each row's table and 科目 level, so
// that a sum need count no money twice.
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { tableSpec } from '../catalog/kinds/index.js';
import { isFullyRead, READ_STATUS_LABELS } from '../model/reading.js';
import { RenderError, UnplacedFactsError } from '../render/errors.js';
import { layoutTable } from '../render/table-layout.js';
import { excelNumber, sheetName, writeTableSheet } from '../render/xlsx.js';
import { Repository, type DisclosureDetail, type FactRow, type ReviewedFinding } from '../store/repository.js';
import { BOM, csvLine } from './csv.js';
import { rebuildTables } from './portal-tables.js';
import { classCode, codeName, rowLabel, rowLevel } from './row-names.js';
import { AUDIT_STATUS_LABEL, familyLabel, findingUnit, locationText, REVIEW_LABEL, SEVERITY_INFO, shownFigures, sourcesText, tableName, tableNumber } from './wording.js';

/** Columns of every facts CSV (one disclosure or many), with the Table Schema type and a Chinese title. */
export const FACT_FIELDS = [
  { name: 'disclosure_id', type: 'integer', title: '决算编号' },
  { name: 'department', type: 'string', title: '部门' },
  { name: 'region', type: 'string', title: '地区' },
  { name: 'year', type: 'year', title: '年度' },
  { name: 'table', type: 'string', title: '表（决算 T01–T10，预算 B01–B13）' },
  { name: 'table_name', type: 'string', title: '表名' },
  { name: 'row', type: 'string', title: '行（科目编码或标准行名）' },
  { name: 'row_name', type: 'string', title: '科目名称或行名' },
  { name: 'level', type: 'string', title: '层级（类、款、项、合计、行）' },
  { name: 'class_code', type: 'string', title: '所属类（科目编码的前三位）' },
  { name: 'column', type: 'string', title: '栏' },
  { name: 'value', type: 'number', title: '数值（按原单位，精确）' },
  { name: 'unit', type: 'string', title: '单位' },
  { name: 'yuan', type: 'number', title: '金额（元，精确）' },
  { name: 'source', type: 'string', title: '出处' },
] as const;

export const factsCsvHeader = (): string => BOM + csvLine(FACT_FIELDS.map((f) => f.name));

export const factCsvLine = (f: FactRow, printed?: ReadonlyMap<string, string>): string =>
  csvLine([
    f.disclosureId,
    f.department,
    f.region,
    f.year,
    f.table,
    tableSpec(f.table).shortName,
    f.row,
    codeName(f.table, f.row, printed) ?? f.row,
    rowLevel(f.table, f.row),
    classCode(f.row),
    f.column,
    f.value,
    f.unit,
    f.yuan,
    sourcesText([f.source]),
  ]);

/** The names a disclosure printed for its codes, table by table. */
function printedNames(d: DisclosureDetail): Map<string, Map<string, string>> {
  return new Map(d.tableInfo.map((t) => [t.id, new Map(t.codes.map((c) => [c.code, c.name] as const))]));
}

export function factsCsv(d: DisclosureDetail): string {
  const names = printedNames(d);
  return factsCsvHeader() + d.facts.map((f) => factCsvLine({ ...f, disclosureId: d.id, department: d.department, region: d.region, year: d.year }, names.get(f.table))).join('');
}

const FINDING_HEADER = ['决算编号', '级别', '规则', '规则类别', '位置', '问题', '应为', '实为', '差额', '允许误差', '出处', '也由规则发现', '审核标注', '审核意见', '审核人', '标注时间'];

function findingCells(d: DisclosureDetail, f: ReviewedFinding, tableUnits: ReadonlyMap<string, string | undefined>): unknown[] {
  const shown = shownFigures(f, findingUnit(f, tableUnits, d.unit));
  return [
    d.id,
    SEVERITY_INFO[f.severity].label,
    f.rule,
    familyLabel(f.family),
    locationText(f.location),
    f.message,
    shown.expected,
    shown.actual,
    shown.difference,
    shown.tolerance,
    sourcesText(f.sources),
    f.alsoReportedBy?.join('、'),
    f.review ? REVIEW_LABEL[f.review.status] : '',
    f.review?.comment,
    f.review?.reviewer,
    f.review?.reviewedAt,
  ];
}

export function findingsCsv(d: DisclosureDetail, findings: readonly ReviewedFinding[]): string {
  const units = new Map(d.tableInfo.map((t) => [t.id, t.unit] as const));
  return BOM + csvLine(FINDING_HEADER) + findings.map((f) => csvLine(findingCells(d, f, units))).join('');
}

/** A number cell that shows and sums in a spreadsheet when a double holds the decimal exactly; else the exact text. */
function decimalCell(cell: ExcelJS.Cell, value: string | undefined): void {
  if (value === undefined) return;
  const n = excelNumber(value);
  if (n) {
    cell.value = n.number;
    cell.numFmt = n.numFmt;
  } else cell.value = value;
}

function styleHeader(ws: ExcelJS.Worksheet): void {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** A standard table that the printed layout cannot hold (a fact without its cell): the rebuilt rows, as read. */
function writeRebuiltSheet(ws: ExcelJS.Worksheet, d: DisclosureDetail, id: string): void {
  const table = rebuildTables(d.tableInfo, d.facts).find((t) => t.id === id);
  ws.addRow([tableName(id)]).font = { bold: true, size: 14 };
  ws.addRow([`${d.department ?? ''} ${d.year ?? ''}  金额单位：${table?.unit ?? d.unit ?? ''}（由读出的数字重建，未按表样排版）`]);
  for (const part of table?.parts ?? []) {
    if (part.title) ws.addRow([part.title]).font = { bold: true };
    ws.addRow(['项目', ...part.columns]).font = { bold: true };
    for (const row of part.rows) {
      const r = ws.addRow([row.label]);
      row.cells.forEach((c, i) => decimalCell(r.getCell(i + 2), c?.value));
    }
  }
  ws.getColumn(1).width = 36;
}

/**
 * One workbook: 概况, 审核发现 (with the reviewer's marks), 数字 (every fact with its 科目 name), then each standard
 * table laid out as printed (the renderer's layout, merged headers and all).
 */
export async function disclosureXlsx(d: DisclosureDetail, findings: readonly ReviewedFinding[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算通';
  wb.created = new Date(d.auditedAt);

  const info = wb.addWorksheet('概况');
  info.columns = [
    { header: '项目', key: 'k', width: 16 },
    { header: '内容', key: 'v', width: 70 },
  ];
  const rows: [string, string | number][] = [
    ['部门', d.department ?? '（未识别）'],
    ['地区', d.region ?? '（未识别）'],
    ['年度', d.year ?? '（未识别）'],
    ['文件类型', d.kind],
    ['金额单位', d.unit ?? '（未识别）'],
    ['包含的标准表', d.tableInfo.map((t) => tableName(t.id)).join('、')],
    ['审核结果', AUDIT_STATUS_LABEL[d.status]],
    ['错误', d.errors],
    ['警告', d.warnings],
    ['提示', d.infos],
    ['版本', d.supersededBy === null ? '当前版本' : `旧版本（已被编号 ${d.supersededBy} 取代）`],
    ['规则版本', d.rulesVersion],
    ['审核时间', d.auditedAt],
    ['原文件', d.fileName],
    ['原文件 SHA-256', d.sha256],
  ];
  for (const [k, v] of rows) info.addRow({ k, v });

  const units = new Map(d.tableInfo.map((t) => [t.id, t.unit] as const));
  const fs = wb.addWorksheet('审核发现');
  fs.columns = FINDING_HEADER.slice(1).map((header, i) => ({ header, width: [6, 12, 14, 30, 70, 16, 16, 14, 14, 24, 12, 10, 30, 10, 20][i] }));
  for (const f of findings) fs.addRow(findingCells(d, f, units).slice(1));

  const facts = wb.addWorksheet('数字');
  facts.columns = [
    { header: '表', width: 30 },
    { header: '科目编码或行名', width: 18 },
    { header: '科目名称', width: 30 },
    { header: '层级', width: 6 },
    { header: '栏', width: 20 },
    { header: '数值', width: 16 },
    { header: '单位', width: 8 },
    { header: '金额（元）', width: 20 },
    { header: '出处', width: 22 },
  ];
  const names = printedNames(d);
  for (const f of d.facts) {
    const row = facts.addRow([tableName(f.table), f.row, codeName(f.table, f.row, names.get(f.table)) ?? '', rowLevel(f.table, f.row), f.column, undefined, f.unit, undefined, sourcesText([f.source])]);
    decimalCell(row.getCell(6), f.value);
    decimalCell(row.getCell(8), f.yuan);
  }
  for (const ws of [info, fs, facts]) styleHeader(ws);

  // How completely each table was read, and every number that was not: a partly read table is never shown as whole.
  const reading = wb.addWorksheet('读取状态');
  reading.columns = [
    { header: '表', width: 30 },
    { header: '表号', width: 12 },
    { header: '读取状态', width: 14 },
    { header: '印出的数字', width: 12 },
    { header: '已读数字', width: 10 },
    { header: '未读数字', width: 10 },
    { header: '说明', width: 40 },
  ];
  for (const t of d.tableInfo) {
    reading.addRow([tableName(t.id), t.label ?? '', READ_STATUS_LABELS[t.reading.status], t.reading.numbers, t.reading.facts, t.reading.unread.length, t.note ?? '']);
  }
  const unread = d.tableInfo.flatMap((t) => t.reading.unread.map((u) => ({ table: t.id, u })));
  if (unread.length > 0) {
    const ws = wb.addWorksheet('未读数字');
    ws.columns = [
      { header: '表', width: 30 },
      { header: '所在行', width: 30 },
      { header: '印出的数字', width: 16 },
      { header: '出处', width: 22 },
    ];
    for (const { table, u } of unread) ws.addRow([tableName(table), u.row ? rowLabel(table, u.row, names.get(table)) : '（未识别的行）', u.text, sourcesText([u.source])]);
    styleHeader(ws);
  }
  styleHeader(reading);

  // Each standard table as printed, under its printed label when the document gave one.
  const disclosure = Repository.toDisclosure(d);
  for (const t of d.tableInfo) {
    const label = t.label ?? `${tableNumber(t.id)}表`;
    const ws = wb.addWorksheet(sheetName(`${label.replace(/表$/, '')} ${tableSpec(t.id).shortName}`));
    try {
      writeTableSheet(ws, layoutTable(disclosure, t.id, { label, ...(t.note ? { note: t.note } : {}) }));
    } catch (e) {
      // Numbers the template has no place for, or a table without a template: shown as read, not as printed.
      if (!(e instanceof UnplacedFactsError || (e instanceof RenderError && e.code === 'unprintable-table'))) throw e;
      writeRebuiltSheet(ws, d, t.id);
    }
    // A blank cell of a partly read table may be a number that was not read: the sheet says so under the table.
    if (!isFullyRead(t.reading)) {
      ws.addRow([]);
      ws.addRow([`${READ_STATUS_LABELS[t.reading.status]}：本表有 ${t.reading.unread.length} 个数字未能读取，空白处未必为零，见“未读数字”表。`]).font = { bold: true, color: { argb: 'FFB00020' } };
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export interface DataPackageOptions {
  name: string;
  title: string;
  /** The facts CSV: a path inside the package ('facts.csv') or an absolute URL. */
  path: string;
  years: number[];
  description?: string;
}

/** How to sum the facts without counting money twice: said in every package. */
const SUMMING =
  '同一笔钱会出现在多张表中（如公开01与公开03），也会在类、款、项各级重复出现（类 = 其下各款之和）。汇总时请只取一张表（table）、一个层级（level），' +
  '并注意“合计”行本身就是其他行之和。';

/**
 * A Fiscal Data Package descriptor for a facts CSV: `yuan` is the measure (CNY, executed); the dimensions are the
 * disclosure, the department, the year, and the classification (table, 科目 level, 类, 科目 and its name, column).
 */
export function dataPackage(options: DataPackageOptions): Record<string, unknown> {
  const years = [...options.years].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  const attr = (source: string, extra: object = {}) => ({ source, resource: 'facts', ...extra });
  return {
    // The published Fiscal Data Package profile builds on the tabular one and requires its profile name.
    profile: 'tabular-data-package',
    name: options.name,
    title: options.title,
    description: `${options.description ?? ''}${SUMMING}`,
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
        dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', header: true },
        schema: { fields: FACT_FIELDS.map((f) => ({ name: f.name, title: f.title, type: f.type })) },
      },
    ],
    model: {
      measures: { amount: { source: 'yuan', resource: 'facts', currency: 'CNY', factor: 1, phase: 'executed', direction: 'expenditure' } },
      dimensions: {
        disclosure: { dimensionType: 'other', primaryKey: ['disclosure_id'], attributes: { disclosure_id: attr('disclosure_id') } },
        department: {
          dimensionType: 'entity',
          primaryKey: ['department'],
          attributes: { department: attr('department'), region: attr('region') },
        },
        date: { dimensionType: 'datetime', primaryKey: ['year'], attributes: { year: attr('year') } },
        classification: {
          dimensionType: 'classification',
          classificationType: 'functional',
          primaryKey: ['table', 'row', 'column'],
          attributes: {
            table: attr('table'),
            table_name: attr('table_name', { labelfor: 'table' }),
            level: attr('level'),
            class_code: attr('class_code'),
            row: attr('row', { parent: 'class_code' }),
            row_name: attr('row_name', { labelfor: 'row' }),
            column: attr('column'),
          },
        },
      },
    },
  };
}

/** A zip of datapackage.json and the CSV it names (facts.csv). */
export function dataPackageZip(descriptor: Record<string, unknown>, factsCsvText: string): Uint8Array {
  return zipSync({ 'datapackage.json': strToU8(`${JSON.stringify(descriptor, null, 2)}\n`), 'facts.csv': strToU8(factsCsvText) }, { level: 6 });
}
