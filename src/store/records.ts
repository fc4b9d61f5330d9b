// What the store gives back, as zod schemas: the API describes its answers with them, and the repository's types are
// inferred from them, so the store, the API and its OpenAPI document cannot drift apart. Money is a decimal string.
import { z } from 'zod';
import { DocumentKindSchema } from '../model/disclosure.js';
import { FindingSchema, ReadingSummarySchema } from '../model/finding.js';

/** An exact decimal (never a float): what the document printed, or a sum of such. */
export const DecimalSchema = z.string().regex(/^-?\d+(\.\d+)?$/).describe('精确的十进制数（字符串，不是浮点数）');

/**
 * A disclosure's audit result, one of four: errors; no errors but numbers left unread (never a pass, DESIGN.md §3.1);
 * every number read, with warnings; every number read, with neither.
 */
export const AUDIT_STATUSES = ['errors', 'incomplete', 'warnings', 'clean'] as const;
export const AuditStatusSchema = z.enum(AUDIT_STATUSES);
export type AuditStatus = z.infer<typeof AuditStatusSchema>;

/** The audit result of a disclosure's counts (the list filter's SQL says the same, repository.ts filterSql). */
export const auditStatusOf = (d: { errors: number; warnings: number; reading: { complete: boolean } }): AuditStatus =>
  d.errors > 0 ? 'errors' : !d.reading.complete ? 'incomplete' : d.warnings > 0 ? 'warnings' : 'clean';

export const DisclosureSummarySchema = z
  .object({
    id: z.number().int().describe('决算编号'),
    sha256: z.string().describe('原文件的 SHA-256'),
    fileName: z.string(),
    fileSize: z.number().int(),
    mediaType: z.string(),
    department: z.string().nullable(),
    region: z.string().nullable(),
    year: z.number().int().nullable(),
    kind: DocumentKindSchema,
    unit: z.string().nullable().describe('金额单位（万元或元）'),
    tables: z.array(z.string()).describe('找到的标准表（T01–T10）'),
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    rulesVersion: z.string(),
    auditedAt: z.string(),
    importedAt: z.string(),
    supersededBy: z.number().int().nullable().describe('本文件是旧版本时，取代它的当前版本的编号；当前版本为 null'),
    status: AuditStatusSchema.describe('审核结果：errors 有错误、incomplete 读取不完整（无错误但有数字未能读取，不算通过）、warnings 仅有警告、clean 通过'),
    reading: ReadingSummarySchema.describe('表格中的数字是否全部读出；未全部读出的决算即使没有错误也不算通过'),
  })
  .meta({ id: 'DisclosureSummary', description: '一份决算（一次上传的文件）的概要' });
export type DisclosureSummary = z.infer<typeof DisclosureSummarySchema>;

export const ImportResultSchema = z.object({
  id: z.number().int(),
  sha256: z.string(),
  created: z.boolean().describe('false：同样的文件已在库中，什么也没有改变'),
  superseded: z.array(z.number().int()).describe('这次上传取代的旧版本（同一部门、年度和类型）'),
  joined: z
    .boolean()
    .optional()
    .describe('true：本文件与库中同一部门、年度和类型的公开各含不同部分（如表格与情况说明分两个文件发布），已并入编号 id 的那份公开一并审核，而不是新版本'),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const GROUP_KEYS = ['department', 'region', 'year', 'kind', 'table', 'row', 'column'] as const;
export const GroupKeySchema = z.enum(GROUP_KEYS);
export type GroupKey = z.infer<typeof GroupKeySchema>;

export const AggregateRowSchema = z.object({
  key: z.partialRecord(GroupKeySchema, z.union([z.string(), z.number(), z.null()])).describe('分组的键，按 groupBy 命名'),
  facts: z.number().int().describe('求和的数字个数'),
  disclosures: z.number().int().describe('这些数字来自几份决算'),
  value: DecimalSchema.nullable().describe('按原单位精确求和；单位不一时为 null'),
  unit: z.string().nullable(),
  yuan: DecimalSchema.nullable().describe('以元为单位精确求和；有非金额数字时为 null'),
});
export type AggregateRow = z.infer<typeof AggregateRowSchema>;

export const PrintedValueSchema = z.object({ value: DecimalSchema, unit: z.string(), yuan: DecimalSchema.nullable() });
export type PrintedValue = z.infer<typeof PrintedValueSchema>;

export const CompareRowSchema = z.object({
  table: z.string(),
  row: z.string(),
  column: z.string(),
  values: z.record(z.string(), PrintedValueSchema).describe('按决算编号：印刷值、单位和以元计的金额'),
});
export type CompareRow = z.infer<typeof CompareRowSchema>;

export const SearchHitSchema = z.object({
  disclosure: DisclosureSummarySchema,
  matches: z.array(z.enum(['department', 'code', 'text'])).describe('因何匹配'),
  snippet: z.string().nullable().describe('原文中匹配处前后的文字（照录原文）'),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({
  items: z.array(SearchHitSchema),
  total: z.number().int().describe('确认的匹配数；totalExact 为 false 时是上限'),
  totalExact: z.boolean(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const DepartmentSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  region: z.string().nullable(),
  disclosures: z.number().int(),
  years: z.array(z.number().int()),
  errors: z.number().int(),
});
export type DepartmentSummary = z.infer<typeof DepartmentSummarySchema>;

export const ReauditReportSchema = z.object({
  checked: z.number().int(),
  updated: z.number().int(),
  failed: z.array(z.object({ id: z.number().int(), code: z.string(), message: z.string() })),
  stopped: z.boolean().optional(),
});
export type ReauditReport = z.infer<typeof ReauditReportSchema>;

export const StoreStatsSchema = z.object({
  disclosures: z.number().int(),
  departments: z.number().int(),
  files: z.number().int(),
  facts: z.number().int(),
  findings: z.number().int(),
});
export type StoreStats = z.infer<typeof StoreStatsSchema>;

/** A reviewer's mark on a finding: 确认 (confirmed), 误报 (false-positive), 已整改 (fixed). */
export const REVIEW_STATUSES = ['confirmed', 'false-positive', 'fixed'] as const;
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES).describe('confirmed（确认）、false-positive（误报）或 fixed（已整改）');
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

export const ReviewSchema = z.object({
  status: ReviewStatusSchema,
  comment: z.string().describe('审核人的意见'),
  reviewer: z.string().describe('审核人'),
  reviewedAt: z.string().describe('标注时间（ISO 8601）'),
});
export type Review = z.infer<typeof ReviewSchema>;

/** A finding as the portal shows it: with the key its marks are kept by, and the reviewer's mark if any. */
export const ReviewedFindingSchema = FindingSchema.extend({
  key: z.string().describe('发现的键：规则、位置和数字相同的发现，重新审核后键不变'),
  review: ReviewSchema.nullable(),
});
export type ReviewedFinding = z.infer<typeof ReviewedFindingSchema>;
