// Facts + catalog → the printed grid of each standard table, as the official 公开01–10 templates print it. Every
// output format (HTML, PDF, DOCX, XLSX) draws these grids, so a table looks, merges and reads back the same in all.
import { ECONOMIC_CODES } from '../catalog/economic-codes.js';
import { catalogCodeName, tableSpec, type PrintedColumn, type PrintedRow, type PrintForm } from '../catalog/kinds/index.js';
import { chineseNumeral } from '../model/chinese-numeral.js';
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


/** Landscape from this many printed columns on. */
const LANDSCAPE_FROM = 7;

/** Columns that count for the page orientation: split 类 | 款 | 项 columns are together as narrow as one code column. */
const printedWidth = (columns: readonly ColumnKind[]): number => columns.filter((k, j) => !(k === 'code-part' && columns[j - 1] === 'code-part')).length;

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
function nameOf(id: TableId, info: TableInfo | undefined, disclosure: Disclosure, code: string): string {
  const printed = info?.codes.find((c) => c.code === code)?.name;
  if (printed) return printed;
  const economic = tableSpec(id).codes === 'economic';
  // a 类 on 公开01/04 printed in another table of the same package, coded the same way
  const other = disclosure.tables.flatMap((t) => (t.id !== id && (tableSpec(t.id).codes === 'economic') === economic ? t.codes : [])).find((c) => c.code === code)?.name;
  return other ?? catalogCodeName(id, code) ?? '';
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
  const body = builderOf(id)(facts, info, disclosure, options.codeColumns ?? 'single');
  const lost = facts.unplaced();
  if (lost.length) throw new UnplacedFactsError(tableSpec(id).shortName, lost.map((k) => k.replace('|', ' / ')));
  const empty = facts.rows.length === 0;
  const notes = tableSpec(id).footnote ? [tableSpec(id).footnote!] : [];
  const note = options.note ?? info?.note ?? (empty ? '本表无数据' : undefined);
  if (empty && note) notes.push(/^(说明|注)/.test(note) ? note : `说明：${note}`);
  const year = disclosure.document.year;
  return {
    id,
    label: options.label,
    title: tableSpec(id).title,
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

const SPLITTABLE = /^\d{3}(?:\d{2}){0,2}$/;

/** The parts a code prints in 类 | 款 | 项: every part it has, so a row reads alone (at the top of a page, too). */
const codeParts = (code: string): [string, string, string] => [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];

function coded(id: TableId, columns: readonly PrintedColumn[]): Builder {
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
      throw new RenderError('unsplittable-code', `「${tableSpec(id).shortName}」的科目编码${unsplittable.map((c) => `“${c}”`).join('、')}不是3、5或7位，无法按类、款、项分栏打印，请改用单栏科目编码。`);
    }
    for (const code of codes) {
      const codeCells: CellInput[] = split
        ? codeParts(code).map((part) => ({ text: part, role: 'code' }))
        : [{ text: code, role: 'code', level: level(code) }];
      grid.row([
        ...codeCells,
        { text: nameOf(id, info, disclosure, code), role: 'name', level: level(code) },
        ...columns.map((c) => facts.cell(code, c.key)),
      ]);
    }
    const codeKinds: ColumnKind[] = split ? ['code-part', 'code-part', 'code-part'] : ['code'];
    return { grid, columns: [...codeKinds, 'name', ...columns.map((): ColumnKind => 'amount')], headerRows: depth + 1 };
  };
}

// ——— two-sided tables: 公开01, 04 ———

type TwoSidedForm = Extract<PrintForm, { layout: 'two-sided' }>;

