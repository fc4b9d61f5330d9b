// The layout families of issue 10 §3, each a list of variants (data: which tables, printed how, in which package),
// and the formats each family is printed in — with the reason where a family does not exist in a format.
import type { TableId } from '../../../src/model/table-id.js';
import type { CodeColumns } from '../../../src/render/table-layout.js';
import type { PackageOptions } from './package.js';
import type { TableVariant } from './table-variants.js';

export const FORMATS = ['text-spaces', 'text-single-space', 'text-tabs', 'pdf', 'pdftotext-layout', 'pdftotext-raw', 'docx', 'xlsx', 'html', 'scan'] as const;
export type FormatId = (typeof FORMATS)[number];

/** Formats printed straight from the model as text (the fast test); the others need a PDF, Office or OCR. */
export const TEXT_FORMATS: readonly FormatId[] = ['text-spaces', 'text-single-space', 'text-tabs'];

export const FORMAT_NAMES: Record<FormatId, string> = {
  'text-spaces': 'text, runs of spaces',
  'text-single-space': 'text, one space',
  'text-tabs': 'text, tabs',
  pdf: 'digital PDF',
  'pdftotext-layout': 'pdftotext -layout',
  'pdftotext-raw': 'pdftotext -raw',
  docx: 'DOCX',
  xlsx: 'XLSX',
  html: 'HTML',
  scan: 'scanned PDF',
};

export interface Variant {
  id: string;
  /** Options for the family's tables. */
  table: TableVariant;
  /** Tables the options apply to (all the family's tables when absent); the others print in the standard form. */
  only?: TableId[];
  /** Coded tables with one 科目编码 column or split into 类 | 款 | 项. */
  codeColumns?: CodeColumns;
  /** 公开06 printed on two sides (人员经费 | 公用经费), its codes split into 类 | 款 or not. */
  economicTwoSided?: { splitCodes: boolean };
  package?: PackageOptions;
  /** Text copies: two wrapped names meeting on one baseline come out interleaved. */
  interleave?: boolean;
  /** Ruled tables (default) or bare aligned text. */
  borders?: boolean;
}

export interface Family {
  id: string;
  name: string;
  /** The tables a case of the family prints ('all': every table of the source document). */
  tables: TableId[] | 'all';
  variants: Variant[];
  /** Every format: printed, or why the family does not exist in it. */
  formats: Record<FormatId, true | string>;
}

const CODED: TableId[] = ['T02', 'T03', 'T05', 'T07', 'T08'];
const everyFormat = (except: Partial<Record<FormatId, string>> = {}): Record<FormatId, true | string> =>
  Object.fromEntries(FORMATS.map((f) => [f, except[f] ?? true])) as Record<FormatId, true | string>;

const SCAN_COST = 'not generated: OCR costs 3–4 s a page and this family prints every table; its layout reaches OCR through the same page grids as families 1 and 2, which are scanned';
const ONLY_TEXT_COPIES = 'the family is what a plain-text copy does to a layout (no tabs, one line per baseline, interleaved characters); a PDF, DOCX, XLSX or HTML file has no such copy inside it — the PDFs of the other families are copied by pdftotext as their own formats';

