// The result of the data flow read → extract → audit for one document: the one shape the pipeline returns, the
// store keeps, and the CLI, server and queue workers pass around.
import { z } from 'zod';
import { DisclosureSchema } from './disclosure.js';
import { AuditSummarySchema, FindingSchema } from './finding.js';

export const AnalysisSchema = z.object({
  disclosure: DisclosureSchema,
  findings: z.array(FindingSchema),
  summary: AuditSummarySchema,
});
export type Analysis = z.infer<typeof AnalysisSchema>;
