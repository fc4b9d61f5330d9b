import { describe, expect, it } from 'vitest';
import { cellsOf, cellText, headerRowCount, isCovered, ownerAt, tableFacts, type CorpusTable } from './corpus-table.js';
import { MINI_SOURCE } from './mini-source.js';
import { standardTable } from './standard-tables.js';
import { applyVariant } from './table-variants.js';

const texts = (table: CorpusTable) => table.rows.map((r) => r.slots.map((s) => (isCovered(s) ? '^' : cellText(s))));

/** Every covered slot belongs to a cell that starts above or to its left and spans over it. */
function consistentSpans(table: CorpusTable): boolean {
  return table.rows.every((row, r) =>
    row.slots.every((slot, c) => {
      if (!isCovered(slot)) return true;
      const top = table.rows.findIndex((x) => x.slots.includes(slot.covered));
      const left = table.rows[top]!.slots.indexOf(slot.covered);
      return top <= r && r < top + slot.covered.rowSpan && left <= c && c < left + slot.covered.colSpan;
    }),
  );
}

describe('table variants', () => {
  const split = standardTable(MINI_SOURCE, 'T03', 'split');

  it('leave the table they start from unchanged', () => {
    const before = JSON.stringify(texts(split));
    applyVariant(split, { wrapNames: 4, partsOnTotalRow: true, blanks: 'zero', finalAmountRow: true });
    expect(JSON.stringify(texts(split))).toBe(before);
  });

  it('print 类 | 款 | 项 on the 合计 row instead of a header row of their own', () => {
    const t = applyVariant(split, { partsOnTotalRow: true });
    expect(texts(t).some((r) => r.slice(0, 3).join() === '类,款,项' && r[3] === '')).toBe(false);
    const total = t.rows.find((r) => r.total)!;
    expect(total.slots.slice(0, 4).map((s) => cellText(ownerAt(total, total.slots.indexOf(s))))).toEqual(['类', '款', '项', '合计']);
    expect(consistentSpans(t)).toBe(true);
    expect(tableFacts(t)).toEqual(tableFacts(split));
  });

  it('print 决算数 under every amount column, the other header cells spanning down to it', () => {
    const t = applyVariant(split, { finalAmountRow: true });
    const header = t.rows.slice(0, headerRowCount(t));
    const added = header.find((r) => cellsOf(r).length > 0 && cellsOf(r).every((c) => cellText(c.cell) === '决算数'))!;
    expect(cellsOf(added).map((c) => c.column)).toEqual(t.columns.flatMap((k, j) => (k === 'amount' ? [j] : [])));
    expect(consistentSpans(t)).toBe(true);
  });

  it('print blanks as 0.00 (new facts) or —— (none)', () => {
    const zero = applyVariant(split, { blanks: 'zero' });
    const added = tableFacts(zero).filter((f) => !tableFacts(split).some((g) => g.row === f.row && g.column === f.column));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((f) => f.value === '0.00')).toBe(true);
    const dash = applyVariant(split, { blanks: 'dash' });
    expect(tableFacts(dash)).toEqual(tableFacts(split));
    expect(texts(dash).flat()).toContain('——');
  });

  it('wrap names and keep only each row’s own code part', () => {
    const t = applyVariant(split, { wrapNames: 6, codeParts: 'own' });
    const row = t.rows.find((r) => cellsOf(r).some((c) => c.cell.fact?.row === '2080505'))!;
    expect(cellsOf(row).slice(0, 4).map((c) => c.cell.lines)).toEqual([[], [], ['05'], ['机关事业单位', '基本养老保险', '缴费支出']]);
  });

  it('group thousands without changing the facts', () => {
    const big = { ...MINI_SOURCE, facts: MINI_SOURCE.facts.map((f) => (f.table === 'T03' && f.row === '合计' && f.column === '本年支出合计' ? { ...f, value: '12345.60' } : f)) };
    const t = applyVariant(standardTable(big, 'T03'), { thousands: true });
    const cell = t.rows.flatMap((r) => cellsOf(r)).find((c) => c.cell.fact?.value === '12345.60')!.cell;
    expect(cell.lines).toEqual(['12,345.60']);
  });
});
