// A department's 预算 set against its 决算, year by year: the timeline of its packages, its spending by function class
// (类) as budgeted and as spent, its “三公” budget and spending, and the findings across its documents. The API's
// shape (GET /api/departments/{id}/budget-final); the portal's department page draws it.
import { z } from 'zod';
import { DocumentKindSchema } from './disclosure.js';
import { FindingSchema } from './finding.js';
import { SourceSchema } from './source.js';
import { TableIdSchema } from './table-id.js';

const Decimal = z.string().regex(/^-?\d+(\.\d+)?$/).describe('精确的十进制数（字符串，不是浮点数）');

/**
 * One figure of one document: printed (with its source), blank where the table was read completely (0), not read
 * (a number may be printed there: never 0), or not in the document (its table is absent).
 */
export const ComparedFigureSchema = z
  .discriminatedUnion('state', [
    z.object({ state: z.literal('printed'), value: Decimal, unit: z.string(), yuan: Decimal.nullable(), source: SourceSchema }),
    z.object({ state: z.literal('blank') }).describe('表格在此处已完整读取，没有印数字（即 0）'),
    z.object({ state: z.literal('unread') }).describe('此处可能印有数字但未能读取，不能当作 0'),
    z.object({ state: z.literal('absent') }).describe('文件中没有这张表'),
  ])
  .meta({ id: 'ComparedFigure' });
export type ComparedFigure = z.infer<typeof ComparedFigureSchema>;

/** A package on the timeline. */
export const TimelineDocumentSchema = z.object({
  id: z.number().int(),
  kind: DocumentKindSchema,
  fileName: z.string(),
  errors: z.number().int(),
  warnings: z.number().int(),
  status: z.string().describe('审核结果（见 /api/catalog 的 auditStatuses）'),
});

/** Where the compared figures are printed: the table, and its column or row (labels from /api/catalog). */
export const FigurePlaceSchema = z.object({ table: TableIdSchema, column: z.string().optional(), row: z.string().optional() });

export const BudgetFinalSchema = z
  .object({
    department: z.object({ id: z.number().int(), name: z.string(), region: z.string().nullable() }),
    years: z
      .array(
        z.object({
          year: z.number().int(),
          documents: z.array(TimelineDocumentSchema).describe('这一年度的当前版本，预算在前'),
          budgetId: z.number().int().nullable().describe('对照所用的预算（与决算同一层级：部门或单位）'),
          finalId: z.number().int().nullable().describe('对照所用的决算'),
        }),
      )
      .describe('时间线：由早到晚'),
    classes: z
      .object({
        budget: FigurePlaceSchema,
        final: FigurePlaceSchema,
        rows: z.array(
          z.object({
            code: z.string().describe('功能分类的类'),
            name: z.string(),
            years: z.array(z.object({ budget: ComparedFigureSchema, final: ComparedFigureSchema })).describe('与 years 一一对应'),
          }),
        ),
      })
      .describe('按功能分类的类：一般公共预算的年初预算与决算'),
    threePublic: z
      .object({
        budget: FigurePlaceSchema.describe('预算的“三公”经费表'),
        adjusted: FigurePlaceSchema.describe('决算“三公”经费表的预算数（调整后的全年预算数）'),
        final: FigurePlaceSchema.describe('决算“三公”经费表的决算数'),
        rows: z.array(
          z.object({
            column: z.string().describe('“三公”经费表的栏（名称见 /api/catalog）'),
            years: z.array(z.object({ budget: ComparedFigureSchema, adjusted: ComparedFigureSchema, final: ComparedFigureSchema })).describe('与 years 一一对应'),
          }),
        ),
      })
      .describe('“三公”经费：年初预算、调整后预算与决算'),
    findings: z.array(FindingSchema.extend({ disclosureId: z.number().int().describe('发现所属的文件') })).describe('这个部门各文件之间核对的发现'),
  })
  .meta({ id: 'BudgetFinal', description: '一个部门的预算与决算：时间线、按类和“三公”经费的预决算对照、跨文件核对的发现' });
export type BudgetFinal = z.infer<typeof BudgetFinalSchema>;
