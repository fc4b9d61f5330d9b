import { z } from 'zod';
import { SourceSchema } from './source.js';

/**
 * What a narrative number says about its subject: the amount itself, a budget, a change against last year
 * (amount or percent), a share of a whole, a completion rate against a budget, or a count.
 */
export const CLAIM_MEASURES = ['amount', 'budget', 'change', 'change-percent', 'share', 'completion', 'count', 'score'] as const;
export const ClaimMeasureSchema = z.enum(CLAIM_MEASURES);
export type ClaimMeasure = z.infer<typeof ClaimMeasureSchema>;

/** One number stated in the narrative, bound to what it talks about. */
export const ClaimSchema = z.object({
  /**
   * Canonical subject, in the domain's words: a fact-like reference such as `收入总计`, `基本支出`, `类:210`
   * (a function class, 款 or 项 by code), `经济:30101`, `三公:公务用车运行维护费`, `机关运行经费`, `政府采购:货物`,
   * `车辆:保有量`, `项目:<project name>`; `?` when the subject could not be resolved.
   */
  subject: z.string(),
  /** The scope the section gives the subject: all funds (T01–T03), 财政拨款 (T04), 一般公共预算 (T05/T06) … */
  scope: z.string().optional(),
  measure: ClaimMeasureSchema,
  period: z.enum(['本年', '上年']),
  /** Exact decimal as written, thousands separators removed; a decrease is negative. */
  value: z.string(),
  /** Unit as written after the number (万元, 元, %, 辆, 个, 人次, 批次); '' for a bare number. */
  unit: z.string(),
  direction: z.enum(['增加', '减少', '持平']).optional(),
  /** The sentence the claim comes from. */
  quote: z.string(),
  /** Heading path of the section, joined with ' > '. */
  section: z.string(),
  source: SourceSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;
