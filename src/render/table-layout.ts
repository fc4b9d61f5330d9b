// Facts + catalog → the printed grid of each standard table, as the official 公开01–10 templates print it. Every
// output format (HTML, PDF, DOCX, XLSX) draws these grids, so a table looks, merges and reads back the same in all.
import { ECONOMIC_CODES } from '../catalog/economic-codes.js';
import { FUNCTION_CODES } from '../catalog/function-codes.js';
import { TABLE_TEMPLATE } from '../catalog/tables.js';
import type { DraftedDisclosure } from '../draft/drafted.js';
import type { Disclosure, TableInfo } from '../model/disclosure.js';
import type { Fact } from '../model/fact.js';
import { TERMS as T } from '../model/glossary.js';
import type { TableId } from '../model/table-id.js';
import { RenderError, UnplacedFactsError } from './errors.js';
import { GridBuilder, type CellInput, type GridSlot } from './grid.js';

/** What a column holds; 'code-part' is one of the narrow 类 / 款 / 项 columns of a split code. */
export type ColumnKind = 'code' | 'code-part' | 'name' | 'label' | 'row-number' | 'amount';

/** One standard table laid out for print. */
export interface PrintedTable {
  id: TableId;
  /** 公开01表 … by print position. */
  label: string;
  title: string;
  department?: string;
  /** 2024年度 */
  yearLine?: string;
  unit: string;
  /** 金额单位：万元 */
  unitLine: string;
  /** Column kinds, left to right (widths and alignment follow from them). */
  columns: ColumnKind[];
  /** Header rows at the top of `rows` (they repeat on every printed page). */
  headerRows: number;
  /** Header and body, rectangular: rows[r][c] is printed column c. */
  rows: GridSlot[][];
  /** 注：… and 说明：… printed under the table. */
  notes: string[];
  /** Wide tables are printed on landscape pages. */
  orientation: 'portrait' | 'landscape';
  /** True when the table carries no number (its 说明 says why). */
  empty: boolean;
}

/** Footnotes of the official templates (the 说明 of an empty table comes from the draft instead). */
const FOOTNOTES: Record<TableId, string> = {
  T01: '注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。',
  T02: '注：本表反映部门本年度取得的各项收入情况。',
  T03: '注：本表反映部门本年度各项支出情况。',
  T04: '注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。',
  T05: '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
  T06: '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
  T07: '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
  T08: '注：本表反映部门本年度国有资本经营预算财政拨款支出情况。',
  T09: '注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。',
  T10: '注：本表反映部门本年度政府采购支出、机关运行经费支出及国有资产占用情况。',
};

/** The 类 of 支出功能分类 the expenditure side of 公开01/04 lists, in template order (domain README §1.3). */
const TEMPLATE_CLASSES = ['201', '202', '203', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '215', '216', '217', '219', '220', '221', '222', '223', '224', '229', '231', '232', '234'];

/** Landscape from this many printed columns on. */
const LANDSCAPE_FROM = 7;

/** Columns that count for the page orientation: split 类 | 款 | 项 columns are together as narrow as one code column. */
const printedWidth = (columns: readonly ColumnKind[]): number => columns.filter((k, j) => !(k === 'code-part' && columns[j - 1] === 'code-part')).length;

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 26 → 二十六 (the ordinals of template rows). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

/** Facts of one table by row and column. */
class FactGrid {
  private readonly values = new Map<string, string>();
  readonly rows: string[] = [];
  readonly columns = new Set<string>();

  constructor(facts: readonly Fact[]) {
    for (const f of facts) {
      if (!this.values.has(`${f.row}|${f.column}`) && !this.rows.includes(f.row)) this.rows.push(f.row);
      this.values.set(`${f.row}|${f.column}`, f.value);
      this.columns.add(f.column);
    }
  }

  get(row: string, column: string): string | undefined {
    return this.values.get(`${row}|${column}`);
  }

  /** An amount cell: the printed value, or blank (—— where the template marks the cell not applicable). */
  cell(row: string, column: string, dash = false): CellInput {
    const value = this.get(row, column);
    if (value !== undefined) this.placed.add(`${row}|${column}`);
    return value === undefined ? { text: dash ? '——' : '', role: 'amount' } : { text: value, value, role: 'amount' };
  }

  /** Keys of the facts the grid printed; any other fact would be lost, which layoutTable refuses. */
  readonly placed = new Set<string>();

  unplaced(): string[] {
    return [...this.values.keys()].filter((k) => !this.placed.has(k));
  }
}

