import { z } from 'zod';
import { SourceSchema } from './source.js';

/**
 * How completely a table was read (DESIGN.md §3.1). Every number printed in the table's region is a fact, a known
 * non-fact (行次/栏次, a code, a year, a page or note number) or unread:
 * - `complete`: no number left unread;
 * - `partial`: some facts, some numbers unread;
 * - `unread`: numbers printed, none read as a fact;
 * - `empty`: the region prints no number at all (a table with only its header, or "本表无数据").
 */
export const READ_STATUSES = ['complete', 'partial', 'unread', 'empty'] as const;
export const ReadStatusSchema = z.enum(READ_STATUSES);
export type ReadStatus = z.infer<typeof ReadStatusSchema>;

/** How a read status is shown to users. */
export const READ_STATUS_LABELS: Readonly<Record<ReadStatus, string>> = { complete: '已完整读取', partial: '部分未能读取', unread: '未能读取', empty: '空表' };

/** Why a printed number is known not to be a fact. */
export const NON_FACT_KINDS = ['row-number', 'column-number', 'code', 'year', 'page-number', 'label', 'repeated-row'] as const;
export const NonFactKindSchema = z.enum(NON_FACT_KINDS);
export type NonFactKind = z.infer<typeof NonFactKindSchema>;

/** A number printed in a table's region that the reader could not place. */
export const UnreadNumberSchema = z.object({
  /** The number as printed. */
  text: z.string(),
  source: SourceSchema,
  /** The row key when the number sits on a row that was recognised (its other cells may have been read). */
  row: z.string().optional(),
});
export type UnreadNumber = z.infer<typeof UnreadNumberSchema>;

export const TableReadingSchema = z.object({
  status: ReadStatusSchema,
  /** Numbers printed in the table's region, facts and non-facts and unread together. */
  numbers: z.number().int().nonnegative(),
  facts: z.number().int().nonnegative(),
  nonFacts: z.number().int().nonnegative(),
  unread: z.array(UnreadNumberSchema),
});
export type TableReading = z.infer<typeof TableReadingSchema>;

/** Whether the table's every printed number is accounted for (a complete or an empty table). */
export const isFullyRead = (reading: TableReading): boolean => reading.status === 'complete' || reading.status === 'empty';

/**
 * Unread numbers that sit on no recognised row: the table may have rows the reader never saw, so no list of its
 * rows (a hierarchy sum, a class enumeration) can be trusted.
 */
export const hasUnplacedNumbers = (reading: TableReading): boolean => reading.unread.some((u) => u.row === undefined);
