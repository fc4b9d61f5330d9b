import { describe, expect, it } from 'vitest';
import { tableSpec } from '../../catalog/kinds/index.js';
import type { GridCell, GridRow } from '../../read/layout.js';
import { FactSink } from '../fact-sink.js';
import { readThreePublicTable } from './three-public-table.js';

const cell = (text: string, colSpan = 1, rowSpan = 1): GridCell => ({ text, source: { page: 1, bbox: [0, 0, 1, 1] }, ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) });
const row = (...cells: GridCell[]): GridRow => ({ cells, source: { page: 1, bbox: [0, 0, 1, 1] } });
const blank = (n: number) => Array.from({ length: n }, () => cell(''));

describe('readThreePublicTable', () => {
  it('reads the layout with 预算数 | 决算数 under each component (Shanghai)', () => {
    const rows = [
      row(cell('财政拨款“三公”经费', 12), ...blank(11)),
      row(cell('合计', 2, 2), cell(''), cell('因公出国（境）费', 2, 2), cell(''), cell('公务用车购置及运行维护费', 6), ...blank(5), cell('公务接待费', 2, 2), cell('')),
      row(...blank(4), cell('小计', 2), cell(''), cell('公务用车购置费', 2), cell(''), cell('公务用车运行维护费', 2), ...blank(3)),
      row(...Array.from({ length: 12 }, (_, j) => cell(j % 2 ? '决算数' : '预算数'))),
      row(...['2.85', '0.39', '0.00', '0.00', '1.00', '0.50', '0.00', '0.00', '1.00', '0.50', '1.85', '-0.11'].map((t) => cell(t))),
    ];
    const sink = new FactSink('T09', '万元');
    readThreePublicTable(rows, tableSpec('T09'), sink);
    const facts = Object.fromEntries(sink.facts.map((f) => [`${f.row}|${f.column}`, f.value]));
    expect(facts).toMatchObject({
      '预算数|合计': '2.85',
      '决算数|合计': '0.39',
      '决算数|因公出国（境）费': '0.00',
      '预算数|公务用车购置及运行维护费': '1.00',
      '决算数|公务用车运行维护费': '0.50',
      '预算数|公务接待费': '1.85',
      '决算数|公务接待费': '-0.11',
    });
    expect(sink.facts).toHaveLength(12);
  });
});