const isCode = (row: string) => /^\d+$/.test(row);
const level = (code: string) => (code.length <= 3 ? 0 : code.length <= 5 ? 1 : 2);

/** Names printed next to codes: as the document printed them, else the catalog's. */
function nameOf(table: TableInfo | undefined, disclosure: Disclosure, code: string, economic: boolean): string {
  const printed = table?.codes.find((c) => c.code === code)?.name;
  if (printed) return printed;
  if (!economic) {
    // a 类 on 公开01/04 printed in another table of the same package
    const other = disclosure.tables.flatMap((t) => (t.id === 'T06' ? [] : t.codes)).find((c) => c.code === code)?.name;
    if (other) return other;
  }
  return (economic ? ECONOMIC_CODES.get(code)?.name : FUNCTION_CODES.get(code)?.name) ?? '';
}

/**
 * How coded tables (公开02/03/05/07/08) print the 科目编码: one column holding the whole code, or three columns
 * 类 | 款 | 项 under a merged 科目编码 header, each holding its part of the code (the 财政部 template).
 */
export type CodeColumns = 'single' | 'split';

export interface LayoutOptions {
  /** Printed label, e.g. 公开07表 (the position in the package). */
  label: string;
  /** 说明 under the table when it has no data. */
  note?: string;
  /** 科目编码 in one column (default) or split into 类 | 款 | 项. */
  codeColumns?: CodeColumns;
}

/** The printed grid of one standard table of a disclosure. */
export function layoutTable(disclosure: Disclosure, id: TableId, options: LayoutOptions): PrintedTable {
  const info = disclosure.tables.find((t) => t.id === id);
  const facts = new FactGrid(disclosure.facts.filter((f) => f.table === id));
  const unit = info?.unit ?? disclosure.document.unit ?? T.tenThousandYuan;
  const body = BUILDERS[id](facts, info, disclosure, options.codeColumns ?? 'single');
  const lost = facts.unplaced();
  if (lost.length) throw new UnplacedFactsError(TABLE_TEMPLATE[id].shortName, lost.map((k) => k.replace('|', ' / ')));
  const empty = facts.rows.length === 0;
  const notes = [FOOTNOTES[id]];
  const note = options.note ?? info?.note ?? (empty ? '本表无数据' : undefined);
  if (empty && note) notes.push(/^(说明|注)/.test(note) ? note : `说明：${note}`);
  const year = disclosure.document.year;
  return {
    id,
    label: options.label,
    title: TABLE_TEMPLATE[id].title,
    ...(disclosure.document.department ? { department: disclosure.document.department } : {}),
    ...(year ? { yearLine: `${year}年度` } : {}),
    unit,
    unitLine: `金额单位：${unit}`,
    columns: body.columns,
    headerRows: body.headerRows,
    rows: body.grid.rows,
    notes,
    orientation: printedWidth(body.columns) >= LANDSCAPE_FROM ? 'landscape' : 'portrait',
    empty,
  };
}

/** The package's tables in print order, labelled 公开01表, 公开02表 … by position. */
export function layoutTables(drafted: DraftedDisclosure, options: { codeColumns?: CodeColumns } = {}): PrintedTable[] {
  return drafted.tables.map((t, i) =>
    layoutTable(drafted.disclosure, t.id, {
      label: `公开${String(i + 1).padStart(2, '0')}表`,
      ...(t.note ? { note: t.note } : {}),
      ...(options.codeColumns ? { codeColumns: options.codeColumns } : {}),
    }),
  );
}

interface Body {
  grid: GridBuilder;
  columns: ColumnKind[];
  headerRows: number;
}

type Builder = (facts: FactGrid, info: TableInfo | undefined, disclosure: Disclosure, codeColumns: CodeColumns) => Body;

// ——— coded tables: 公开02, 03, 05, 07, 08 ———

interface CodedColumn {
  header: string;
  key: string;
  /** A header printed over several columns (本年支出 over 小计 | 基本支出 | 项目支出). */
  group?: string;
}

const SPLITTABLE = /^\d{3}(?:\d{2}){0,2}$/;

/** The parts a code prints in 类 | 款 | 项: every part it has, so a row reads alone (at the top of a page, too). */
const codeParts = (code: string): [string, string, string] => [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];

