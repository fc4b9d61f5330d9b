// Reads a corpus case with the product, as `juesuan check` does (readDocument → extractDisclosure → audit), and
// judges it against its truth: every fact read exactly and nothing else read; or the facts not read reported as
// unread in their table's read status, with no error finding that depends on them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableSpec } from '../../../src/catalog/kinds/index.js';
import { audit } from '../../../src/audit/index.js';
import { extractDisclosure } from '../../../src/extract/index.js';
import { toYuan } from '../../../src/model/decimal.js';
import type { Disclosure, TableInfo } from '../../../src/model/disclosure.js';
import { InputError } from '../../../src/model/errors.js';
import { factKey, type Fact } from '../../../src/model/fact.js';
import type { Finding } from '../../../src/model/finding.js';
import { readDocument } from '../../../src/read/index.js';
import type { CorpusCase } from './cases.js';
import { fullyRead, readingOf } from './reading-adapter.js';
import { truthKey, type TruthFact } from './truth.js';

export interface CaseOutcome {
  case: CorpusCase;
  total: number;
  exact: number;
  /** Truth facts read with another value. */
  wrong: { key: string; expected: string; read: string }[];
  /** Truth facts not read at all. */
  missing: TruthFact[];
  /** Facts read that the case does not print. */
  extra: { key: string; value: string }[];
  /** Numbers the product reports unread, over all tables. */
  unread: number;
  /** Missing facts whose number is not among the unread numbers of their table. */
  unreported: TruthFact[];
  /** Error findings the document read exactly would not raise (they depend on what was not read). */
  dependentErrors: string[];
  /** Department, year, unit or printed tables read differently. */
  documentErrors: string[];
  /** The product refused the document (its message). */
  refused?: string;
  pass: boolean;
  /** How the case fails, compactly: the known-failing list pins it, so any change shows. */
  signature: string;
}

const plain = (text: string) => text.replace(/[,，\s]/g, '');
const findingKey = (f: Finding) => `${f.rule}|${JSON.stringify(f.location)}|${f.expected ?? ''}|${f.actual ?? ''}`;

/** The case's disclosure as it would be with every printed number read exactly (the audit's baseline). */
function readExactly(d: Disclosure, truth: readonly TruthFact[]): Disclosure {
  const read = new Map(d.facts.map((f) => [factKey(f), f]));
  const facts: Fact[] = truth.map((t) => {
    const yuan = toYuan(t.value, t.unit);
    const source = read.get(truthKey(t))?.source ?? d.tables.find((x) => x.id === t.table)?.source ?? { line: 1 };
    return { table: t.table, row: t.row, column: t.column, value: t.value, unit: t.unit, ...(yuan === undefined ? {} : { yuan }), source };
  });
  const count = (id: string) => truth.filter((t) => t.table === id).length;
  const tables: TableInfo[] = d.tables.map((t) => fullyRead(t, count(t.id)));
  for (const id of new Set(truth.map((t) => t.table))) {
    if (tables.some((t) => t.id === id)) continue;
    tables.push(fullyRead({ id, title: tableSpec(id).title, source: { line: 1 }, codes: [], reading: { status: 'empty', numbers: 0, facts: 0, nonFacts: 0, unread: [] } }, count(id)));
  }
  return { ...d, facts, tables, document: { ...d.document, tables: [...new Set([...d.document.tables, ...tables.map((t) => t.id)])].sort() } };
}

function signatureOf(o: Omit<CaseOutcome, 'pass' | 'signature'>): string {
  if (o.refused) return `refused: ${o.refused}`;
  return [
    `exact ${o.exact}/${o.total}`,
    o.wrong.length ? `wrong ${o.wrong.length}` : '',
    o.extra.length ? `extra ${o.extra.length}` : '',
    o.unreported.length ? `unreported ${o.unreported.length}` : '',
    o.dependentErrors.length ? `dependent errors ${o.dependentErrors.length}` : '',
    o.documentErrors.length ? `document ${o.documentErrors.join(',')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** Writes the case into `dir`, reads, extracts and audits it, and judges the result. */
export async function judgeCase(c: CorpusCase, dir: string): Promise<CaseOutcome> {
  const file = join(dir, c.file);
  writeFileSync(file, c.bytes);
  const base = { case: c, total: c.facts.length, exact: 0, wrong: [], missing: [...c.facts], extra: [], unread: 0, unreported: [...c.facts], dependentErrors: [], documentErrors: [] };
  let d: Disclosure;
  let findings: Finding[];
  try {
    d = extractDisclosure(await readDocument(file));
    findings = audit(d).findings;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const refused = error.code;
    const outcome = { ...base, refused: `${refused} ${error.message.replace(file, c.file)}` };
    return { ...outcome, pass: false, signature: `refused: ${refused}` };
  }

  const read = new Map(d.facts.map((f) => [factKey(f), f]));
  const truthKeys = new Set(c.facts.map(truthKey));
  const wrong: CaseOutcome['wrong'] = [];
  const missing: TruthFact[] = [];
  let exact = 0;
  for (const t of c.facts) {
    const f = read.get(truthKey(t));
    if (!f) missing.push(t);
    else if (f.value !== t.value) wrong.push({ key: truthKey(t), expected: t.value, read: f.value });
    else exact++;
  }
  const extra = d.facts.filter((f) => !truthKeys.has(factKey(f))).map((f) => ({ key: factKey(f), value: f.value }));

  // every number not read must be reported unread in its table
  const unreadLeft = new Map(d.tables.map((t) => [t.id, readingOf(t).unread.map((u) => plain(u.text))]));
  const unreported = missing.filter((t) => {
    const left = unreadLeft.get(t.table) ?? [];
    const at = left.indexOf(plain(t.value));
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
  const unread = d.tables.reduce((n, t) => n + readingOf(t).unread.length, 0);

  let dependentErrors: string[] = [];
  if (missing.length > 0) {
    const baseline = new Set(audit(readExactly(d, c.facts)).findings.filter((f) => f.severity === 'error').map(findingKey));
    dependentErrors = findings.filter((f) => f.severity === 'error' && f.family !== 'reading' && !baseline.has(findingKey(f))).map((f) => `${f.rule}: ${f.message}`);
  }

  const documentErrors = [
    d.document.department === c.document.department ? '' : 'department',
    d.document.year === c.document.year ? '' : 'year',
    d.document.unit === c.document.unit ? '' : 'unit',
    c.document.tables.every((t) => d.document.tables.includes(t)) ? '' : 'tables',
  ].filter(Boolean);

  const outcome = { ...base, exact, wrong, missing, extra, unread, unreported, dependentErrors, documentErrors };
  const pass = wrong.length === 0 && extra.length === 0 && documentErrors.length === 0 && (missing.length === 0 || (unreported.length === 0 && dependentErrors.length === 0));
  return { ...outcome, pass, signature: pass ? 'pass' : signatureOf(outcome) };
}
