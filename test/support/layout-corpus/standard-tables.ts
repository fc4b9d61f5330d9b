// A known document's standard tables in the official print form, as the product's renderer lays them out
// (src/render/table-layout.ts), with the fact every amount cell prints. The renderer's cells carry only their text,
// so each table is laid out twice: once with the real values, once with a unique stand-in value per (row, column);
// the stand-ins say which fact each cell holds, including blank cells a variant may fill with 0.00.
import { tableSpec } from '../../../src/catalog/kinds/index.js';
import type { Disclosure } from '../../../src/model/disclosure.js';
import type { TableId } from '../../../src/model/table-id.js';
import { isCovered as isCoveredSlot, type GridSlot, type PrintedCell } from '../../../src/render/grid.js';
import { layoutTable, type CodeColumns, type PrintedTable } from '../../../src/render/table-layout.js';
import { buildDisclosure } from '../disclosure.js';
import type { CorpusCell, CorpusRow, CorpusTable, Slot } from './corpus-table.js';
import type { SourceDocument } from './sources.js';
import type { TruthFact } from './truth.js';

/** 公开03表 for T03: the standard number, whatever the source document printed. */
export const standardLabel = (id: TableId): string => `公开${id.slice(1)}表`;

function disclosureOf(source: SourceDocument, facts: TruthFact[]): Disclosure {
  const d = buildDisclosure({ facts, unit: source.unit, tables: source.tables, year: source.year });
  return { ...d, document: { ...d.document, department: source.department } };
}

/**
 * The (row, column) keys a table prints a cell for: its facts, and for tables whose cells are all amounts of one
 * kind (coded tables, 公开06, 公开09) the blank cells of every row that has a fact.
 */
function cellKeys(source: SourceDocument, id: TableId): { row: string; column: string }[] {
  const own = source.facts.filter((f) => f.table === id);
  const template = tableSpec(id);
  const rows = [...new Set(own.map((f) => f.row))];
  const columns =
    template.layout === 'coded' || template.layout === 'three-public'
      ? template.columns.map((c) => c.key)
      : template.layout === 'economic-blocks'
        ? [...new Set(own.map((f) => f.column))]
        : [];
  const keys = own.map((f) => ({ row: f.row, column: f.column }));
  const known = new Set(keys.map((k) => `${k.row}|${k.column}`));
  if (own.length > 0) {
    const blankRows = template.layout === 'three-public' ? (template.rows ?? []).map((r) => r.key) : rows;
    for (const row of blankRows) for (const column of columns) if (!known.has(`${row}|${column}`)) keys.push({ row, column });
  }
  return keys;
}

const STAND_IN = (i: number) => `9${String(i).padStart(7, '0')}`;

/** A standard table of the source document in the official print form, every amount cell keyed. */
export function standardTable(source: SourceDocument, id: TableId, codeColumns: CodeColumns = 'single'): CorpusTable {
  const options = { label: standardLabel(id), codeColumns };
  const real = layoutTable(disclosureOf(source, source.facts), id, options);
  const keys = cellKeys(source, id);
  const unit = (row: string) => source.facts.find((f) => f.table === id && f.row === row)?.unit ?? source.unit;
  const standIns = keys.map((k, i): TruthFact => ({ table: id, row: k.row, column: k.column, value: STAND_IN(i), unit: unit(k.row) }));
  const keyed = layoutTable(disclosureOf(source, [...source.facts.filter((f) => f.table !== id), ...standIns]), id, options);
  const keyOf = new Map(standIns.map((s) => [s.value, { row: s.row, column: s.column }]));
  const factOf = new Map(source.facts.filter((f) => f.table === id).map((f) => [`${f.row}|${f.column}`, f]));
  return {
    id,
    label: real.label,
    title: real.title,
    ...(real.department ? { department: real.department } : {}),
    ...(real.yearLine ? { yearLine: real.yearLine } : {}),
    unitLine: real.unitLine,
    columns: [...real.columns],
    notes: [...real.notes],
    orientation: real.orientation,
    rows: convertRows(real, keyed, keyOf, factOf),
  };
}

function convertRows(real: PrintedTable, keyed: PrintedTable, keyOf: Map<string, { row: string; column: string }>, factOf: Map<string, TruthFact>): CorpusRow[] {
  if (real.rows.length !== keyed.rows.length) throw new Error(`${real.id}: the keyed layout has ${keyed.rows.length} rows, the real one ${real.rows.length}`);
  const coded = tableSpec(real.id).layout === 'coded';
  const cells = new Map<PrintedCell, CorpusCell>();
  const rows = real.rows.map((row, r): CorpusRow => {
    const role = r < real.headerRows ? (row.some((s) => !isCoveredSlot(s) && s.role === 'column-number') ? 'column-number' : 'header') : 'body';
    const slots = row.map((slot, c): Slot | undefined => {
      if (isCoveredSlot(slot)) return undefined; // filled below, once every cell exists
      const stand = keyed.rows[r]![c] as GridSlot;
      const key = !isCoveredSlot(stand) && stand.role === 'amount' ? keyOf.get(stand.text) : undefined;
      const fact = key ? factOf.get(`${key.row}|${key.column}`) : undefined;
      if (fact && fact.value !== slot.text) throw new Error(`${real.id} ${key!.row}/${key!.column}: printed ${slot.text}, fact ${fact.value}`);
      const corpus: CorpusCell = {
        lines: slot.text === '' ? [] : [slot.text],
        role: slot.role,
        colSpan: slot.colSpan,
        rowSpan: slot.rowSpan,
        valign: 'middle',
        ...(slot.bold ? { bold: true } : {}),
        ...(key ? { key } : {}),
        ...(fact ? { fact } : {}),
      };
      cells.set(slot, corpus);
      return corpus;
    });
    const total = coded && r >= real.headerRows && row[0] !== undefined && !isCoveredSlot(row[0]) && row[0].text === '合计';
    return { role, slots: slots as Slot[], ...(total ? { total: true } : {}) };
  });
  rows.forEach((row, r) =>
    real.rows[r]!.forEach((slot, c) => {
      if (isCoveredSlot(slot)) row.slots[c] = { covered: cells.get(real.rows[slot.row]![slot.column] as PrintedCell)! };
    }),
  );
  return rows;
}
