import { z } from 'zod';

/** Where a value was read: a text line (and tab-separated cell), a PDF page box, or a sheet cell. */
export const SourceSchema = z.union([
  z.object({ line: z.number().int().positive(), column: z.number().int().positive().optional() }),
  z.object({ page: z.number().int().positive(), bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]) }),
  z.object({ sheet: z.string(), cell: z.string() }),
]);
export type Source = z.infer<typeof SourceSchema>;

/**
 * Where a set of sources lies, for a message: "第 10 页" / "第 10–11 页", "第 203–240 行", "工作表「公开02表」";
 * '' for no source. Sources of mixed kinds are described by their first kind.
 */
export function describeSpan(sources: readonly Source[]): string {
  const first = sources[0];
  if (!first) return '';
  const range = (values: number[], unit: string) => {
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    return lo === hi ? `第 ${lo} ${unit}` : `第 ${lo}–${hi} ${unit}`;
  };
  if ('page' in first) return range(sources.flatMap((s) => ('page' in s ? [s.page] : [])), '页');
  if ('line' in first) return range(sources.flatMap((s) => ('line' in s ? [s.line] : [])), '行');
  const sheets = [...new Set(sources.flatMap((s) => ('sheet' in s ? [s.sheet] : [])))];
  return sheets.map((s) => `工作表「${s}」`).join('、');
}

export function describeSource(source: Source): string {
  if ('line' in source) return source.column ? `第${source.line}行第${source.column}栏` : `第${source.line}行`;
  if ('page' in source) return `第${source.page}页`;
  return `工作表「${source.sheet}」${source.cell}`;
}