function coded(id: TableId, columns: CodedColumn[]): Builder {
  return (facts, info, disclosure, codeColumns) => {
    const split = codeColumns === 'split';
    // the columns left of the amounts: 科目编码 (1, or 类 | 款 | 项) and 科目名称
    const lead = split ? 4 : 2;
    const grid = new GridBuilder(lead + columns.length);
    // split headers take one more row (类 | 款 | 项 under 科目编码); headers without a lower row span down to it
    const depth = split ? 3 : 2;
    const top: CellInput[] = [{ text: '项目', colSpan: lead }];
    for (let j = 0; j < columns.length; j++) {
      const { group, header } = columns[j]!;
      if (!group) top.push({ text: header, rowSpan: depth });
      else if (columns[j - 1]?.group !== group) top.push({ text: group, colSpan: columns.filter((c) => c.group === group).length });
    }
    grid.row(top, { role: 'header' });
    const children = columns.filter((c) => c.group).map((c): CellInput => ({ text: c.header, rowSpan: depth - 1 }));
    if (split) {
      grid.row([{ text: '科目编码', colSpan: 3 }, { text: '科目名称', rowSpan: 2 }, ...children], { role: 'header' });
      grid.row([{ text: '类' }, { text: '款' }, { text: '项' }], { role: 'header' });
    } else grid.row([{ text: '科目编码' }, { text: '科目名称' }, ...children], { role: 'header' });
    grid.row([{ text: '栏次', colSpan: lead }, ...columns.map((_, j) => ({ text: String(j + 1) }))], { role: 'column-number' });
    grid.row([{ text: T.total, colSpan: lead, role: 'label', bold: true }, ...columns.map((c) => ({ ...facts.cell(T.total, c.key), bold: true }))]);
    const codes = [...new Set([...(info?.codes.map((c) => c.code) ?? []), ...facts.rows.filter(isCode)])].sort();
    // only a 3/5/7-digit code has 类/款/项 parts; any other would print as parts that read back as another code or none
    const unsplittable = split ? codes.filter((c) => !SPLITTABLE.test(c)) : [];
    if (unsplittable.length) {
      throw new RenderError('unsplittable-code', `「${TABLE_TEMPLATE[id].shortName}」的科目编码${unsplittable.map((c) => `“${c}”`).join('、')}不是3、5或7位，无法按类、款、项分栏打印，请改用单栏科目编码。`);
    }
    for (const code of codes) {
      const codeCells: CellInput[] = split
        ? codeParts(code).map((part) => ({ text: part, role: 'code' }))
        : [{ text: code, role: 'code', level: level(code) }];
      grid.row([
        ...codeCells,
        { text: nameOf(info, disclosure, code, false), role: 'name', level: level(code) },
        ...columns.map((c) => facts.cell(code, c.key)),
      ]);
    }
    const codeKinds: ColumnKind[] = split ? ['code-part', 'code-part', 'code-part'] : ['code'];
    return { grid, columns: [...codeKinds, 'name', ...columns.map((): ColumnKind => 'amount')], headerRows: depth + 1 };
  };
}

const plain = (key: string): CodedColumn => ({ header: key, key });

// ——— two-sided tables: 公开01, 04 ———

interface SideRow {
  label: string;
  key?: string;
  bold?: boolean;
}

interface TwoSidedForm {
  incomeHead: SideRow[];
  incomeTail: SideRow[];
  /** Columns of the expenditure side: header and fact column. */
  expenditureColumns: { header: string; key: string }[];
  expenditureTail: SideRow[];
}

const ordinal = (rows: [string, string?][]): SideRow[] => rows.map(([key, printed], i) => ({ label: `${chineseNumber(i + 1)}、${printed ?? key}`, key }));

