import { z } from 'zod';
import { SourceSchema } from './source.js';

// 绩效自评 (domain README §4): a 项目支出绩效自评表 or 部门整体支出绩效自评表 read from a table, or the same
// content stated in running text (a project's 综述 paragraph, the 部门整体 paragraph, a stand-alone 自评报告).
// Every figure is kept as printed (exact decimal string, thousands separators removed); rules do the arithmetic.

/**
 * What a stated rate measures: 执行率 against 全年预算数 (the table's column), completion of the 年初预算,
 * of a budget the text does not qualify, or the completion of the 绩效目标 (not a money ratio).
 */
export const RATE_BASES = ['annualBudget', 'initialBudget', 'budget', 'target'] as const;
export const RateBasisSchema = z.enum(RATE_BASES);
export type RateBasis = z.infer<typeof RateBasisSchema>;

/** total: 年度资金总额 / 部门预算总额; source: one of its 其中 rows (财政拨款, 上年结转 …); project: a project's line in a report. */
export const FUNDING_ROLES = ['total', 'source', 'project'] as const;

/** A funding line: a row of the money block of a 自评表, or the amounts a text states for a project or department. */
export const PerformanceFundingSchema = z.object({
  /** The row label or project name as printed (whitespace removed). */
  label: z.string(),
  role: z.enum(FUNDING_ROLES),
  /** Unit of the amounts when it differs from the evaluation's (a report in 元 about a table in 万元). */
  unit: z.string().optional(),
  /** 目标申报数 (山西: declared with the project's 绩效目标, beside the 预算编制数). */
  declaredBudget: z.string().optional(),
  /** 年初预算数 (山西: 预算编制数). */
  initialBudget: z.string().optional(),
  /** 全年预算数 (the adjusted budget; 调整后预算). */
  annualBudget: z.string().optional(),
  /** 全年执行数 / 实际支出. */
  executed: z.string().optional(),
  /** 资金结(转)余. */
  balance: z.string().optional(),
  /** 执行率 or completion rate as printed, in percent, without the % sign. */
  rate: z.string().optional(),
  /** What `rate` is a rate of; a table's 执行率 column is `annualBudget`. */
  rateBasis: RateBasisSchema.optional(),
  /** 分值 and 得分 of the 执行率 (only on the total row of a table). */
  weight: z.string().optional(),
  score: z.string().optional(),
  /** The sentence the figures come from, for text forms. */
  quote: z.string().optional(),
  source: SourceSchema,
});
export type PerformanceFunding = z.infer<typeof PerformanceFundingSchema>;

/** A 三级指标 (or a 资金管理情况 item, or a scored item of a report): target, actual, weight (分值) and score (得分). */
export const PerformanceIndicatorSchema = z.object({
  level1: z.string().optional(),
  level2: z.string().optional(),
  name: z.string(),
  /** 年初指标值 when the table also prints an adjusted one. */
  initialTarget: z.string().optional(),
  /** 年度指标值 / 调整后指标值 as printed, comparator included ("≥90%", "≤62万元", "有所提升"). */
  target: z.string().optional(),
  actual: z.string().optional(),
  /** 定性指标情况说明. */
  note: z.string().optional(),
  weight: z.string().optional(),
  score: z.string().optional(),
  /** 偏差度 (河南), as printed ("-84.95", "NaN"). */
  deviation: z.string().optional(),
  /** 偏差原因分析及改进措施. */
  reason: z.string().optional(),
  source: SourceSchema,
});
export type PerformanceIndicator = z.infer<typeof PerformanceIndicatorSchema>;

/** "涵盖一级项目7个，二级项目2个，共涉及资金1648.71万元，占本单位项目支出总额的99.9%，其中一般公共预算项目支出1648.71万元". */
export const PerformanceCoverageSchema = z.object({
  /** Number of projects, when stated. */
  projects: z.string().optional(),
  amount: z.string(),
  unit: z.string(),
  /** Stated share of the 项目支出, in percent. */
  share: z.string().optional(),
  /** The 一般公共预算 part of the amount. */
  generalBudget: z.string().optional(),
  quote: z.string(),
  source: SourceSchema,
});
export type PerformanceCoverage = z.infer<typeof PerformanceCoverageSchema>;

export const GRADES = ['优', '良', '中', '差'] as const;
export const GradeSchema = z.enum(GRADES);
export type Grade = z.infer<typeof GradeSchema>;

/** "一级项目绩效自评个数7个，涉及资金1579.09万元：7个项目自评等级为“优”，0个…“良”…". */
export const PerformanceGradeGroupSchema = z.object({
  /** What the group is (一级项目, 二级项目, 项目). */
  label: z.string(),
  projects: z.string().optional(),
  amount: z.string().optional(),
  unit: z.string().optional(),
  /** Number of projects stated per grade. */
  counts: z.partialRecord(GradeSchema, z.string()),
  quote: z.string(),
  source: SourceSchema,
});
export type PerformanceGradeGroup = z.infer<typeof PerformanceGradeGroupSchema>;

/** A total stated with its parts: "共实施医疗救助6253人次 … 其中：一站式救助4173人次 …". */
export const PerformanceBreakdownSchema = z.object({
  label: z.string(),
  value: z.string(),
  unit: z.string(),
  parts: z.array(z.object({ label: z.string(), value: z.string(), unit: z.string() })),
  quote: z.string(),
  source: SourceSchema,
});
export type PerformanceBreakdown = z.infer<typeof PerformanceBreakdownSchema>;

/**
 * One 绩效自评. `kind` says where it was read: a 项目支出绩效自评表 ('project'), a 部门整体支出绩效自评表
 * ('department'), or running text ('report': a 综述 paragraph, the 预算绩效 part of the 情况说明, a stand-alone
 * 自评报告); `level` says what is evaluated.
 */
export const PerformanceEvaluationSchema = z.object({
  kind: z.enum(['project', 'department', 'report']),
  level: z.enum(['project', 'department']),
  /** The project or department name (项目名称 / 部门名称), else the title. */
  name: z.string(),
  /** The printed title of the table or report. */
  title: z.string().optional(),
  /** 主管部门 / 实施单位 / 预算单位 as printed. */
  organisations: z.array(z.string()).optional(),
  /** Unit of the money block (万元 unless printed otherwise). */
  unit: z.string().optional(),
  funding: z.array(PerformanceFundingSchema),
  indicators: z.array(PerformanceIndicatorSchema),
  /** The 分值 printed on the 总分 row, when printed. */
  totalWeight: z.string().optional(),
  totalScore: z.string().optional(),
  /** Grade as printed (优, 优秀, 良 …). */
  grade: z.string().optional(),
  coverage: z.array(PerformanceCoverageSchema).optional(),
  gradeGroups: z.array(PerformanceGradeGroupSchema).optional(),
  breakdowns: z.array(PerformanceBreakdownSchema).optional(),
  /** Analysis rows and paragraphs (项目实施和预算执行情况 …) with their labels; what could not be placed is kept here. */
  texts: z.array(z.object({ label: z.string(), text: z.string(), source: SourceSchema })),
  source: SourceSchema,
});
export type PerformanceEvaluation = z.infer<typeof PerformanceEvaluationSchema>;
