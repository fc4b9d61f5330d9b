import { describe, expect, it } from 'vitest';
import { familySpec } from '../../../src/catalog/kinds/index.js';
import { cellsOf, tableFacts } from './corpus-table.js';
import { MINI_SOURCE } from './mini-source.js';
import { standardTable } from './standard-tables.js';
import { truthKey } from './truth.js';

/** The known document is a 决算: its kind's tables. */
const TABLE_IDS = familySpec('final-accounts').tables.map((t) => t.id);

describe('standard tables of a known document', () => {
  it.each(TABLE_IDS)('%s prints every fact of the table once, in the cell that shows its value', (id) => {
    const table = standardTable(MINI_SOURCE, id);
    const facts = tableFacts(table);
    expect(facts.map(truthKey).sort()).toEqual(MINI_SOURCE.facts.filter((f) => f.table === id).map(truthKey).sort());
    for (const row of table.rows) for (const { cell } of cellsOf(row)) if (cell.fact) expect(cell.lines).toEqual([cell.fact.value]);
    // rectangular: every row has a slot for every column
    for (const row of table.rows) expect(row.slots.length).toBe(table.columns.length);
  });

  it('keys the blank cells of coded tables, so a variant can fill them', () => {
    const table = standardTable(MINI_SOURCE, 'T03', 'split');
    const blank = table.rows.flatMap((r) => cellsOf(r).map((c) => c.cell)).filter((c) => c.key && !c.fact);
    expect(blank.map((c) => `${c.key!.row}|${c.key!.column}`)).toContain('2101502|基本支出');
    expect(blank.every((c) => c.lines.length === 0)).toBe(true);
    expect(table.rows.filter((r) => r.total)).toHaveLength(1);
  });
});
