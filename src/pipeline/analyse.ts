// The one composition of the data flow (DESIGN.md §2): file → layout → Disclosure → findings.
// The CLI (and later the HTTP server) call these functions and nothing below them.
import { audit } from '../audit/index.js';
import { extractDisclosure } from '../extract/index.js';
import type { Disclosure } from '../model/disclosure.js';
import type { AuditSummary, Finding } from '../model/finding.js';
import { readDocument } from '../read/index.js';

export interface Analysis {
  disclosure: Disclosure;
  findings: Finding[];
  summary: AuditSummary;
}

/** Read and extract one file. Throws an InputError when the file cannot be read or is not a disclosure. */
export async function extractFile(file: string): Promise<Disclosure> {
  return extractDisclosure(await readDocument(file));
}

/** Read, extract and audit one file. Throws as {@link extractFile}. */
export async function analyseFile(file: string): Promise<Analysis> {
  const disclosure = await extractFile(file);
  const { findings, summary } = audit(disclosure);
  return { disclosure, findings, summary };
}

/** For a command-line process: the readers' scratch folders go on Ctrl-C and SIGTERM too. */
export { removeTempDirsOnSignals } from '../read/temp-dir.js';