const TWO_SIDED: Record<'T01' | 'T04', TwoSidedForm> = {
  T01: {
    incomeHead: ordinal([
      [T.generalBudgetIncome],
      [T.governmentFundIncome],
      [T.stateCapitalIncome],
      [T.superiorSubsidyIncome],
      [T.businessIncome],
      [T.operatingIncome],
      [T.subordinateRemittanceIncome],
      [T.otherIncome],
    ]),
    incomeTail: [
      { label: T.currentYearIncome, key: T.currentYearIncome, bold: true },
      { label: '使用非财政拨款结余（含专用结余）', key: T.useOfNonFiscalBalance },
      { label: T.openingBalance, key: T.openingBalance },
      { label: '' },
      { label: '总计', key: T.incomeGrandTotal, bold: true },
    ],
    expenditureColumns: [{ header: T.amount, key: T.amount }],
    expenditureTail: [
      { label: T.currentYearExpenditure, key: T.currentYearExpenditure, bold: true },
      { label: T.balanceDistribution, key: T.balanceDistribution },
      { label: T.closingBalance, key: T.closingBalance },
      { label: '' },
      { label: '总计', key: T.expenditureGrandTotal, bold: true },
    ],
  },
  T04: {
    incomeHead: ordinal([[T.generalBudgetAppropriation], [T.governmentFundAppropriation], [T.stateCapitalAppropriation]]),
    incomeTail: [
      { label: T.currentYearIncome, key: T.currentYearIncome, bold: true },
      { label: T.fiscalOpeningBalance, key: T.fiscalOpeningBalance },
      ...[T.generalBudgetAppropriation, T.governmentFundAppropriation, T.stateCapitalAppropriation].map((t) => ({ label: t, key: `${T.fiscalOpeningBalance}.${t}` })),
      { label: '总计', key: T.incomeGrandTotal, bold: true },
    ],
    expenditureColumns: [
      { header: T.total, key: T.total },
      { header: T.generalBudgetAppropriation, key: T.generalBudgetAppropriation },
      { header: T.governmentFundAppropriation, key: T.governmentFundAppropriation },
      { header: T.stateCapitalAppropriation, key: T.stateCapitalAppropriation },
    ],
    expenditureTail: [
      { label: T.currentYearExpenditure, key: T.currentYearExpenditure, bold: true },
      { label: T.fiscalClosingBalance, key: T.fiscalClosingBalance },
      // by-budget-type split of the closing balance: printed with its label only when the document has it
      ...[T.generalBudgetAppropriation, T.governmentFundAppropriation, T.stateCapitalAppropriation].map((t) => ({ label: t, key: `${T.fiscalClosingBalance}.${t}` })),
      { label: '总计', key: T.expenditureGrandTotal, bold: true },
    ],
  },
};

function twoSided(id: 'T01' | 'T04'): Builder {
  const form = TWO_SIDED[id];
  return (facts, info, disclosure) => {
    const income = TABLE_TEMPLATE[id].columns[0]!.key;
    const expenditureKeys = form.expenditureColumns.map((c) => c.key);
    const expenditureTail = form.expenditureTail.map((r) =>
      r.key?.includes('.') && !expenditureKeys.some((k) => facts.get(r.key!, k) !== undefined) ? { label: '' } : r,
    );
    const fixed = new Set([...form.incomeHead, ...form.incomeTail, ...form.expenditureTail].map((r) => r.key));
    // the template's classes, plus any other class or unmatched label the document printed
    const extra = facts.rows.filter((r) => !fixed.has(r) && !TEMPLATE_CLASSES.includes(r) && !/^行\d+$/.test(r));
    const classes = [...TEMPLATE_CLASSES, ...extra.filter(isCode).sort(), ...extra.filter((r) => !isCode(r))];
    const classRows: SideRow[] = classes.map((key, i) => ({ label: `${chineseNumber(i + 1)}、${isCode(key) ? nameOf(info, disclosure, key, false) : key}`, key }));
    const left: SideRow[] = [...form.incomeHead, ...Array.from({ length: Math.max(0, classRows.length - form.incomeHead.length) }, () => ({ label: '' })), ...form.incomeTail];
    const right: SideRow[] = [...classRows, ...Array.from({ length: Math.max(0, form.incomeHead.length - classRows.length) }, () => ({ label: '' })), ...expenditureTail];

    const rightWidth = 2 + form.expenditureColumns.length;
    const grid = new GridBuilder(3 + rightWidth);
    grid.row([{ text: '收入', colSpan: 3 }, { text: '支出', colSpan: rightWidth }], { role: 'header' });
    grid.row([{ text: '项目' }, { text: '行次' }, { text: T.amount }, { text: '项目' }, { text: '行次' }, ...form.expenditureColumns.map((c) => ({ text: c.header }))], { role: 'header' });
    grid.row([{ text: '栏次' }, { text: '' }, { text: '1' }, { text: '栏次' }, { text: '' }, ...form.expenditureColumns.map((_, j) => ({ text: String(j + 2) }))], { role: 'column-number' });
    const side = (row: SideRow, number: number, columns: string[]): CellInput[] => {
      const key = row.key ?? `行${number}`;
      return [
        { text: row.label, role: 'label', ...(row.bold ? { bold: true } : {}) },
        { text: String(number), role: 'row-number' },
        ...columns.map((c) => ({ ...facts.cell(key, c), ...(row.bold ? { bold: true } : {}) })),
      ];
    };
    for (let i = 0; i < left.length; i++) grid.row([...side(left[i]!, i + 1, [income]), ...side(right[i]!, left.length + i + 1, expenditureKeys)]);
    return {
      grid,
      columns: ['label', 'row-number', 'amount', 'label', 'row-number', ...form.expenditureColumns.map((): ColumnKind => 'amount')],
      headerRows: 3,
    };
  };
}

