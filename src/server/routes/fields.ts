// Query parameters several routes take. Each parameter's description is also the hint of the 400 answer when its
// value is wrong (routes/api.ts), so what the document says and what the error says are the same words.
import { z } from 'zod';
import { CLAIM_TOPICS } from '../../model/claim.js';
import { DOCUMENT_KINDS, DocumentKindSchema } from '../../model/disclosure.js';
import { TableIdSchema } from '../../model/table-id.js';
import { AuditStatusSchema, type FactSelector, type ListFilter } from '../../store/repository.js';

export const text = (description: string) => z.string().trim().min(1).max(200).describe(description);

export const bool = (description: string) =>
  z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .describe(description);

export const year = z.coerce.number().int().min(1949).max(2100).describe('应为年份，如 2024');

export const FilterQuery = z.object({
  region: text('地区名称或其一部分，如「汾阳」').optional(),
  department: text('部门名称的一部分，如「医疗保障」').optional(),
  year: year.optional(),
  kind: DocumentKindSchema.optional().describe(`应为 ${DOCUMENT_KINDS.join('、')} 之一`),
  hasErrors: bool('应为 true（只要有错误的）或 false（只要没有错误的）').optional(),
  versions: z
    .enum(['current', 'all'])
    .optional()
    .describe('应为 current（默认：每个部门、年度和类型只计当前版本）或 all（包括被取代的旧版本）'),
  status: AuditStatusSchema.optional().describe('应为 errors（有错误）、incomplete（无错误，但有数字未能读取）、warnings（数字全部读出，有警告）或 clean（数字全部读出，无错误和警告）'),
  failedRule: text('应为规则编号，如 T03-01：只要这条规则发现了错误或警告的决算').optional(),
  missingTable: TableIdSchema.optional().describe("应为决算表 T01–T10 或预算表 B01–B13：只要缺少这张表的公开文件"),
  missingTopic: z.enum(CLAIM_TOPICS).optional().describe('应为情况说明的部分（如 three-public）：只要说明中没有这部分数字的决算'),
});
export type FilterQuery = z.infer<typeof FilterQuery>;

export const SelectorQuery = z.object({
  table: TableIdSchema.optional().describe("应为决算表 T01–T10 或预算表 B01–B13"),
  row: text('行：科目编码（如 2101501）或标准行名（如 合计、收入总计）').optional(),
  column: text('栏：标准栏名（如 本年支出合计、基本支出）').optional(),
});
export type SelectorQuery = z.infer<typeof SelectorQuery>;

export const PagingQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).describe('应为从 1 开始的页码'),
  pageSize: z.coerce.number().int().min(1).max(200).default(20).describe('应为 1–200 的整数'),
});

export const filterOf = (q: FilterQuery): ListFilter => ({
  region: q.region,
  department: q.department,
  year: q.year,
  kind: q.kind,
  hasErrors: q.hasErrors,
  versions: q.versions,
  status: q.status,
  failedRule: q.failedRule,
  missingTable: q.missingTable,
  missingTopic: q.missingTopic,
});

export const selectorOf = (q: SelectorQuery): FactSelector => ({ table: q.table, row: q.row, column: q.column });
