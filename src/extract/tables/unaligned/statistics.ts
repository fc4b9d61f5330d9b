import type { TableSpec } from '../../../catalog/kinds/index.js';
import { TERMS } from '../../../model/glossary.js';
import type { GridRow } from '../../../read/layout.js';
import { parseRowNumber } from '../../amount.js';
import type { FactSink } from '../../fact-sink.js';
import { compact, labelKey } from '../../normalize.js';
import { isValue, lineTokens } from './tokens.js';

const PART_HEADING = /^[一二三四五六七八九十]+、/;

/**
 * 公开10 whose cells do not line up: each line is a label, its 行次 when the header has that column, and at most one
 * value. A line with more values than that stays unread.
 */
export function readStatisticsInOrder(rows: GridRow[], template: TableSpec, sink: FactSink): void {
  const lines = lineTokens(rows);
  const column = template.columns[0]!;
  const headerAt = lines.findIndex((tokens) => tokens.some((t) => column.aliases.includes(t.text)));
  const rowNumbers = headerAt >= 0 && lines[headerAt]!.some((t) => t.text === '行次');
  let part = '';
  // 行次 count up by one: a whole number that continues them is one, where a copy lost the header saying so
  let lastRowNumber: number | undefined;
  lines.forEach((tokens, r) => {
    if (r <= headerAt) return;
    const label = tokens.filter((t) => !isValue(t)).map((t) => t.text).join('');
    let values = tokens.filter(isValue);
    if (PART_HEADING.test(label) && values.length === 0) {
      part = label;
      return;
    }
    const rowNumber = values[0] ? parseRowNumber(values[0].text) : undefined;
    if (rowNumber !== undefined && (rowNumbers || rowNumber === (lastRowNumber ?? NaN) + 1)) {
      sink.skip(values[0]!.cell, 'row-number');
      values = values.slice(1);
      lastRowNumber = rowNumber;
    }
    const key = labelKey(label) === TERMS.total && part.includes('采购') ? TERMS.procurementTotal : labelKey(label);
    const row = template.rows?.find((t) => t.aliases.some((a) => compact(a) === key));
    if (!row) return;
    if (values.length === 1) sink.add(row.key, column.key, values[0]!.cell, row.unit);
    for (const v of values) sink.leave(v.cell, row.key);
  });
}
