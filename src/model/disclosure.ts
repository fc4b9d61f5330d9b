import { z } from 'zod';
import { ClaimSchema } from './claim.js';
import { FactSchema } from './fact.js';
import { SectionSchema } from './narrative.js';
import { PerformanceEvaluationSchema } from './performance.js';
import { TableReadingSchema } from './reading.js';
import { SourceSchema } from './source.js';
import { TableIdSchema } from './table-id.js';

export const DOCUMENT_KINDS = ['部门决算', '单位决算', '部门预算', '单位预算', '绩效报告', '其他'] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** A standard table as it was found in the document. */
export const TableInfoSchema = z.object({
  id: TableIdSchema,
  /** Title as printed (whitespace removed). */
  title: z.string(),
  /** Printed label such as 公开07表, if any. */
  label: z.string().optional(),
  unit: z.string().optional(),
  /** How completely the table's printed numbers were read; `empty` only when it prints no number at all. */
  reading: TableReadingSchema,
  /** The 说明 printed under the table (e.g. 本表无数据), if any. */
  note: z.string().optional(),
  source: SourceSchema,
  /** Function or economic codes printed in the table, with their printed names (whitespace removed). */
  codes: z.array(z.object({ code: z.string(), name: z.string(), source: SourceSchema })),
});
export type TableInfo = z.infer<typeof TableInfoSchema>;

export const DocumentInfoSchema = z.object({
  /** The file the disclosure was read from; for one published in several files, the first of `files`. */
  file: z.string(),
  /** Every file of a disclosure published in several files (tables in one, the explanation in another), in order. */
  files: z.array(z.string()).optional(),
  department: z.string().optional(),
  region: z.string().optional(),
  year: z.number().int().optional(),
  kind: DocumentKindSchema,
  unit: z.string().optional(),
  tables: z.array(TableIdSchema),
});
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;

export const DisclosureSchema = z.object({
  document: DocumentInfoSchema,
  tables: z.array(TableInfoSchema),
  facts: z.array(FactSchema),
  sections: z.array(SectionSchema),
  /** Numbers stated in the narrative, bound to their subjects. */
  claims: z.array(ClaimSchema),
  /** 绩效自评 tables and reports. */
  performance: z.array(PerformanceEvaluationSchema),
  /** Every place the document names the department it reports on (cover, part headings, 部门名称 above tables). */
  departmentMentions: z.array(z.object({ name: z.string(), quote: z.string(), source: SourceSchema })),
});
export type Disclosure = z.infer<typeof DisclosureSchema>;