function twoSided(id: TableId, form: TwoSidedForm): Builder {
  return (facts, info, disclosure) => {
    const income = tableSpec(id).columns[0]!.key;
    const expenditureKeys = form.expenditureColumns.map((c) => c.key);
    const expenditureTail = form.expenditureTail.map((r) =>
      r.key?.includes('.') && !expenditureKeys.some((k) => facts.get(r.key!, k) !== undefined) ? { label: '' } : r,
    );
    const fixed = new Set([...form.incomeHead, ...form.incomeTail, ...form.expenditureTail].map((r) => r.key));
    // the template's classes, plus any other class or unmatched label the document printed
    const extra = facts.rows.filter((r) => !fixed.has(r) && !form.classes.includes(r) && !/^行\d+$/.test(r));
    const classes = [...form.classes, ...extra.filter(isCode).sort(), ...extra.filter((r) => !isCode(r))];
    const classRows: PrintedRow[] = classes.map((key, i) => ({ label: `${chineseNumeral(i + 1)}、${isCode(key) ? nameOf(id, info, disclosure, key) : key}`, key }));
    const left: PrintedRow[] = [...form.incomeHead, ...Array.from({ length: Math.max(0, classRows.length - form.incomeHead.length) }, () => ({ label: '' })), ...form.incomeTail];
    const right: PrintedRow[] = [...classRows, ...Array.from({ length: Math.max(0, form.incomeHead.length - classRows.length) }, () => ({ label: '' })), ...expenditureTail];

    const rightWidth = 2 + form.expenditureColumns.length;
    const grid = new GridBuilder(3 + rightWidth);
    grid.row([{ text: '收入', colSpan: 3 }, { text: '支出', colSpan: rightWidth }], { role: 'header' });
    grid.row([{ text: '项目' }, { text: '行次' }, { text: T.amount }, { text: '项目' }, { text: '行次' }, ...form.expenditureColumns.map((c) => ({ text: c.header }))], { role: 'header' });
    grid.row([{ text: '栏次' }, { text: '' }, { text: '1' }, { text: '栏次' }, { text: '' }, ...form.expenditureColumns.map((_, j) => ({ text: String(j + 2) }))], { role: 'column-number' });
    const side = (row: PrintedRow, number: number, columns: string[]): CellInput[] => {
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

function economicBlocks(id: TableId): Builder {
  return (facts, info, disclosure) => {
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
            { text: nameOf(id, info, disclosure, code), role: 'name', level: level(code) },
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
  };
}

// ——— 公开09 三公 ———

function threePublic(id: TableId): Builder {
  const components = tableSpec(id).columns.map((c) => c.key);
  return (facts) => {
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
    grid.row(halves.flatMap((h) => components.map((c) => facts.cell(h, c))));
    return { grid, columns: Array.from({ length: 12 }, (): ColumnKind => 'amount'), headerRows: 4 };
  };
}

// ——— 公开10 statistics ———

function statistics(id: TableId, lines: Extract<PrintForm, { layout: 'statistics' }>['lines']): Builder {
  return (facts) => {
    const grid = new GridBuilder(3);
    grid.row([{ text: '项目' }, { text: '行次' }, { text: T.statistic }], { role: 'header' });
    let number = 0;
    for (const line of lines) {
      if (line.part) grid.row([{ text: line.part, colSpan: 3, role: 'section', bold: true }]);
      else {
        const count = tableSpec(id).rows?.find((r) => r.key === line.key)?.unit !== undefined;
        grid.row([{ text: line.label!, role: 'label' }, { text: String(++number), role: 'row-number' }, { ...facts.cell(line.key!, T.statistic), ...(count ? { count } : {}) }]);
      }
    }
    return { grid, columns: ['label', 'row-number', 'amount'], headerRows: 1 };
  };
}

/** The builder of a table's body, from its print form. */
function builderOf(id: TableId): Builder {
  const form = tableSpec(id).print;
  if (!form) throw new RenderError('unprintable-table', `「${tableSpec(id).shortName}」没有标准表样，无法排版`);
  switch (form.layout) {
    case 'coded':
      return coded(id, form.columns);
    case 'two-sided':
      return twoSided(id, form);
    case 'statistics':
      return statistics(id, form.lines);
    case 'economic-blocks':
      return economicBlocks(id);
    case 'three-public':
      return threePublic(id);
  }
}
