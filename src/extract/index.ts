import { familySpec, kindOfTable, kindSpec, tableSpec, type KindFamily, type TableLayout, type TableSpec } from '../catalog/kinds/index.js';
import type { Disclosure, DocumentKind, TableInfo } from '../model/disclosure.js';
import { NotADisclosureError, TruncatedDocumentError } from '../model/errors.js';
import type { Fact } from '../model/fact.js';
import { TERMS } from '../model/glossary.js';
import type { Block, GridRow, Layout } from '../read/layout.js';
import { departmentMentions, documentDepartment, documentRegion, documentUnit, documentYear, namedKind } from './document-info.js';
import { FactSink } from './fact-sink.js';
import { accountNumbers } from './number-accounting.js';
import type { TableReading } from '../model/reading.js';
import { extractClaims } from './narrative/index.js';
import { compact } from './normalize.js';
import { extractPerformance } from './performance/index.js';
import { readSections } from './sections.js';
import { readTableOfContents, type TableOfContents } from './table-of-contents.js';
import { findTableRegions, type TableRegion } from './table-region.js';
import { readCodedTable } from './tables/coded-table.js';
import { readEconomicBlocksTable } from './tables/economic-blocks-table.js';
import { readLabelledTable } from './tables/labelled-table.js';
import { readSingleRowTable } from './tables/single-row-table.js';
import { readStatisticsTable } from './tables/statistics-table.js';
import { readThreePublicTable } from './tables/three-public-table.js';
import { readTwoSidedTable } from './tables/two-sided-table.js';
import { UNALIGNED_READERS } from './tables/unaligned/index.js';

const READERS: Record<TableLayout, (rows: GridRow[], template: TableSpec, sink: FactSink) => void> = {
  coded: readCodedTable,
  'two-sided': readTwoSidedTable,
  'economic-blocks': readEconomicBlocksTable,
  'three-public': readThreePublicTable,
  statistics: readStatisticsTable,
  'single-row': readSingleRowTable,
  labelled: readLabelledTable,
};

/** A table without data says so under it ("说明：本表无数据", "…故本表无数据。"). */
const EMPTY_NOTE = /无数据|没有.*(收入|支出|经费)|无.{0,12}(收入|支出|收支)|无此项|无相关|未发生|为空/;

/** Layout → Disclosure: the standard tables as facts, the document's metadata and its narrative sections. */
export function extractDisclosure(layout: Layout): Disclosure {
  const { blocks, file } = layout;
  const toc = readTableOfContents(blocks);
  const { kind, pieces } = kindAndTables(blocks, toc);
  const regions = mergeContinuations(pieces);
  if (kind === TERMS.otherDocument) {
    throw new NotADisclosureError(file, '没有找到决算或预算公开的标题、标准表格（如公开01–10表）或情况说明');
  }
  if (toc) checkComplete(layout, toc, regions);

  const unit = documentUnit(regions);
  const tables: TableInfo[] = [];
  const facts: Fact[] = [];
  for (const region of regions) {
    const { sink, reading } = readRegion(region, tableSpec(region.id), unit);
    for (const fact of sink.facts) facts.push(fact);
    const note = region.notes.find((n) => EMPTY_NOTE.test(compact(n))) ?? region.notes.find((n) => /^说明/.test(compact(n)));
    tables.push({
      id: region.id,
      title: region.title,
      ...(region.label ? { label: region.label } : {}),
      ...(region.unit ? { unit: region.unit } : {}),
      reading,
      ...(note ? { note } : {}),
      source: region.source,
      codes: sink.codes,
    });
  }

  const inTable = (i: number) => (toc !== undefined && i >= toc.start && i < toc.end) || pieces.some((r) => i >= r.start && i < r.end);
  const department = documentDepartment(blocks, regions);
  const region = documentRegion(department);
  const year = documentYear(blocks, regions);
  return {
    document: {
      file,
      ...(department ? { department } : {}),
      ...(region ? { region } : {}),
      ...(year ? { year } : {}),
      kind,
      ...(unit ? { unit } : {}),
      tables: tables.map((t) => t.id).sort(),
    },
    tables,
    facts,
    sections: readSections(blocks, inTable),
    claims: extractClaims(readSections(blocks, inTable), tables, year, kindSpec(kind)?.family),
    performance: extractPerformance(blocks, inTable),
    departmentMentions: departmentMentions(blocks, pieces),
  };
}

/** A table printed in pieces (continued over pages, 续表) is one table: later pieces add their rows. */
function mergeContinuations(pieces: TableRegion[]): TableRegion[] {
  const byId = new Map<string, TableRegion>();
  for (const piece of pieces) {
    const first = byId.get(piece.id);
    if (first) {
      for (const row of piece.rows) first.rows.push(row);
      first.unaligned ||= piece.unaligned;
      first.lines.push(...piece.lines);
      first.notes.push(...piece.notes);
    } else byId.set(piece.id, { ...piece, rows: [...piece.rows], lines: [...piece.lines], notes: [...piece.notes] });
  }
  return [...byId.values()];
}

