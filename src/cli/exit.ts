import { errorCodeInfo } from '../model/error-codes.js';
import type { AuditSummary, Finding } from '../model/finding.js';

/** Exit statuses of the CLI (DESIGN.md §5). A larger number is worse. */
export const EXIT = {
  ok: 0,
  /** `check` found at least one finding of severity error, or could not read every number (an incomplete audit). */
  findings: 1,
  /** The input cannot be read, is not a disclosure, or the command line is wrong. */
  input: 2,
  /** A defect of juesuan itself. */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A document whose tables were found but not all read never passes: its audit is incomplete (DESIGN.md §3.1). */
export const checkExitCode = ({ findings, summary }: { findings: readonly Pick<Finding, 'severity'>[]; summary: Pick<AuditSummary, 'reading'> }): ExitCode =>
  findings.some((f) => f.severity === 'error') || !summary.reading.complete ? EXIT.findings : EXIT.ok;

/** The worst of several per-file statuses (3 > 2 > 1 > 0); 0 for none. */
export const worstExitCode = (codes: Iterable<number>): number => Math.max(EXIT.ok, ...codes);

/** The exit status of a failure, by its error code (the table shared with the HTTP API, model/error-codes.ts). */
export const exitCodeFor = (code: string): typeof EXIT.input | typeof EXIT.internal => errorCodeInfo(code).exit;