// ——— 公开06: economic classification in blocks ———

function economicBlocks(facts: FactGrid, info: TableInfo | undefined, disclosure: Disclosure): Body {
  // The two-column variant (seed 003) prints 金额 (all GPB money) beside 其中：基本支出.
  const amounts = facts.columns.has(T.amount) ? [{ header: T.amount, key: T.amount }, { header: '其中：基本支出', key: T.finalAmount }] : [{ header: T.finalAmount, key: T.finalAmount }];
  const printed = info?.codes.map((c) => c.code) ?? [];
  const catalog = printed.length ? [] : [...ECONOMIC_CODES.values()].filter((c) => !c.historical).map((c) => c.code);
  const codes = [...new Set([...printed, ...catalog, ...facts.rows.filter(isCode)])].sort();
  const personnel = codes.filter((c) => ECONOMIC_CODES.get(c.slice(0, 3))?.group === T.personnelExpenses);
  const publicCodes = codes.filter((c) => !personnel.includes(c));
  const perBlock = Math.max(personnel.length, Math.ceil(publicCodes.length / 3), 1);
  const publicBlocks = Math.max(1, Math.ceil(publicCodes.length / perBlock));
  const blocks = [personnel, ...Array.from({ length: publicBlocks }, (_, k) => publicCodes.slice(k * perBlock, (k + 1) * perBlock))];
  const blockWidth = 2 + amounts.length;
  const grid = new GridBuilder(blockWidth * blocks.length);
  grid.row([{ text: T.personnelExpenses, colSpan: blockWidth }, { text: T.publicExpenses, colSpan: blockWidth * publicBlocks }], { role: 'header' });
  grid.row(blocks.flatMap(() => [{ text: '科目编码' }, { text: '科目名称' }, ...amounts.map((a) => ({ text: a.header }))]), { role: 'header' });
  for (let r = 0; r < perBlock; r++) {
    grid.row(
      blocks.flatMap((block): CellInput[] => {
        const code = block[r];
        if (code === undefined) return [{ text: '', role: 'code' }, { text: '', role: 'name' }, ...amounts.map((): CellInput => ({ text: '', role: 'amount' }))];
        // 309/311 are not basic expenditure: their basic column prints —— (not applicable), never a blank 0
        const notBasic = ECONOMIC_CODES.get(code.slice(0, 3))?.basicApplicable === false;
        return [
          { text: code, role: 'code', level: level(code) },
          { text: nameOf(info, disclosure, code, true), role: 'name', level: level(code) },
          ...amounts.map((a) => facts.cell(code, a.key, notBasic && a.key === T.finalAmount)),
        ];
      }),
    );
  }
  grid.row([
    { text: T.personnelTotal, colSpan: 2, role: 'label', bold: true },
    ...amounts.map((a) => ({ ...facts.cell(T.personnelTotal, a.key), bold: true })),
    { text: T.publicTotal, colSpan: blockWidth * publicBlocks - amounts.length, role: 'label', bold: true },
    ...amounts.map((a) => ({ ...facts.cell(T.publicTotal, a.key), bold: true })),
  ]);
  return { grid, columns: blocks.flatMap((): ColumnKind[] => ['code', 'name', ...amounts.map((): ColumnKind => 'amount')]), headerRows: 2 };
}

// ——— 公开09 三公 ———

const THREE_PUBLIC_COLUMNS = [T.total, T.overseasTravel, T.vehicleTotal, T.vehiclePurchase, T.vehicleOperation, T.officialReception];

