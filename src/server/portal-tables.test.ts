import { describe, expect, it } from 'vitest';
import { MINI } from '../../test/support/store-fixtures.js';
import { rebuildTables } from './portal-tables.js';

describe('rebuildTables', () => {
  const tables = rebuildTables(MINI.disclosure.tables, MINI.disclosure.facts);

  it('rebuilds every table found, in T01–T10 order', () => {
    expect(tables.map((t) => t.id)).toEqual(MINI.disclosure.document.tables);
  });

  it('splits a two-sided table into its income and expenditure parts', () => {
    const t01 = tables.find((t) => t.id === 'T01')!;
    expect(t01.parts.map((p) => p.title)).toEqual(['收入', '支出']);
    expect(t01.parts[0]!.rows.map((r) => r.key)).toContain('收入总计');
    expect(t01.parts[1]!.rows.map((r) => r.key)).toContain('支出总计');
  });

  it('keeps the printed row order, the standard column order, and every cell’s source', () => {
    const t03 = tables.find((t) => t.id === 'T03')!;
    const part = t03.parts[0]!;
    expect(part.columns[0]).toBe('本年支出合计');
    const facts = MINI.disclosure.facts.filter((f) => f.table === 'T03');
    expect(part.rows.map((r) => r.key)).toEqual([...new Set(facts.map((f) => f.row))]);
    for (const f of facts) {
      const row = part.rows.find((r) => r.key === f.row)!;
      expect(row.cells[part.columns.indexOf(f.column)]).toMatchObject({ value: f.value, source: f.source });
    }
    const coded = part.rows.find((r) => /^\d{7}$/.test(r.key))!;
    expect(coded.label).toMatch(/^\d{7} \S/);
    expect(coded.level).toBe(2);
  });
});
