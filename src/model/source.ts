import { z } from 'zod';

/** Where a value was read: a text line (and tab-separated cell), a PDF page box, or a sheet cell. */
export const SourceSchema = z.union([
  z.object({ line: z.number().int().positive(), column: z.number().int().positive().optional() }),
  z.object({ page: z.number().int().positive(), bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]) }),
  z.object({ sheet: z.string(), cell: z.string() }),
]);
export type Source = z.infer<typeof SourceSchema>;

export function describeSource(source: Source): string {
  if ('line' in source) return source.column ? `第${source.line}行第${source.column}栏` : `第${source.line}行`;
  if ('page' in source) return `第${source.page}页`;
  return `工作表「${source.sheet}」${source.cell}`;
}
