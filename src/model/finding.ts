import { z } from 'zod';
import { RelatedDocumentRefSchema } from './related-document.js';
import { SourceSchema } from './source.js';
import { TableIdSchema } from './table-id.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const RULE_FAMILIES = ['reading', 'arithmetic', 'cross-table', 'catalog', 'completeness', 'narrative', 'internal', 'performance', 'cross-document'] as const;
export const RuleFamilySchema = z.enum(RULE_FAMILIES);
export type RuleFamily = z.infer<typeof RuleFamilySchema>;

export const LocationSchema = z.union([
  z.object({ table: TableIdSchema, row: z.string().optional(), column: z.string().optional() }),
  z.object({ section: z.string(), quote: z.string().optional() }),
  z.object({ document: z.literal(true) }),
]);
export type Location = z.infer<typeof LocationSchema>;

export const FindingSchema = z.object({
  rule: z.string(),
  family: RuleFamilySchema,
  severity: SeveritySchema,
  message: z.string(),
  location: LocationSchema,
  expected: z.string().optional(),
  actual: z.string().optional(),
  difference: z.string().optional(),
  tolerance: z.string().optional(),
  sources: z.array(SourceSchema),
  /** Other rules that reported the same problem (same place and figures); it is listed once. */
  alsoReportedBy: z.array(z.string()).optional(),
  /** For a finding across documents: the other document and the sources of its figures (`sources` are this one's). */
  related: z.object({ document: RelatedDocumentRefSchema, sources: z.array(SourceSchema) }).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** A rule that could not run: its inputs are missing. Never counted as passed. */
export const NotEvaluableSchema = z.object({ rule: z.string(), family: RuleFamilySchema, reason: z.string() });
export type NotEvaluable = z.infer<typeof NotEvaluableSchema>;

/**
 * Whether tables were found and every one was read completely; when not, the audit is incomplete and never a clean
 * pass (no table found: `complete` false with no incomplete table).
 */
export const ReadingSummarySchema = z.object({
  complete: z.boolean(),
  /** Tables with numbers left unread (status partial or unread). */
  incompleteTables: z.array(TableIdSchema),
  unreadNumbers: z.number().int(),
});
export type ReadingSummary = z.infer<typeof ReadingSummarySchema>;

export const AuditSummarySchema = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
  rules: z.object({ passed: z.number().int(), failed: z.number().int(), notEvaluable: z.number().int() }),
  notEvaluable: z.array(NotEvaluableSchema),
  reading: ReadingSummarySchema,
});
export type AuditSummary = z.infer<typeof AuditSummarySchema>;
