import type { TableSpec } from '../../catalog/kinds/index.js';
import { TERMS } from '../../model/glossary.js';
import type { GridRow } from '../../read/layout.js';
import { parseCell } from '../amount.js';
import type { FactSink } from '../fact-sink.js';
import { compact, labelKey } from '../normalize.js';

const PART_HEADING = /^[一二三四五六七八九十]+、/;

/** 公开10 部门决算公开相关信息统计表: labelled rows (with 行次) in parts 政府采购 / 机关运行经费 / 国有资产. */
export function readStatisticsTable(rows: GridRow[], template: TableSpec, sink: FactSink): void {
  let part = '';
  let valueColumn = 2;
  let rowNumbers = false;
  for (const row of rows) {
    const first = compact(row.cells[0]?.text ?? '');
    if (PART_HEADING.test(first)) {
      part = first;
      continue;
    }
    const statistic = row.cells.findIndex((c) => template.columns[0]!.aliases.includes(compact(c.text)));
    if (statistic > 0) {
      valueColumn = statistic;
      rowNumbers = row.cells.some((c) => compact(c.text) === '行次');
      continue;
    }
    const label = labelKey(first);
    // The procurement part's own total prints as a bare 合计.
    const key = label === TERMS.total && part.includes('采购') ? TERMS.procurementTotal : label;
    const rowTemplate = template.rows?.find((r) => r.aliases.some((a) => compact(a) === key));
    let cell = row.cells[valueColumn];
    if (!cell) {
      // a row cut to other columns (a continued page): its last number is the value, unless the table numbers its
      // rows and the row prints one number only (行次 or value, which is not known: it stays unread)
      const numbers = row.cells.filter((c) => parseCell(c.text).kind === 'number');
      if (rowNumbers && numbers.length === 1) {
        sink.leave(numbers[0]!, rowTemplate?.key);
        continue;
      }
      if (rowNumbers && numbers.length === 2) sink.skip(numbers[0], 'row-number', rowTemplate?.key);
      cell = numbers.at(-1);
    }
    if (rowTemplate) sink.add(rowTemplate.key, template.columns[0]!.key, cell, rowTemplate.unit);
  }
}
