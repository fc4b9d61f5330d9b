// The package as a Word document (docx 9): headings, paragraphs with highlighted gaps, the standard tables with
// merged header cells (gridSpan/vMerge) and repeating header rows, wide tables in landscape sections, charts as
// SVG images with a PNG fallback for Word versions that cannot draw SVG.
import * as docxModule from 'docx';
import type { DraftedDisclosure, DraftParagraph } from '../draft/drafted.js';
import { renderCharts, type RenderedChart } from './charts.js';
import { documentPlan, type PlanItem } from './document.js';
import { isCovered, type PrintedCell } from './grid.js';
import { layoutTables, type ColumnKind, type PrintedTable } from './table-layout.js';

// docx's type declarations re-export extensionless paths that NodeNext resolution cannot follow, so the part of
// its API used here is typed by hand (as in test/support/write-docx.ts).
type DocxObject = { readonly __docx?: never };
type Alignment = 'left' | 'center' | 'right' | 'both';
interface RunOptions {
  text?: string;
  children?: (string | DocxObject)[];
  bold?: boolean;
  size?: number;
  font?: string | { eastAsia?: string; ascii?: string; hAnsi?: string };
  color?: string;
  highlight?: string;
}
interface ParagraphOptions {
  children?: DocxObject[];
  heading?: string;
  alignment?: Alignment;
  indent?: { firstLine?: number; left?: number; right?: number };
  spacing?: { before?: number; after?: number; line?: number };
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}
interface SectionOptions {
  properties: { page: { size: { width: number; height: number; orientation: string }; margin: { top: number; right: number; bottom: number; left: number } } };
  footers?: { default: DocxObject };
  children: DocxObject[];
}
interface DocxApi {
  Document: new (options: { title?: string; creator?: string; styles?: unknown; sections: SectionOptions[] }) => DocxObject;
  Packer: { toBuffer(document: DocxObject): Promise<Uint8Array> };
  Paragraph: new (options: ParagraphOptions) => DocxObject;
  TextRun: new (options: RunOptions) => DocxObject;
  ImageRun: new (options: {
    type: 'svg';
    data: Uint8Array;
    fallback: { type: 'png'; data: Uint8Array };
    transformation: { width: number; height: number };
    altText?: { name: string; description?: string; title?: string };
  }) => DocxObject;
  Table: new (options: { width: { size: number; type: string }; columnWidths: number[]; layout?: string; rows: DocxObject[] }) => DocxObject;
  TableRow: new (options: { children: DocxObject[]; tableHeader?: boolean; cantSplit?: boolean }) => DocxObject;
  TableCell: new (options: {
    children: DocxObject[];
    columnSpan?: number;
    verticalMerge?: string;
    verticalAlign?: string;
    shading?: { fill: string; type: string; color: string };
    margins?: { left?: number; right?: number; top?: number; bottom?: number };
  }) => DocxObject;
  Footer: new (options: { children: DocxObject[] }) => DocxObject;
  PageNumber: { CURRENT: string };
  HeadingLevel: Record<'TITLE' | 'HEADING_1' | 'HEADING_2' | 'HEADING_3', string>;
  AlignmentType: Record<'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFIED', Alignment>;
  PageOrientation: Record<'PORTRAIT' | 'LANDSCAPE', string>;
  VerticalMergeType: { CONTINUE: string; RESTART: string };
  VerticalAlign: { CENTER: string };
  WidthType: { DXA: string };
  TableLayoutType: { FIXED: string };
  ShadingType: { CLEAR: string };
}
const D = docxModule as unknown as DocxApi;
/** The typed part of docx, for other documents built the same way (the portal's review letter). */
export { D as docx, type DocxObject, type ParagraphOptions, type RunOptions };

/** A4 in twips (1/20 pt), and the printable widths of both orientations. */
const A4 = { width: 11906, height: 16838 };
const PORTRAIT_MARGIN = { top: 1134, right: 1020, bottom: 1020, left: 1020 };
const LANDSCAPE_MARGIN = { top: 794, right: 680, bottom: 794, left: 680 };
const PRINTABLE = { portrait: A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right, landscape: A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right };

