// The corpus cases: every family's variants printed from known documents in every format the family exists in,
// each with the facts it prints. Deterministic: the same sources give the same bytes (the PDFs up to Chromium's
// own metadata).
import { tableSpec } from '../../../src/catalog/kinds/index.js';
import type { TableId } from '../../../src/model/table-id.js';
import { printedFacts, type CorpusDocument } from './corpus-document.js';
import { tableFacts, type CorpusTable } from './corpus-table.js';
import { twoSidedEconomicTable } from './economic-two-sided.js';
import { FAMILIES, TEXT_FORMATS, type Family, type FormatId, type Variant } from './families.js';
import { buildPackage } from './package.js';
import { printDocx } from './print-docx.js';
import { printHtml } from './print-html.js';
import { pdfToText, printPdfs, scannedCopy } from './print-pdf.js';
import { printText } from './print-text.js';
import { printXlsx } from './print-xlsx.js';
import { shortId, type SourceDocument } from './sources.js';
import { standardTable } from './standard-tables.js';
import { applyVariant } from './table-variants.js';
import type { DocumentTruth, TruthFact } from './truth.js';

export interface CorpusCase {
  /** family/variant/source/format, e.g. F1/numbers-middle-line/mini/text-spaces */
  id: string;
  family: string;
  variant: string;
  source: string;
  format: FormatId;
  /** File name (the extension a user's file would have). */
  file: string;
  bytes: Uint8Array;
  document: DocumentTruth;
  facts: TruthFact[];
}

/** One variant of a family printed from one source document, in the corpus model. */
export interface CorpusPrint {
  family: Family;
  variant: Variant;
  source: SourceDocument;
  doc: CorpusDocument;
  facts: TruthFact[];
}

function familyTables(family: Family, variant: Variant, source: SourceDocument): CorpusTable[] {
  const ids = (family.tables === 'all' ? source.tables : family.tables).filter((id) => source.tables.includes(id));
  return ids.map((id: TableId) => {
    const base = id === 'T06' && variant.economicTwoSided ? twoSidedEconomicTable(source, variant.economicTwoSided.splitCodes) : standardTable(source, id, tableSpec(id).layout === 'coded' ? variant.codeColumns : 'single');
    return !variant.only || variant.only.includes(id) ? applyVariant(base, variant.table) : base;
  });
}

export function corpusPrint(family: Family, variant: Variant, source: SourceDocument): CorpusPrint {
  const tables = familyTables(family, variant, source);
  const doc = buildPackage(source, tables, tables.flatMap(tableFacts), variant.package);
  return { family, variant, source, doc, facts: printedFacts(doc) };
}

/** Every variant of every family printed from each source. */
export function corpusPrints(sources: readonly SourceDocument[]): CorpusPrint[] {
  return FAMILIES.flatMap((family) => family.variants.flatMap((variant) => sources.map((source) => corpusPrint(family, variant, source))));
}

const caseOf = (print: CorpusPrint, format: FormatId, extension: string, bytes: Uint8Array): CorpusCase => {
  const id = `${print.family.id}/${print.variant.id}/${shortId(print.source)}/${format}`;
  return {
    id,
    family: print.family.id,
    variant: print.variant.id,
    source: shortId(print.source),
    format,
    file: `${id.replace(/\//g, '__')}.${extension}`,
    bytes,
    document: print.doc.info,
    facts: print.facts,
  };
};

const exists = (print: CorpusPrint, format: FormatId) => print.family.formats[format] === true;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The text-format cases of the prints (printed directly from the model). */
export function textCases(prints: readonly CorpusPrint[]): CorpusCase[] {
  const style = { 'text-spaces': 'spaces', 'text-single-space': 'single-space', 'text-tabs': 'tabs' } as const;
  return prints.flatMap((print) =>
    TEXT_FORMATS.filter((f) => exists(print, f)).map((format) =>
      caseOf(print, format, 'txt', utf8(printText(print.doc, { style: style[format as keyof typeof style], interleave: print.variant.interleave ?? false }))),
    ),
  );
}

export interface BinaryOptions {
  /** Whether to print PDFs (and their text and scanned copies). */
  pdf: boolean;
  /** Which prints to scan (OCR is slow). */
  scan: (print: CorpusPrint) => boolean;
}

/** The cases of the formats that need a PDF, a Word or Excel writer, or OCR. */
export async function binaryCases(prints: readonly CorpusPrint[], options: BinaryOptions): Promise<CorpusCase[]> {
  const cases: CorpusCase[] = [];
  const withPdf = options.pdf ? prints.filter((p) => exists(p, 'pdf') || exists(p, 'pdftotext-layout') || exists(p, 'pdftotext-raw')) : [];
  const pdfs = await printPdfs(
    withPdf.map((p) => {
      const footer = p.doc.blocks.find((b) => b.kind === 'text' && b.role === 'footer');
      return { html: printHtml(p.doc, { borders: p.variant.borders ?? true, footInMargin: true }), ...(footer?.kind === 'text' ? { footer: footer.lines.join('') } : {}) };
    }),
  );
  const pdfOf = new Map(withPdf.map((p, i) => [p, pdfs[i]!]));
  for (const print of prints) {
    const pdf = pdfOf.get(print);
    if (pdf) {
      if (exists(print, 'pdf')) cases.push(caseOf(print, 'pdf', 'pdf', pdf));
      if (exists(print, 'pdftotext-layout')) cases.push(caseOf(print, 'pdftotext-layout', 'txt', utf8(pdfToText(pdf, 'layout'))));
      if (exists(print, 'pdftotext-raw')) cases.push(caseOf(print, 'pdftotext-raw', 'txt', utf8(pdfToText(pdf, 'raw'))));
      if (exists(print, 'scan') && options.scan(print)) cases.push(caseOf(print, 'scan', 'pdf', scannedCopy(pdf)));
    }
    if (exists(print, 'docx')) cases.push(caseOf(print, 'docx', 'docx', await printDocx(print.doc)));
    if (exists(print, 'xlsx')) cases.push(caseOf(print, 'xlsx', 'xlsx', await printXlsx(print.doc, print.variant.borders ?? true)));
    if (exists(print, 'html')) cases.push(caseOf(print, 'html', 'html', utf8(printHtml(print.doc, { borders: print.variant.borders ?? true }))));
  }
  return cases;
}
