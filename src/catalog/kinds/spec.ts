// What a document kind and each of its standard tables are, described once as data (DESIGN.md §4.1). Every layer
// takes its tables from here: reading (titles, columns, rows, layout), audit (names, regional requirements),
// drafting and rendering (print form, footnote), storage and the portal (labels via /api/catalog).
import type { DocumentKind } from '../../model/disclosure.js';
import type { TableId } from '../../model/table-id.js';

/** A column of a standard table: its canonical key and the header texts that name it (whitespace removed). */
export interface ColumnSpec {
  key: string;
  /** Header paths (parent + child headers, concatenated) that end with one of these name this column. */
  aliases: string[];
}

/** A fixed row (not a classification code) of a standard table. */
export interface RowSpec {
  key: string;
  /** Printed labels without their ordinal prefix (一、 (一) 1.), whitespace removed. */
  aliases: string[];
  /** Unit when the row is not money (vehicle and equipment counts). */
  unit?: string;
}

/**
 * How a table is laid out on the page, which decides how it is read and printed: rows by classification code,
 * two sides (income | expenditure) side by side, 公开06's blocks, 公开09's 预算数/决算数 halves, 公开10's labelled
 * statistics, one unlabelled data row under a header (江苏's 支出预算总表, the 预算's “三公” table), or rows named by
 * labels over one or more label columns, nested (江苏's 收入预算总表, 政府采购预算表).
 */
export type TableLayout = 'coded' | 'two-sided' | 'economic-blocks' | 'three-public' | 'statistics' | 'single-row' | 'labelled';

/** A row as printed: its label (with ordinal), the fact row it shows (none for a spacer), in bold or not. */
export interface PrintedRow {
  label: string;
  key?: string;
  bold?: boolean;
}

/** An amount column as printed: its header, and the header printed over it and its neighbours (本年支出). */
export interface PrintedColumn {
  header: string;
  key: string;
  group?: string;
}

/** How the official template prints a table (the body; titles, units and notes are common to all). */
export type PrintForm =
  | { layout: 'coded'; columns: PrintedColumn[] }
  | {
      layout: 'two-sided';
      /** The 类 of 支出功能分类 the expenditure side lists, in template order (the document may add others). */
      classes: string[];
      incomeHead: PrintedRow[];
      incomeTail: PrintedRow[];
      expenditureColumns: PrintedColumn[];
      expenditureTail: PrintedRow[];
    }
  | { layout: 'statistics'; lines: { part?: string; label?: string; key?: string }[] }
  | { layout: 'economic-blocks' }
  | { layout: 'three-public' };

export interface TableSpec {
  /** Logical id, from the title (never the printed number); scoped by kind: T.. for 决算, B.. for 预算. */
  id: TableId;
  title: string;
  /** Other titles seen in published packages. */
  aliases: string[];
  layout: TableLayout;
  /**
   * Other layouts the same table is printed in (江苏 prints 收入预算总表 with labelled rows, 上海 by function code):
   * the table is read with each, and the reading that accounts for most of its numbers is kept.
   */
  otherLayouts?: TableLayout[];
  /** Name of the table in user-facing messages. */
  shortName: string;
  /** The classification the table's coded rows use. */
  codes?: 'function' | 'economic';
  columns: ColumnSpec[];
  /** For two-sided tables: the expenditure side's columns (`columns` is the income side). */
  expenditureColumns?: ColumnSpec[];
  incomeRows?: RowSpec[];
  expenditureRows?: RowSpec[];
  rows?: RowSpec[];
  /** How the official template prints it; absent for tables we read but do not print. */
  print?: PrintForm;
  /** The template's footnote (注：本表反映…). */
  footnote?: string;
}

/** A region whose template adds tables to a kind (山西's 公开10). */
export interface RegionalProfile {
  /** Region names (as in the document's department or region) the profile applies to. */
  regions: string[];
  /** Tables the region's template requires beyond the kind's own. */
  tables: TableId[];
}

/** The family of a kind: 决算 (部门/单位) or 预算 (部门/单位). Kinds of one family share tables and rules. */
export type KindFamily = 'final-accounts' | 'budget';

export interface KindSpec {
  family: KindFamily;
  /** The document kinds of the family. */
  kinds: DocumentKind[];
  /** 决算, 预算: how the family is named in messages. */
  name: string;
  /** Every standard table of the family, in the templates' order. */
  tables: TableSpec[];
  /** Tables every template of the family publishes. */
  required: TableId[];
  /** Tables some regions' templates add. */
  regional: RegionalProfile[];
  /** Parts a package of the family contains (情况说明, 名词解释 …), in order. */
  parts: string[];
  /** The one of `parts` that holds the tables; the others are narrative, found by their headings. */
  tablesPart: string;
}