function threePublic(facts: FactGrid): Body {
  const grid = new GridBuilder(12);
  const halves = [T.budgetAmount, T.finalAmount];
  grid.row(halves.map((h) => ({ text: h, colSpan: 6 })), { role: 'header' });
  grid.row(
    halves.flatMap(() => [
      { text: T.total, rowSpan: 2 },
      { text: T.overseasTravel, rowSpan: 2 },
      { text: T.vehicleTotal, colSpan: 3 },
      { text: T.officialReception, rowSpan: 2 },
    ]),
    { role: 'header' },
  );
  grid.row(halves.flatMap(() => [{ text: T.subtotal }, { text: T.vehiclePurchase }, { text: T.vehicleOperation }]), { role: 'header' });
  grid.row(Array.from({ length: 12 }, (_, j) => ({ text: String(j + 1) })), { role: 'column-number' });
  grid.row(halves.flatMap((h) => THREE_PUBLIC_COLUMNS.map((c) => facts.cell(h, c))));
  return { grid, columns: Array.from({ length: 12 }, (): ColumnKind => 'amount'), headerRows: 4 };
}

// ——— 公开10 statistics ———

interface StatisticsLine {
  part?: string;
  label?: string;
  key?: string;
}

const VEHICLE_LABELS: [string, string][] = [
  [T.ministerialVehicles, T.ministerialVehicles],
  [T.principalVehicles, T.principalVehicles],
  [T.confidentialVehicles, T.confidentialVehicles],
  [T.emergencyVehicles, T.emergencyVehicles],
  [T.lawEnforcementVehicles, T.lawEnforcementVehicles],
  [T.specialTechnicalVehicles, T.specialTechnicalVehicles],
  [T.retireeServiceVehicles, T.retireeServiceVehicles],
  [T.otherVehicles, T.otherVehicles],
];

const STATISTICS: StatisticsLine[] = [
  { part: '一、政府采购情况' },
  { label: T.total, key: T.procurementTotal },
  { label: T.goods, key: T.goods },
  { label: T.works, key: T.works },
  { label: T.services, key: T.services },
  { part: `二、${T.institutionOperatingCost}` },
  { label: `（一）${T.administrativeUnits}`, key: T.administrativeUnits },
  { label: `（二）${T.civilServantManagedUnits}`, key: T.civilServantManagedUnits },
  { part: '三、国有资产占用情况' },
  { label: '（一）车辆数合计（辆）', key: T.vehicleCount },
  ...VEHICLE_LABELS.map(([label, key], i) => ({ label: `${i + 1}. ${label}`, key })),
  { label: '（二）单价100万元（含）以上设备（不含车辆）', key: T.largeEquipment },
];

function statistics(facts: FactGrid): Body {
  const grid = new GridBuilder(3);
  grid.row([{ text: '项目' }, { text: '行次' }, { text: T.statistic }], { role: 'header' });
  let number = 0;
  for (const line of STATISTICS) {
    if (line.part) grid.row([{ text: line.part, colSpan: 3, role: 'section', bold: true }]);
    else {
      const count = TABLE_TEMPLATE.T10.rows?.find((r) => r.key === line.key)?.unit !== undefined;
      grid.row([{ text: line.label!, role: 'label' }, { text: String(++number), role: 'row-number' }, { ...facts.cell(line.key!, T.statistic), ...(count ? { count } : {}) }]);
    }
  }
  return { grid, columns: ['label', 'row-number', 'amount'], headerRows: 1 };
}

const BUILDERS: Record<TableId, Builder> = {
  T01: twoSided('T01'),
  T02: coded('T02', TABLE_TEMPLATE.T02.columns.map((c) => plain(c.key))),
  T03: coded('T03', TABLE_TEMPLATE.T03.columns.map((c) => plain(c.key))),
  T04: twoSided('T04'),
  T05: coded('T05', [
    { header: T.subtotal, key: T.subtotal, group: '本年支出' },
    { header: T.basicExpenditure, key: T.basicExpenditure, group: '本年支出' },
    { header: T.projectExpenditure, key: T.projectExpenditure, group: '本年支出' },
  ]),
  T06: economicBlocks,
  T07: coded('T07', [
    plain(T.openingBalance),
    { header: T.currentYearIncomeShort, key: T.currentYearIncomeShort },
    { header: T.subtotal, key: T.expenditureSubtotal, group: '本年支出' },
    { header: T.basicExpenditure, key: T.expenditureBasic, group: '本年支出' },
    { header: T.projectExpenditure, key: T.expenditureProject, group: '本年支出' },
    plain(T.closingBalance),
  ]),
  T08: coded('T08', [
    { header: T.total, key: T.total, group: '本年支出' },
    { header: T.basicExpenditure, key: T.basicExpenditure, group: '本年支出' },
    { header: T.projectExpenditure, key: T.projectExpenditure, group: '本年支出' },
  ]),
  T09: threePublic,
  T10: statistics,
};
