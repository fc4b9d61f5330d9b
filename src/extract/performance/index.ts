// Layout → the 绩效自评 of a document (domain README §4): the 自评 tables (by title), the stand-alone 自评 reports, and
// the 预算绩效 statements of the running text (coverage, grades, 综述 paragraphs). A table or report that cannot be
// read is kept with what was read of it; one bad table never stops the others.
import type { PerformanceEvaluation } from '../../model/performance.js';
import type { Block, LineBlock } from '../../read/layout.js';
import { joinParagraphs } from './paragraphs.js';
import { findReports, readReport } from './report.js';
import { readSummaries } from './summary.js';
import { findPerformanceTables, type PerformanceTableRegion } from './table-regions.js';
import { readPerformanceTable } from './table-reader.js';

function safely<T>(read: () => T, fallback: () => T): T {
  try {
    return read();
  } catch {
    return fallback();
  }
}

const unreadable = (region: PerformanceTableRegion): PerformanceEvaluation => ({
  kind: 'project',
  level: 'project',
  name: region.title,
  title: region.title,
  funding: [],
  indicators: [],
  texts: region.rows.map((r) => ({ label: '未能识别的表格行', text: r.cells.map((c) => c.text).join(' | '), source: r.source })),
  source: region.source,
});

/**
 * The 绩效自评 of a layout, in document order. `skip` marks blocks that belong to the standard tables or the table
 * of contents (their lines are not narrative).
 */
export function extractPerformance(blocks: readonly Block[], skip: (index: number) => boolean = () => false): PerformanceEvaluation[] {
  const regions = findPerformanceTables([...blocks]);
  const inTable = (i: number) => regions.some((r) => i >= r.start && i < r.end);
  const reports = findReports(blocks, (i) => inTable(i) || skip(i));
  const inReport = (i: number) => reports.some((r) => i >= r.start && i < r.end);

  const found: { at: number; evaluation: PerformanceEvaluation }[] = [];
  for (const region of regions) found.push({ at: region.start, evaluation: safely(() => readPerformanceTable(region), () => unreadable(region)) });
  for (const span of reports) {
    const fallback = (): PerformanceEvaluation => ({ kind: 'report', level: 'project', name: span.title, title: span.title, funding: [], indicators: [], texts: [], source: span.source });
    const report = safely(() => readReport(blocks, span), fallback);
    // A report only named in the text ("《城乡居民医疗救助绩效自评报告》") states nothing.
    const states = report.funding.length || report.totalScore || report.grade || report.breakdowns?.length || report.texts.some((t) => /\d/.test(t.text));
    if (states) found.push({ at: span.start, evaluation: report });
  }
  const narrative = blocks.filter((b, i): b is LineBlock => b.kind === 'line' && !skip(i) && !inTable(i) && !inReport(i));
  const summaries = safely(() => readSummaries(joinParagraphs(narrative)), () => []);
  const lineOf = (e: PerformanceEvaluation) => ('line' in e.source ? e.source.line : 0);
  for (const s of summaries) found.push({ at: blocks.findIndex((b) => 'line' in b.source && b.source.line === lineOf(s)), evaluation: s });
  return found.sort((a, b) => a.at - b.at).map((f) => f.evaluation);
}