/**
 * The kind first, then that kind's tables only: the kind the title names, else the kind whose tables the document
 * prints (a file of tables without a title), else 其他. Documents of a kind without standard tables (绩效报告) are
 * searched for the 决算's, which some of them reprint.
 */
function kindAndTables(blocks: Block[], toc: TableOfContents | undefined): { kind: DocumentKind; pieces: TableRegion[] } {
  const afterContents = (regions: TableRegion[]) => regions.filter((r) => !toc || r.start >= toc.end);
  const named = namedKind(blocks);
  if (named) return { kind: named, pieces: afterContents(findTableRegions(blocks, (kindSpec(named) ?? familySpec('final-accounts')).tables)) };
  const found = afterContents(findTableRegions(blocks));
  const counts = new Map<KindFamily, number>();
  for (const r of found) counts.set(kindOfTable(r.id).family, (counts.get(kindOfTable(r.id).family) ?? 0) + 1);
  const [family] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!family) return { kind: TERMS.otherDocument, pieces: [] };
  const spec = familySpec(family);
  return { kind: spec.kinds[0]!, pieces: found.filter((r) => kindOfTable(r.id) === spec) };
}

/** Fewer unread numbers first, then more facts. */
const better = (a: TableReading, b: TableReading): boolean => a.unread.length < b.unread.length || (a.unread.length === b.unread.length && a.facts > b.facts);

/**
 * Reads one table with its reader, and with the reader of each other layout the table is known in: the reading
 * that leaves fewest of its numbers unread is kept (the template's own layout on a tie). A grid whose cells do not
 * line up (GridBlock.unaligned) is read by order, by the layouts that have such a reader; with none, its numbers
 * stay unread.
 */
function readRegion(region: TableRegion, template: TableSpec, unit: string | undefined): { sink: FactSink; reading: TableReading } {
  let best: { sink: FactSink; reading: TableReading } | undefined;
  for (const layout of [template.layout, ...(template.otherLayouts ?? [])]) {
    const sink = new FactSink(region.id, region.unit ?? unit ?? TERMS.tenThousandYuan);
    if (region.unaligned) UNALIGNED_READERS[layout]?.(region.rows, template, sink, region.lines);
    else READERS[layout](region.rows, template, sink);
    sink.unreadCountingRuns();
    if (layout === 'two-sided') sink.unreadStrayRowNumbers();
    const reading = accountNumbers(region, sink);
    if (!best || better(reading, best.reading)) best = { sink, reading };
  }
  return best!;
}

/** Part headings are short; the last few characters of one name what the part is (情况说明, 名词解释, 决算表). */
const MAX_PART_HEADING = 40;
const PART_WORDS = 4;

/**
 * A document cut short (a failed download, a truncated export) loses its last parts: the contents promise
 * parts the body never reaches. Reading on would report every missing table as the publisher's error.
 */
function checkComplete(layout: Layout, toc: TableOfContents, regions: TableRegion[]): void {
  const body = layout.blocks.slice(toc.end).filter((b) => b.kind === 'line').map((b) => compact(b.text));
  // A heading may wrap onto the next line, and the body may print it without its ordinal or with other words
  // before its last ones (the department's name): a part is there when its ordinal starts a line, or a heading
  // line (joined with the next) ends with the part's last words.
  const headings = body.map((line, k) => line + (body[k + 1] ?? '')).concat(body).filter((line) => line.length <= 2 * MAX_PART_HEADING);
  const ordinal = (part: string) => /^第[一二三四五六七八九十]+部分/.exec(part)![0];
  const present = (part: string) => {
    const words = part.slice(ordinal(part).length).slice(-PART_WORDS);
    return body.some((line) => line.startsWith(ordinal(part))) || (words.length >= 2 && headings.some((line) => line.endsWith(words)));
  };
  const missing = toc.parts.filter((p) => !present(p));
  const lastFound = toc.parts.findLastIndex((p) => !missing.includes(p));
  const trailing = missing.length > 0 && missing.every((p) => toc.parts.indexOf(p) > lastFound);
  const endsInTable = regions.some((r) => r.end >= layout.blocks.length);
  if (trailing && (missing.length >= 2 || endsInTable)) {
    const lastTable = regions.at(-1);
    const where = lastTable ? `正文在「${lastTable.title}」之后中断` : '正文在目录之后不久中断';
    throw new TruncatedDocumentError(layout.file, `目录列出的${missing.map((p) => `「${p}」`).join('、')}在正文中缺失，${where}`);
  }
}
