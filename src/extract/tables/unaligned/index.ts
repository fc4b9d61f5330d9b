import type { TableLayout, TableSpec } from '../../../catalog/kinds/index.js';
import type { GridRow, LineBlock } from '../../../read/layout.js';
import type { FactSink } from '../../fact-sink.js';
import { readCodedInOrder } from './coded.js';
import { readEconomicBlocksInOrder } from './economic-blocks.js';
import { readStatisticsInOrder } from './statistics.js';
import { readThreePublicInOrder } from './three-public.js';
import { readTwoSidedInOrder } from './two-sided.js';

/**
 * Readers of tables whose cells do not line up (GridBlock.unaligned), by the order of their tokens. `lines` are the
 * other lines of the table's region (header lines the copy did not put in the grid). The 预算's single-row and
 * labelled tables have none yet: read by order they would need their columns' order, which nothing confirms.
 */
export const UNALIGNED_READERS: Partial<Record<TableLayout, (rows: GridRow[], template: TableSpec, sink: FactSink, lines: readonly LineBlock[]) => void>> = {
  coded: readCodedInOrder,
  'two-sided': readTwoSidedInOrder,
  'economic-blocks': readEconomicBlocksInOrder,
  'three-public': readThreePublicInOrder,
  statistics: readStatisticsInOrder,
};
