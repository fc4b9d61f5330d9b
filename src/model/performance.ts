import { z } from 'zod';
import { SourceSchema } from './source.js';

/** A funding line of a 绩效自评表 (年度资金总额, 其中：财政拨款, 上年结转 …), amounts in 万元 as printed. */
export const PerformanceFundingSchema = z.object({
  label: z.string(),
  initialBudget: z.string().optional(),
  annualBudget: z.string().optional(),
  executed: z.string().optional(),
  /** 执行率 as printed, in percent. */
  rate: z.string().optional(),
  weight: z.string().optional(),
  score: z.string().optional(),
  source: SourceSchema,
});
export type PerformanceFunding = z.infer<typeof PerformanceFundingSchema>;

/** A 三级指标 row: target, actual, weight (分值) and score (得分). */
export const PerformanceIndicatorSchema = z.object({
  level1: z.string().optional(),
  level2: z.string().optional(),
  name: z.string(),
  target: z.string().optional(),
  actual: z.string().optional(),
  weight: z.string().optional(),
  score: z.string().optional(),
  deviation: z.string().optional(),
  source: SourceSchema,
});
export type PerformanceIndicator = z.infer<typeof PerformanceIndicatorSchema>;

/** One 绩效自评: a 项目支出绩效自评表, a 部门整体支出绩效自评表, or a narrative 自评 report. */
export const PerformanceEvaluationSchema = z.object({
  kind: z.enum(['project', 'department', 'report']),
  name: z.string(),
  unit: z.string().optional(),
  funding: z.array(PerformanceFundingSchema),
  indicators: z.array(PerformanceIndicatorSchema),
  totalScore: z.string().optional(),
  grade: z.string().optional(),
  /** Analysis rows and paragraphs (项目实施和预算执行情况 …) with their labels. */
  texts: z.array(z.object({ label: z.string(), text: z.string(), source: SourceSchema })),
  source: SourceSchema,
});
export type PerformanceEvaluation = z.infer<typeof PerformanceEvaluationSchema>;
