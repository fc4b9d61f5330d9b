import type { TableLayout, TableTemplate } from '../../../catalog/tables.js';
import type { GridRow } from '../../../read/layout.js';
import type { FactSink } from '../../fact-sink.js';
import { readCodedInOrder } from './coded.js';
import { readEconomicBlocksInOrder } from './economic-blocks.js';
import { readStatisticsInOrder } from './statistics.js';
import { readThreePublicInOrder } from './three-public.js';
import { readTwoSidedInOrder } from './two-sided.js';

/** Readers of tables whose cells do not line up (GridBlock.unaligned), by the order of their tokens. */
export const UNALIGNED_READERS: Record<TableLayout, (rows: GridRow[], template: TableTemplate, sink: FactSink) => void> = {
  coded: readCodedInOrder,
  'two-sided': readTwoSidedInOrder,
  'economic-blocks': readEconomicBlocksInOrder,
  'three-public': readThreePublicInOrder,
  statistics: readStatisticsInOrder,
};
