import { z } from 'zod';

/**
 * The file a value was read from, when a disclosure was published in several files (the tables in one, the
 * explanation in another): its name. Absent for a disclosure read from one file.
 */
const file = z.string().optional();

/** Where a value was read: a text line (and tab-separated cell), a PDF page box, or a sheet cell. */
export const SourceSchema = z.union([
  z.object({ line: z.number().int().positive(), column: z.number().int().positive().optional(), file }),
  z.object({ page: z.number().int().positive(), bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]), file }),
  z.object({ sheet: z.string(), cell: z.string(), file }),
]);
export type Source = z.infer<typeof SourceSchema>;

/** A source as a comparable key: the file (of a package in several files) and the place in it. */
export const sourceKey = (s: Source): string =>
  `${s.file ?? ''}|${'line' in s ? `L${s.line}:${s.column ?? ''}` : 'page' in s ? `P${s.page}:${s.bbox.join(',')}` : `S${s.sheet}!${s.cell}`}`;

/** Whether a value has the shape of a Source (a walk over a disclosure finds its sources by it). */
export function isSource(value: unknown): value is Source {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).filter((k) => k !== 'file');
  const v = value as Record<string, unknown>;
  if (typeof v.page === 'number') return Array.isArray(v.bbox) && keys.length === 2;
  if (typeof v.line === 'number') return keys.every((k) => k === 'line' || k === 'column');
  return typeof v.sheet === 'string' && typeof v.cell === 'string' && keys.length === 2;
}

/** 《name》 before a place in another file of the disclosure; '' for a disclosure of one file. */
const inFile = (name: string | undefined): string => (name ? `《${name.split(/[\\/]/).pop()}》` : '');

/**
 * Where a set of sources lies, for a message: "第 10 页" / "第 10–11 页", "第 203–240 行", "工作表「公开02表」";
 * '' for no source. Sources of mixed kinds are described by their first kind.
 */
export function describeSpan(sources: readonly Source[]): string {
  const first = sources[0];
  if (!first) return '';
  // sources in several files: each file's span, in the order the files first appear
  const files = [...new Set(sources.map((s) => s.file))];
  if (files.length > 1) return files.map((f) => describeSpan(sources.filter((s) => s.file === f))).join('，');
  return inFile(first.file) + describeSpanInFile(sources);
}

function describeSpanInFile(sources: readonly Source[]): string {
  const first = sources[0]!;
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
  return inFile(source.file) + describePlace(source);
}

function describePlace(source: Source): string {
  if ('line' in source) return source.column ? `第${source.line}行第${source.column}栏` : `第${source.line}行`;
  if ('page' in source) return `第${source.page}页`;
  return `工作表「${source.sheet}」${source.cell}`;
}
