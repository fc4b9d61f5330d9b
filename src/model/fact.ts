import { z } from 'zod';
import { SourceSchema } from './source.js';
import { TableIdSchema } from './table-id.js';

/** One printed number of a standard table, keyed the same way whatever the document looked like. */
export const FactSchema = z.object({
  table: TableIdSchema,
  row: z.string(),
  column: z.string(),
  /** The exact decimal as printed, thousands separators removed. */
  value: z.string().regex(/^-?\d+(\.\d+)?$/),
  unit: z.string(),
  /** The same amount in 元, exact; absent for counts (辆, 台（套）). */
  yuan: z.string().optional(),
  source: SourceSchema,
  /** OCR confidence in [0, 1] when the value was recognised from an image. */
  confidence: z.number().min(0).max(1).optional(),
});
export type Fact = z.infer<typeof FactSchema>;

/**
 * Joins the labels of a nested row into its key: "年初财政拨款结转和结余.一般公共预算财政拨款" (公开04),
 * "一般公共预算资金.专项收入" (江苏's 收入预算总表), "货物.办公设备购置费.办公设备购置" (政府采购预算表).
 */
export const ROW_PATH_SEPARATOR = '.';

export const factKey = (f: Pick<Fact, 'table' | 'row' | 'column'>): string => `${f.table}|${f.row}|${f.column}`;
