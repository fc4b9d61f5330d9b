// The 预算绩效 part of the 情况说明 (domain README §2.2 十(四)): the coverage of the 自评 ("涵盖一级项目7个…共涉及资金
// 1648.71万元，占本单位项目支出总额的99.9%"), the grade distribution per group of projects, and one 综述 paragraph per
// project and for the department as a whole ("…综述：…得分为100分。项目全年预算数为108.84万元，执行数108.84万元，
// 完成预算的100%"). Each 综述 becomes a 'report' evaluation; coverage and grades are kept on one evaluation for the part.
import type { PerformanceCoverage, PerformanceEvaluation, PerformanceFunding, PerformanceGradeGroup } from '../../model/performance.js';
import { stripOrdinal } from '../normalize.js';
import type { Paragraph } from './paragraphs.js';
import { squeeze } from './values.js';

const AMOUNT = String.raw`(\d[\d,，]*(?:\.\d+)?)\s*(万元|元)`;

const COVERAGE = new RegExp(
  String.raw`(?:一级项目\s*(\d+)\s*个[，,、]?\s*)?(?:二级项目\s*(\d+)\s*个[，,、]?\s*)?共?涉及资金\s*${AMOUNT}[，,]\s*占[^，,。]{0,20}?项目支出总额的\s*(\d+(?:\.\d+)?)\s*%(?:[，,]\s*其中\s*一般公共预算项目支出\s*${AMOUNT})?`,
);
const GROUP_HEAD = new RegExp(String.raw`(一级项目|二级项目|项目)绩效自评个数\s*(\d+)\s*个(?:[，,]\s*涉及资金\s*${AMOUNT})?`);
const GRADE_COUNT = /(\d+)\s*个项目自评等级为[“"‘']?(优|良|中|差)/g;
const SUMMARY = /^(.{2,60}?)综述[：:]/;
const SCORE = /得分(?:为)?\s*(\d+(?:\.\d+)?)\s*分/;
const GRADE = /(?:等级|结果|评价结论)(?:为|是|：|:)\s*[“"]?(优秀|优|良好|良|中|合格|差)/;

const amount = (value: string | undefined): string | undefined => (value === undefined ? undefined : squeeze(value));

function coverageOf(p: Paragraph): PerformanceCoverage | undefined {
  const m = COVERAGE.exec(p.text);
  if (!m) return undefined;
  const projects = [m[1], m[2]].filter((x): x is string => x !== undefined).reduce((s, x) => s + Number(x), 0);
  return {
    ...(m[1] || m[2] ? { projects: String(projects) } : {}),
    amount: amount(m[3])!,
    unit: m[4]!,
    share: m[5]!,
    ...(m[6] ? { generalBudget: amount(m[6])! } : {}),
    quote: m[0],
    source: p.source,
  };
}

function gradeGroupOf(p: Paragraph): PerformanceGradeGroup | undefined {
  const head = GROUP_HEAD.exec(p.text);
  const counts = [...p.text.matchAll(GRADE_COUNT)];
  if (!head || !counts.length) return undefined;
  const group: PerformanceGradeGroup = {
    label: head[1]!,
    projects: head[2]!,
    ...(head[3] ? { amount: amount(head[3])!, unit: head[4]! } : {}),
    counts: {},
    quote: p.text.slice(head.index, (counts.at(-1)!.index ?? 0) + counts.at(-1)![0].length + 1),
    source: p.source,
  };
  for (const c of counts) group.counts[c[2] as '优' | '良' | '中' | '差'] ??= c[1]!;
  return group;
}

/** A 综述 paragraph → a 'report' evaluation of the project or of the department as a whole. */
function summaryOf(p: Paragraph): PerformanceEvaluation | undefined {
  const head = SUMMARY.exec(p.text);
  if (!head) return undefined;
  const name = stripOrdinal(head[1]!)
    .replace(/(?:项目)?(?:绩效自评|绩效)?$/, '')
    .replace(/项目$/, '');
  const department = /整体/.test(head[1]!);
  const body = p.text.slice(head[0].length);
  const score = SCORE.exec(body)?.[1];
  const grade = GRADE.exec(body)?.[1];
  const budget = new RegExp(String.raw`全年预算数?(?:为)?\s*${AMOUNT}`).exec(body);
  const executed = new RegExp(String.raw`执行数(?:为)?\s*${AMOUNT}`).exec(body);
  const rate = /(?:完成预算的|执行率(?:为)?)\s*(\d+(?:\.\d+)?)\s*%/.exec(body);
  const funding: PerformanceFunding[] = [];
  if (budget || executed || rate) {
    const unit = budget?.[2] ?? executed?.[2];
    funding.push({
      label: department ? name.replace(/部门整体支出$|整体支出$/, '') : name,
      role: 'total',
      ...(unit ? { unit } : {}),
      ...(budget ? { annualBudget: amount(budget[1])! } : {}),
      ...(executed ? { executed: amount(executed[1])! } : {}),
      ...(rate ? { rate: rate[1]!, rateBasis: 'annualBudget' as const } : {}),
      quote: body.slice(0, Math.max(budget?.index ?? 0, executed?.index ?? 0, rate?.index ?? 0) + 30),
      source: p.source,
    });
  }
  if (score === undefined && !funding.length) return undefined;
  return {
    kind: 'report',
    level: department ? 'department' : 'project',
    name,
    title: `${head[1]!}综述`,
    ...(funding[0]?.unit ? { unit: funding[0].unit } : {}),
    funding,
    indicators: [],
    ...(score !== undefined ? { totalScore: score } : {}),
    ...(grade ? { grade } : {}),
    texts: [{ label: '综述', text: p.text, source: p.source }],
    source: p.source,
  };
}

/** The 预算绩效 statements found in running text outside the 自评 reports and tables. */
export function readSummaries(paragraphs: readonly Paragraph[]): PerformanceEvaluation[] {
  const evaluations: PerformanceEvaluation[] = [];
  const coverage: PerformanceCoverage[] = [];
  const gradeGroups: PerformanceGradeGroup[] = [];
  let first: Paragraph | undefined;
  for (const p of paragraphs) {
    if (p.heading) continue;
    const c = coverageOf(p);
    const g = gradeGroupOf(p);
    if (c) coverage.push(c);
    if (g) gradeGroups.push(g);
    if ((c || g) && !first) first = p;
    const s = summaryOf(p);
    if (s) evaluations.push(s);
  }
  if (first) {
    evaluations.unshift({
      kind: 'report',
      level: 'department',
      name: '预算绩效情况说明',
      title: '预算绩效情况说明',
      funding: [],
      indicators: [],
      ...(coverage.length ? { coverage } : {}),
      ...(gradeGroups.length ? { gradeGroups } : {}),
      texts: [],
      source: first.source,
    });
  }
  return evaluations;
}
