import { z } from 'zod';

/**
 * Logical table ids, assigned from the title, never from the printed number (DESIGN.md §3). They are scoped by
 * kind: T.. are the 决算's tables, B.. the 预算's (src/catalog/kinds).
 */
export const TABLE_IDS = [
  'T01',
  'T02',
  'T03',
  'T04',
  'T05',
  'T06',
  'T07',
  'T08',
  'T09',
  'T10',
  'B01',
  'B02',
  'B03',
  'B04',
  'B05',
  'B06',
  'B07',
  'B08',
  'B09',
  'B10',
  'B11',
  'B12',
  'B13',
] as const;
export const TableIdSchema = z.enum(TABLE_IDS);
export type TableId = z.infer<typeof TableIdSchema>;

/** Whether a stored or requested table id is one of ours. */
export const isTableId = (id: string): id is TableId => (TABLE_IDS as readonly string[]).includes(id);
