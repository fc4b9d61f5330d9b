// Stand-alone 自评 reports (部门整体支出绩效自评报告, 项目绩效自评/评价报告): where they start and end, and what they
// state — name, score and grade, the projects' budgets, spending and claimed rates, the totals they break down, and
// small money grids printed inside them.
import type { PerformanceEvaluation, PerformanceFunding } from '../../model/performance.js';
import type { Source } from '../../model/source.js';
import type { Block, GridBlock, LineBlock } from '../../read/layout.js';
import { compact } from '../normalize.js';
import { readBreakdowns } from './breakdowns.js';
import { fundingColumns, isFundingHeader, readFundingRow } from './funding-block.js';
import { joinParagraphs, sentences, type Paragraph } from './paragraphs.js';
import { itemStatements, listStatements } from './statements.js';
import { cleanTitle, isDepartmentTitle, isReportTitle, nameFromTitle } from './titles.js';

export interface ReportSpan {
  title: string;
  /** Project name printed in brackets under the title ("（大病医疗救助费用）"). */
  name?: string;
  source: Source;
  /** Block range [start, end) of the report, title included. */
  start: number;
  end: number;
}

const PART = /^第[一二三四五六七八九十\d]+部分/;
const SHORT = 24;

/** A title that names no subject ("绩效自评报告", "2025年度整体支出绩效自评报告") takes the line above it. */
const needsSubject = (title: string): boolean => /^(\d{4}年度?)?(部门|单位)?(整体支出)?绩效/.test(cleanTitle(title));

/** Report spans, in order; `taken` marks blocks that belong to 绩效 tables. */
export function findReports(blocks: readonly Block[], taken: (index: number) => boolean): ReportSpan[] {
  const starts: ReportSpan[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'line' || taken(i) || !isReportTitle(b.text)) continue;
    let start = i;
    let title = b.text;
    const prev = blocks[i - 1];
    if (needsSubject(b.text) && prev?.kind === 'line' && compact(prev.text).length <= SHORT && !/[。；，：:]/.test(prev.text) && !PART.test(compact(prev.text))) {
      start = i - 1;
      title = prev.text + b.text;
    }
    const next = blocks[i + 1];
    const bracket = next?.kind === 'line' ? /^[（(](.{2,30})[）)]$/.exec(compact(next.text)) : null;
    starts.push({ title: cleanTitle(title).replace(/^《|》$/g, ''), ...(bracket ? { name: bracket[1]! } : {}), source: blocks[start]!.source, start, end: blocks.length });
  }
  starts.forEach((span, n) => {
    const limit = starts[n + 1]?.start ?? blocks.length;
    let end = span.start + 1;
    while (end < limit && !taken(end) && !(blocks[end]!.kind === 'line' && PART.test(compact((blocks[end] as LineBlock).text)))) end++;
    span.end = end;
  });
  return starts;
}

const SCORE = /(?:得分(?:为)?|自评得?|评价得|该项目得|项目得)\s*(\d+(?:\.\d+)?)\s*分/;
const GRADE = /(?:等级|结果|结论)(?:为|是|：|:)\s*[“"]?(优秀|优|良好|良|中|合格|差)/;

/** The report's score and grade: stated together in its conclusion, else the conclusion's score alone. */
function scoreAndGrade(paragraphs: readonly Paragraph[]): { score?: string; grade?: string } {
  let inConclusion = false;
  let conclusionScore: string | undefined;
  let grade: string | undefined;
  for (const p of paragraphs) {
    if (p.heading) {
      inConclusion = /结论|评价等级/.test(p.text);
      const g = GRADE.exec(p.text);
      if (g) grade ??= g[1];
      continue;
    }
    for (const s of sentences(p.text)) {
      const score = SCORE.exec(s);
      const g = GRADE.exec(s);
      if (score && g && g.index > score.index) return { score: score[1]!, grade: g[1]! };
      if (g && inConclusion) grade ??= g[1];
      if (score && inConclusion && /该项目|综合|整体|总分|自评得|得出|给出/.test(s)) conclusionScore ??= score[1];
    }
  }
  return { ...(conclusionScore ? { score: conclusionScore } : {}), ...(grade ? { grade } : {}) };
}

/** "(一) 项目名称" followed by the name. */
function printedName(paragraphs: readonly Paragraph[]): string | undefined {
  const at = paragraphs.findIndex((p) => /项目名称[：:]?$/.test(compact(p.text)));
  const next = at >= 0 ? paragraphs[at + 1] : undefined;
  return next && compact(next.text).length <= 40 ? compact(next.text).replace(/[。；]$/, '') : undefined;
}

/** Items: a numbered paragraph with the unnumbered ones that continue it, or a paragraph on its own. */
function items(paragraphs: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Paragraph | undefined;
  for (const p of paragraphs) {
    if (p.heading) {
      open = undefined;
      continue;
    }
    const numbered = /^\s*(?:\d+[、.．]|[（(]\d+[）)])/.test(p.text);
    const declares = /项目完成情况[：:]/.test(p.text);
    if (open && !numbered && !declares) {
      open.text += p.text;
      continue;
    }
    const item = { ...p };
    out.push(item);
    open = numbered ? item : undefined;
  }
  return out;
}

function gridFunding(grid: GridBlock): PerformanceFunding[] {
  const header = grid.rows.find(isFundingHeader);
  if (!header) return [];
  const columns = fundingColumns(header);
  return grid.rows
    .slice(grid.rows.indexOf(header) + 1)
    .flatMap((row) => {
      const line = readFundingRow(row, columns);
      return line && Object.keys(line.values).length ? [{ label: line.label, role: 'total' as const, ...line.values, ...(line.values.rate ? { rateBasis: 'annualBudget' as const } : {}), source: row.source }] : [];
    });
}

export function readReport(blocks: readonly Block[], span: ReportSpan): PerformanceEvaluation {
  const inside = blocks.slice(span.start, span.end);
  const lines = inside.filter((b): b is LineBlock => b.kind === 'line' && !isReportTitle(b.text) && compact(b.text) !== compact(span.title));
  const paragraphs = joinParagraphs(lines.filter((l) => !span.name || compact(l.text) !== `（${span.name}）`));
  const department = isDepartmentTitle(span.title);
  const name = span.name ?? printedName(paragraphs) ?? nameFromTitle(span.title).replace(/\d{4}年度?$/, '').replace(/(?:转移支付|专项)$/, '');
  const { score, grade } = scoreAndGrade(paragraphs);

  const funding: PerformanceFunding[] = [];
  for (const p of paragraphs) if (!p.heading) funding.push(...listStatements(p.text, p.source));
  for (const item of items(paragraphs)) if (!/主要(?:包括|为|有)[：:]/.test(item.text)) funding.push(...itemStatements(item.text, item.source));
  for (const b of inside) if (b.kind === 'grid') funding.push(...gridFunding(b));

  const breakdowns = paragraphs.filter((p) => !p.heading).flatMap((p) => readBreakdowns(p.text, p.source));
  const unit = funding.find((f) => f.unit)?.unit;
  let heading = '';
  return {
    kind: 'report',
    level: department ? 'department' : 'project',
    name: compact(name),
    title: span.title,
    ...(unit ? { unit } : {}),
    funding,
    indicators: [],
    ...(score ? { totalScore: score } : {}),
    ...(grade ? { grade } : {}),
    ...(breakdowns.length ? { breakdowns } : {}),
    texts: paragraphs.flatMap((p) => {
      if (p.heading) {
        heading = p.text;
        return [];
      }
      return [{ label: heading || span.title, text: p.text, source: p.source }];
    }),
    source: span.source,
  };
}