const SERIF = 'Noto Serif CJK SC';
const SANS = 'Noto Sans CJK SC';
const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name });

const COLUMN_WEIGHT: Record<ColumnKind, number> = { code: 1.1, 'code-part': 0.5, name: 2.8, label: 3.4, 'row-number': 0.6, amount: 1.4 };

export interface DocxRenderOptions {
  charts?: Map<string, RenderedChart>;
  tables?: PrintedTable[];
}

/** The package as DOCX bytes. */
export async function renderDocx(drafted: DraftedDisclosure, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const tables = options.tables ?? layoutTables(drafted);
  const charts = options.charts ?? renderCharts(drafted.charts);
  const footer = new D.Footer({
    children: [new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ children: ['第 ', D.PageNumber.CURRENT, ' 页'], size: 18, font: font(SANS) })] })],
  });
  const sections: SectionOptions[] = [];
  const section = (orientation: 'portrait' | 'landscape'): DocxObject[] => {
    const children: DocxObject[] = [];
    sections.push({
      properties: {
        page: {
          size: { ...A4, orientation: orientation === 'landscape' ? D.PageOrientation.LANDSCAPE : D.PageOrientation.PORTRAIT },
          margin: orientation === 'landscape' ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN,
        },
      },
      footers: { default: footer },
      children,
    });
    return children;
  };

  let current: DocxObject[] | undefined;
  for (const item of documentPlan(drafted, tables)) {
    if (item.kind === 'cover') {
      section('portrait').push(...cover(item.title));
      current = undefined;
      continue;
    }
    if (item.kind === 'table') {
      // every table on pages of its own, in the orientation it needs
      const children = section(item.table.orientation);
      children.push(...tableBlock(item.table));
      current = undefined;
      continue;
    }
    current ??= section('portrait');
    current.push(...(await narrative(item, charts)));
  }
  const doc = new D.Document({
    title: drafted.title,
    creator: '决算通',
    styles: {
      default: { document: { run: { font: font(SERIF), size: 23 }, paragraph: { spacing: { line: 360 } } } },
      paragraphStyles: [
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: font(SANS), size: 32, bold: true }, paragraph: { alignment: 'center', spacing: { before: 240, after: 240 } } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: font(SANS), size: 26, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
        { id: 'Heading3', name: 'Heading 3', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: font(SANS), size: 24, bold: true }, paragraph: { spacing: { before: 160, after: 60 } } },
      ],
    },
    sections,
  });
  return new Uint8Array(await D.Packer.toBuffer(doc));
}

function cover(title: string): DocxObject[] {
  return [
    new D.Paragraph({ spacing: { before: 4800 }, children: [] }),
    new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ text: title, bold: true, size: 52, font: font(SANS) })] }),
  ];
}

async function narrative(item: Exclude<PlanItem, { kind: 'cover' | 'table' }>, charts: Map<string, RenderedChart>): Promise<DocxObject[]> {
  switch (item.kind) {
    case 'part':
      return [new D.Paragraph({ heading: D.HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new D.TextRun({ text: item.heading })] })];
    case 'section':
      return [new D.Paragraph({ heading: item.level >= 2 ? D.HeadingLevel.HEADING_3 : D.HeadingLevel.HEADING_2, keepNext: true, children: [new D.TextRun({ text: item.heading })] })];
    case 'paragraph':
      return [new D.Paragraph({ alignment: D.AlignmentType.JUSTIFIED, indent: { firstLine: 460 }, spacing: { after: 80 }, children: runs(item.runs) })];
    case 'chart': {
      const chart = charts.get(item.chart.id);
      if (!chart) return [];
      // 16 cm wide at the chart's aspect ratio (docx sizes images in pixels at 96 dpi)
      const width = 605;
      const height = Math.round((width * chart.size.height) / chart.size.width);
      const svg = new TextEncoder().encode(chart.svg);
      return [
        new D.Paragraph({
          alignment: D.AlignmentType.CENTER,
          children: [new D.ImageRun({ type: 'svg', data: svg, fallback: { type: 'png', data: chart.png() }, transformation: { width, height }, altText: { name: item.chart.id, title: item.chart.title, description: item.chart.title } })],
        }),
      ];
    }
  }
}

