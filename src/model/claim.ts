import { z } from 'zod';
import { SourceSchema } from './source.js';

/**
 * What a narrative number says about its subject: the amount itself, a budget, a change against last year
 * (amount or percent), a share of a whole, a completion rate against a budget, or a count; or, without a number,
 * how the text compares the subject's 决算 with its budget ("决算数小于预算数": `comparison`, with `direction`).
 */
export const CLAIM_MEASURES = ['amount', 'budget', 'change', 'change-percent', 'share', 'completion', 'count', 'score', 'comparison'] as const;
export const ClaimMeasureSchema = z.enum(CLAIM_MEASURES);
export type ClaimMeasure = z.infer<typeof ClaimMeasureSchema>;

/**
 * The money a section talks about (DESIGN.md §3): all funds (公开01–03), 财政拨款 (公开04), and the three budget
 * types (公开05/06, 07, 08). A phrase can narrow its section's scope ("其中一般公共预算…"), never widen it.
 */
export const CLAIM_SCOPES = ['全部资金', '财政拨款', '一般公共预算', '政府性基金预算', '国有资本经营预算'] as const;
export const ClaimScopeSchema = z.enum(CLAIM_SCOPES);
export type ClaimScope = z.infer<typeof ClaimScopeSchema>;

/**
 * The topic of the narrative section a claim was read in, by what the section explains (not by its printed
 * number, which varies by region): §一 overview … §十 other matters, 绩效 text, anything else.
 */
export const CLAIM_TOPICS = [
  'overview', // 收入支出决算总体情况
  'income', // 收入决算情况
  'expenditure', // 支出决算情况
  'fiscal', // 财政拨款收支决算总体情况
  'general-total', // 一般公共预算财政拨款支出决算 (一) 总体情况 (and the section without sub-headings)
  'general-structure', // (二) 结构情况: by 类
  'general-detail', // (三) 具体情况: by 类/款/项 with 年初预算
  'basic', // 一般公共预算财政拨款基本支出决算情况
  'fund', // 政府性基金预算财政拨款收支决算情况
  'capital', // 国有资本经营预算财政拨款支出决算情况
  'three-public', // 财政拨款“三公”经费支出决算情况
  'operating', // 机关运行经费
  'procurement', // 政府采购
  'assets', // 国有资产占用
  'performance', // 预算绩效, 绩效自评报告
  'profile', // 部门概况
  'other',
] as const;
export const ClaimTopicSchema = z.enum(CLAIM_TOPICS);
export type ClaimTopic = z.infer<typeof ClaimTopicSchema>;

/** Topics of the 情况说明 proper, whose figures restate the tables (the rest is 概况 and 绩效 text). */
export const EXPLANATION_TOPICS: ReadonlySet<ClaimTopic> = new Set<ClaimTopic>([
  'overview',
  'income',
  'expenditure',
  'fiscal',
  'general-total',
  'general-structure',
  'general-detail',
  'basic',
  'fund',
  'capital',
  'three-public',
  'operating',
  'procurement',
  'assets',
]);

/** One number stated in the narrative, bound to what it talks about. */
export const ClaimSchema = z.object({
  /**
   * Canonical subject, in the domain's words: a fact-like row such as `收入总计`, `本年支出合计`, `基本支出`,
   * `人员经费`; `功能:2101301` (a function 类, 款 or 项 by code); `经济:30101`; `三公:公务用车运行维护费`,
   * `三公:保有量`; `机关运行经费`; `政府采购:货物`; `车辆:合计`, `车辆:机要通信用车`; `设备:单价100万元以上`;
   * `部门:全年预算`; `项目:<project name>`; `?` when the subject could not be resolved.
   */
  subject: z.string(),
  /** The money the subject is counted in: the section's scope, narrowed by the phrase. */
  scope: ClaimScopeSchema.optional(),
  topic: ClaimTopicSchema,
  measure: ClaimMeasureSchema,
  period: z.enum(['本年', '上年']),
  /** Exact decimal as written, thousands separators removed; a decrease is negative; `∞` as printed; '0' for a comparison. */
  value: z.string(),
  /** Unit as written after the number (万元, 元, %, 辆, 个, 人次, 批次, 台（套）); '' for a bare number. */
  unit: z.string(),
  /**
   * The number and its unit exactly as printed ("2,262.43万元"); for a statement without a number, the words
   * ("与上年相同" for an unchanged figure, "本年度无此项收支" for a zero, "决算数小于预算数" for a comparison).
   */
  written: z.string(),
  /** For changes: up, down or unchanged; for a comparison: 决算 above (增加), below (减少) or equal to (持平) the budget. */
  direction: z.enum(['增加', '减少', '持平']).optional(),
  /** For budgets and completion rates: which budget (年初预算, 全年预算 after adjustments, or just 预算). */
  basis: z.enum(['年初', '全年', '预算']).optional(),
  /** For shares: the subject of the whole when the text names it ("占本年支出合计的…"), and its scope. */
  of: z.string().optional(),
  ofScope: ClaimScopeSchema.optional(),
  /** For shares whose whole is not named: the total the sentence or list is about ("支出合计…，其中："). */
  whole: z.string().optional(),
  wholeScope: ClaimScopeSchema.optional(),
  /** The words that name the subject, as printed ("卫生健康支出（类）医疗保障管理事务（款）行政运行（项）"). */
  label: z.string().optional(),
  /** What the paragraph says its subject is mainly used for ("主要用于：行政单位退休人员支出"), as printed. */
  purpose: z.string().optional(),
  /** The sentence the claim comes from. */
  quote: z.string(),
  /** Heading path of the section, joined with ' > '. */
  section: z.string(),
  /** Where the number was read (the line it sits on once soft-wrapped lines are joined). */
  source: SourceSchema,
  /** Where the sentence starts: claims with the same sentence source and quote were stated together. */
  sentence: SourceSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;
