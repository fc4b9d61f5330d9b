import { describe, expect, it } from 'vitest';
import { buildDisclosure, cells } from '../../test/support/disclosure.js';
import { DraftContext } from './context.js';
import { draftTables } from './table-notes.js';

describe('table notes', () => {
  it('notes only the empty tables, in print order, in words the extractor reads as a no-data note', () => {
    const disclosure = buildDisclosure({ facts: cells('T01', { 收入总计: { 金额: '1.00' } }), tables: ['T01', 'T09', 'T07'], year: 2024 });
    const tables = draftTables(new DraftContext(disclosure));
    expect(tables.map((t) => t.id)).toEqual(['T01', 'T09', 'T07']);
    expect(tables[0]!.note).toBeUndefined();
    expect(tables[1]!.note).toBe('本部门2024年度没有使用财政拨款安排的“三公”经费支出，故本表为空表。');
    expect(tables[2]!.note).toMatch(/^本部门2024年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表为空表。$/);
    // the audit's M-02 and the extractor's empty-note test both accept it
    for (const t of tables.slice(1)) expect(t.note).toMatch(/无数据|没有|为空/);
  });
});