/** Gaps are highlighted in yellow with dark red text, so nobody publishes a placeholder by mistake. */
function runs(paragraph: DraftParagraph): DocxObject[] {
  return paragraph.map((r) => (r.kind === 'gap' ? new D.TextRun({ text: r.text, highlight: 'yellow', color: 'C00000', bold: true }) : new D.TextRun({ text: r.text })));
}

function tableBlock(table: PrintedTable): DocxObject[] {
  const small = { size: 19, font: font(SANS) };
  const out: DocxObject[] = [
    new D.Paragraph({ alignment: D.AlignmentType.CENTER, keepNext: true, children: [new D.TextRun({ text: table.title, bold: true, size: 32, font: font(SANS) })] }),
    new D.Paragraph({ alignment: D.AlignmentType.RIGHT, keepNext: true, children: [new D.TextRun({ text: table.label, ...small })] }),
  ];
  if (table.yearLine) out.push(new D.Paragraph({ alignment: D.AlignmentType.CENTER, keepNext: true, children: [new D.TextRun({ text: table.yearLine, ...small })] }));
  if (table.department) out.push(new D.Paragraph({ keepNext: true, children: [new D.TextRun({ text: `部门名称：${table.department}`, ...small })] }));
  out.push(new D.Paragraph({ alignment: D.AlignmentType.RIGHT, keepNext: true, spacing: { after: 60 }, children: [new D.TextRun({ text: table.unitLine, ...small })] }));
  out.push(grid(table));
  for (const note of table.notes) out.push(new D.Paragraph({ spacing: { before: 60 }, children: [new D.TextRun({ text: note, ...small })] }));
  return out;
}

function grid(table: PrintedTable): DocxObject {
  const printable = PRINTABLE[table.orientation];
  const weights = table.columns.map((k) => COLUMN_WEIGHT[k]);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * printable));
  const size = table.columns.length > 12 ? 13 : table.columns.length > 8 ? 15 : 17;
  const rows = table.rows.map((row, r) => {
    const header = r < table.headerRows;
    const cells: DocxObject[] = [];
    row.forEach((slot, c) => {
      if (isCovered(slot)) {
        // a cell merged from above continues (vMerge) in its own first column; other covered positions print nothing
        if (slot.row < r && slot.column === c) {
          const origin = table.rows[slot.row]![c] as PrintedCell;
          cells.push(new D.TableCell({ verticalMerge: D.VerticalMergeType.CONTINUE, ...(origin.colSpan > 1 ? { columnSpan: origin.colSpan } : {}), children: [new D.Paragraph({ children: [] })] }));
        }
        return;
      }
      cells.push(cell(slot, header, size));
    });
    return new D.TableRow({ children: cells, cantSplit: true, ...(header ? { tableHeader: true } : {}) });
  });
  return new D.Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: D.WidthType.DXA }, columnWidths: widths, layout: D.TableLayoutType.FIXED, rows });
}

const ALIGN: Record<PrintedCell['role'], Alignment> = { header: 'center', 'column-number': 'center', code: 'left', name: 'left', label: 'left', section: 'left', 'row-number': 'center', amount: 'right' };

function cell(slot: PrintedCell, header: boolean, size: number): DocxObject {
  const alignment = slot.role === 'label' && slot.colSpan > 1 ? 'center' : ALIGN[slot.role];
  const indent = slot.role === 'name' && slot.level ? { left: slot.level * 160 } : undefined;
  return new D.TableCell({
    ...(slot.colSpan > 1 ? { columnSpan: slot.colSpan } : {}),
    ...(slot.rowSpan > 1 ? { verticalMerge: D.VerticalMergeType.RESTART } : {}),
    verticalAlign: D.VerticalAlign.CENTER,
    margins: { left: 50, right: 50 },
    ...(header ? { shading: { fill: 'F2F2F2', type: D.ShadingType.CLEAR, color: 'auto' } } : {}),
    children: [new D.Paragraph({ alignment, ...(indent ? { indent } : {}), spacing: { line: 240 }, children: [new D.TextRun({ text: slot.text, size, font: font(SANS), bold: header || slot.bold === true })] })],
  });
}
