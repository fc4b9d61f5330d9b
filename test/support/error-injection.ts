import { readFileSync } from 'node:fs';
import Big from 'big.js';
import { printedDecimals } from '../../src/model/decimal.js';
import { audit } from '../../src/audit/index.js';
import { extractDisclosure } from '../../src/extract/index.js';
import type { Fact } from '../../src/model/fact.js';
import type { Finding } from '../../src/model/finding.js';
import { readText } from '../../src/read/text-reader.js';

/** A printed number changed by one in its third-last digit (2 decimals: 24.78 → 25.78), or by one for whole counts. */
export function perturb(value: string): string {
  const decimals = printedDecimals(value);
  const step = decimals >= 2 ? new Big(10).pow(2 - decimals) : new Big(1);
  return new Big(value).plus(step).toFixed(decimals);
}

/** The document text with one table cell replaced. */
export function withCell(text: string, line: number, column: number, value: string): string {
  const lines = text.split('\n');
  const cells = lines[line - 1]!.split('\t');
  cells[column - 1] = cells[column - 1]!.replace(/[\d.,]+/, value);
  lines[line - 1] = cells.join('\t');
  return lines.join('\n');
}

const pointsAt = (finding: Finding, fact: Fact): boolean =>
  finding.severity !== 'info' &&
  (finding.sources.some((s) => 'line' in s && 'line' in fact.source && s.line === fact.source.line && s.column === fact.source.column) ||
    ('table' in finding.location && finding.location.table === fact.table && finding.location.row === fact.row));

export interface InjectionResult {
  total: number;
  detected: number;
  missed: Fact[];
}

/**
 * Changes every table number of a text document once and checks that the audit flags that table and row
 * (by location or by source) with a warning or an error.
 */
export function injectErrors(file: string): InjectionResult {
  const text = readFileSync(file, 'utf8');
  const { facts } = extractDisclosure(readText(file, text));
  const missed: Fact[] = [];
  for (const fact of facts) {
    if (!('line' in fact.source) || !fact.source.column) continue;
    const changed = withCell(text, fact.source.line, fact.source.column, perturb(fact.value));
    const { findings } = audit(extractDisclosure(readText(file, changed)));
    if (!findings.some((f) => pointsAt(f, fact))) missed.push(fact);
  }
  return { total: facts.length, detected: facts.length - missed.length, missed };
}