export const FAMILIES: readonly Family[] = [
  {
    id: 'F1',
    name: 'split 类/款/项 codes, wrapped names',
    tables: CODED,
    formats: everyFormat(),
    variants: [
      { id: 'numbers-first-line', codeColumns: 'split', table: { wrapNames: 8, valign: { code: 'top', name: 'top', amount: 'top' }, codeParts: 'full' } },
      { id: 'numbers-middle-line', codeColumns: 'split', borders: false, table: { wrapNames: 6, valign: { code: 'middle', name: 'top', amount: 'middle' }, codeParts: 'own' } },
      { id: 'numbers-last-line', codeColumns: 'split', table: { wrapNames: 8, valign: { code: 'bottom', name: 'top', amount: 'bottom' }, codeParts: 'full' } },
      { id: 'total-numbers-above-label', codeColumns: 'split', table: { wrapNames: 8, valign: { code: 'middle', name: 'top', amount: 'middle' }, totalNumbersAbove: true } },
      { id: 'parts-on-total-row', codeColumns: 'split', table: { wrapNames: 8, valign: { code: 'middle', name: 'top', amount: 'middle' }, codeParts: 'own', partsOnTotalRow: true } },
    ],
  },
  {
    id: 'F2',
    name: 'two-sided 基本支出 table (公开06)',
    tables: ['T06'],
    formats: everyFormat(),
    variants: [
      { id: 'split-codes-numbers-first-line', economicTwoSided: { splitCodes: true }, table: { wrapNames: 6, valign: { code: 'top', name: 'top', amount: 'top' } } },
      { id: 'split-codes-numbers-last-line', economicTwoSided: { splitCodes: true }, table: { wrapNames: 6, valign: { code: 'bottom', name: 'top', amount: 'bottom' }, codeParts: 'own' } },
      { id: 'one-code-column-centred-unruled', economicTwoSided: { splitCodes: false }, borders: false, table: { wrapNames: 5, valign: { code: 'middle', name: 'top', amount: 'middle' } } },
    ],
  },
  {
    id: 'F3',
    name: 'plain-text copies of PDFs',
    tables: 'all',
    formats: {
      'text-spaces': true,
      'text-single-space': true,
      'text-tabs': 'a copy of a PDF separates columns by spaces, never by tabs (tab text is the plain form of the other families)',
      pdf: ONLY_TEXT_COPIES,
      'pdftotext-layout': 'pdftotext copies of PDFs are printed for every other family (interleaving and hand-made line orders are what a viewer’s copy does, not pdftotext)',
      'pdftotext-raw': 'as pdftotext -layout',
      docx: ONLY_TEXT_COPIES,
      xlsx: ONLY_TEXT_COPIES,
      html: ONLY_TEXT_COPIES,
      scan: ONLY_TEXT_COPIES,
    },
    variants: [
      { id: 'thousands-separators', table: { thousands: true } },
      { id: 'name-line-before-numbers', table: { rowLines: 2, valign: { name: 'top', code: 'bottom', amount: 'bottom' } } },
      { id: 'name-line-after-numbers', table: { rowLines: 2, valign: { name: 'bottom', code: 'top', amount: 'top' } } },
      { id: 'interleaved-names', interleave: true, table: { wrapNames: 6, valign: { code: 'middle', name: 'top', amount: 'middle' } } },
    ],
  },
  {
    id: 'F4',
    name: 'header and cell variants',
    tables: 'all',
    formats: everyFormat({ scan: SCAN_COST }),
    variants: [
      { id: 'final-amount-under-every-header', only: [...CODED, 'T01', 'T04', 'T06'], table: { finalAmountRow: true } },
      { id: 'total-at-bottom', only: CODED, table: { totalAt: 'bottom' } },
      { id: 'zeros-for-blanks-thousands', table: { blanks: 'zero', thousands: true } },
      { id: 'dashes-for-blanks', table: { blanks: 'dash' } },
    ],
  },
  {
    id: 'F5',
    name: 'wrapped 目录 entries and headings',
    tables: 'all',
    formats: everyFormat({
      xlsx: 'a workbook has no 目录 and no running headings: a wrapped title is still one cell',
      scan: SCAN_COST,
    }),
    variants: [
      { id: 'wrapped-toc-entries', table: {}, package: { toc: true, tocWrap: 12 } },
      { id: 'wrapped-headings-and-titles', table: {}, package: { toc: true, headingWrap: 10 } },
    ],
  },
  {
    id: 'F6',
    name: 'tables continued over pages',
    tables: 'all',
    formats: everyFormat({ scan: SCAN_COST }),
    variants: [
      { id: 'header-repeated-page-numbers', table: {}, package: { pageFoot: ['page-number'], continued: { rows: 5, repeatHeader: true, head: [] } } },
      { id: 'no-header-running-footer', table: {}, package: { pageFoot: ['footer', 'page-number'], continued: { rows: 5, repeatHeader: false, head: [] } } },
      { id: 'continued-title-unit-line', table: {}, package: { pageFoot: ['page-number'], continued: { rows: 5, repeatHeader: true, head: ['continued-title', 'unit-line'] } } },
    ],
  },
];
