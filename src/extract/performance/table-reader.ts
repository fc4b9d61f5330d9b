// One 绩效自评 table → a PerformanceEvaluation. The rows are read in blocks — head (项目名称, 主管部门), money
// (资金), 资金管理情况 (河南), goals (年度总体目标), tasks (年度主要任务), indicators, 总分, analysis — each block
// starting at its own header words. What cannot be placed is kept as text: nothing is dropped silently and
// nothing throws.
import type { PerformanceEvaluation, PerformanceFunding } from '../../model/performance.js';
import type { GridRow } from '../../read/layout.js';
import { fundingColumns, isFundingHeader, isFundingSubHeader, readFundingRow, type FundingColumn } from './funding-block.js';
import { readIndicatorHeader, readIndicatorRow, type IndicatorContext, type IndicatorHeader } from './indicator-block.js';
import type { PerformanceTableRegion } from './table-regions.js';
import { isDepartmentTitle, nameFromTitle } from './titles.js';
import { cellKey, GRADE_WORD, scoreValue } from './values.js';

type Block = 'head' | 'funding' | 'management' | 'goals' | 'tasks' | 'indicators' | 'analysis';

const NAME_LABEL = /^(项目名称|重点（项目）名称|转移支付（项目）名称|部门（单位）名称|单位名称|部门名称|项目名称主管部门)$/;
const ORG_LABEL = /^(主管部门(及代码)?|实施单位|预算单位|资金使用单位|中央主管部门|地方主管部门|主管部门及代码)$/;
const GOALS = /^(年度总体目标|项目年度绩效目标|年度履职目标|总体目标完成情况|年度总体目标完成(情况)?|年度目标|总体目标)$/;
const TASKS = /^年度主要任务$/;
const MANAGEMENT = /^资金管理情况$/;
const TOTAL = /^(总分|总分值|合计得分|综合得分)$/;
const ANALYSIS = /^(项目绩效分析|自评结果分析|绩效分析|说明|备注)/;
const TOTAL_ROW_LABEL = /总额|合计|总计|部门预算总额/;
const LONG_TEXT = 12;
const MAX_LABEL = 24;

const filled = (row: GridRow) => row.cells.filter((c) => cellKey(c.text) !== '');
const keysOf = (row: GridRow) => filled(row).map((c) => cellKey(c.text));

export function readPerformanceTable(region: PerformanceTableRegion): PerformanceEvaluation {
  const department = isDepartmentTitle(region.title);
  const evaluation: PerformanceEvaluation = {
    kind: department ? 'department' : 'project',
    level: department ? 'department' : 'project',
    name: nameFromTitle(region.title),
    title: region.title,
    unit: '万元',
    funding: [],
    indicators: [],
    texts: region.lines.map((l) => ({ label: '表格内容', text: l.text, source: l.source })),
    source: region.source,
  };
  const organisations: string[] = [];
  let block: Block = 'head';
  let columns: FundingColumn[] = [];
  let indicatorHeader: IndicatorHeader | undefined;
  const context: IndicatorContext = {};
  let awaitingTotal = false;
  let printedName: string | undefined;

  const rows = region.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const keys = keysOf(row);
    if (!keys.length) continue;
    const first = keys[0]!;

    // 总分 and the rows right after it that carry only its number or grade.
    if (TOTAL.test(first) || (keys.includes('总分') && block === 'indicators')) {
      readTotal(evaluation, keys);
      awaitingTotal = evaluation.totalScore === undefined || evaluation.grade === undefined;
      block = 'analysis';
      continue;
    }
    if (awaitingTotal && keys.length <= 2 && keys.every((k) => scoreValue(k) !== undefined || GRADE_WORD.test(k))) {
      readTotal(evaluation, keys);
      awaitingTotal = evaluation.totalScore === undefined || evaluation.grade === undefined;
      continue;
    }
    awaitingTotal = false;

    if (keys.some((k) => NAME_LABEL.test(k))) {
      const at = keys.findIndex((k) => NAME_LABEL.test(k));
      const value = keys.slice(at + 1).find((k) => !ORG_LABEL.test(k) && !NAME_LABEL.test(k));
      if (value) printedName = value;
      organisations.push(...orgValues(keys.slice(at + 2)));
      continue;
    }
    if (block === 'head' && keys.some((k) => ORG_LABEL.test(k))) {
      organisations.push(...orgValues(keys));
      if (!isFundingHeader(row)) continue;
    }
    if (isFundingHeader(row)) {
      const next = rows[r + 1];
      const sub = next && isFundingSubHeader(next) ? next : undefined;
      columns = fundingColumns(row, sub);
      if (sub) r++;
      block = 'funding';
      continue;
    }
    const header = readIndicatorHeader(row);
    if (header) {
      indicatorHeader = header;
      block = 'indicators';
      continue;
    }
    if (keys.some((k) => MANAGEMENT.test(k)) || (block === 'funding' && keys.some((k) => /^分值（\d+）$/.test(k)))) {
      if (block === 'funding') addFunding(evaluation, row, columns);
      block = 'management';
      continue;
    }
    if (GOALS.test(first)) {
      block = 'goals';
      addTexts(evaluation, row, first);
      continue;
    }
    if (TASKS.test(first)) {
      block = 'tasks';
      continue;
    }
    if (ANALYSIS.test(first)) block = 'analysis';
    if (first === '绩效指标' && keys.length === 1) continue;

    switch (block) {
      case 'head':
        addTexts(evaluation, row, '表头');
        break;
      case 'funding':
        if (!addFunding(evaluation, row, columns)) addTexts(evaluation, row, '资金');
        break;
      case 'management': {
        if (keys.some((k) => /^(分值|情况说明)/.test(k))) break; // its header row
        const item = readIndicatorRow(row, undefined, {});
        if (item && (item.weight !== undefined || item.score !== undefined)) evaluation.indicators.push({ ...item, level1: '资金管理情况' });
        else addTexts(evaluation, row, '资金管理情况');
        break;
      }
      case 'indicators': {
        const indicator = readIndicatorRow(row, indicatorHeader, context);
        if (indicator) evaluation.indicators.push(indicator);
        else if (keys.some((k) => k.length >= LONG_TEXT)) addTexts(evaluation, row, '绩效指标');
        break;
      }
      case 'goals':
        addTexts(evaluation, row, '年度总体目标');
        break;
      case 'tasks':
        addTexts(evaluation, row, '年度主要任务');
        break;
      case 'analysis':
        addTexts(evaluation, row, '项目绩效分析');
        break;
    }
  }
  if (printedName) evaluation.name = printedName;
  if (organisations.length) evaluation.organisations = [...new Set(organisations)];
  assignRoles(evaluation.funding);
  return evaluation;
}

/** Values of 主管部门 / 实施单位 cells: everything that is not a label. */
function orgValues(keys: readonly string[]): string[] {
  return keys.filter((k) => !ORG_LABEL.test(k) && !NAME_LABEL.test(k) && !/^项目资金|^资金情况|^部门整体支出/.test(k) && k.length >= 3);
}

function addFunding(evaluation: PerformanceEvaluation, row: GridRow, columns: readonly FundingColumn[]): boolean {
  const line = readFundingRow(row, columns);
  if (!line || !Object.keys(line.values).length) return false;
  const funding: PerformanceFunding = {
    label: line.label,
    role: 'source',
    ...line.values,
    ...(line.values.rate !== undefined ? { rateBasis: 'annualBudget' as const } : {}),
    source: row.source,
  };
  evaluation.funding.push(funding);
  if (line.reason) evaluation.texts.push({ label: `${line.label || '资金'}偏差原因`, text: line.reason, source: row.source });
  return true;
}

/** The first line is the total (年度资金总额), unless another line says it is; the others are its sources. */
function assignRoles(funding: PerformanceFunding[]): void {
  const labelled = funding.findIndex((f) => TOTAL_ROW_LABEL.test(f.label));
  const total = labelled >= 0 ? labelled : 0;
  funding.forEach((f, i) => (f.role = i === total ? 'total' : 'source'));
}

/** The 总分 row: one number is the score, two are the weight and the score; a grade word may follow. */
function readTotal(evaluation: PerformanceEvaluation, keys: readonly string[]): void {
  const numbers = keys.flatMap((k) => scoreValue(k) ?? []);
  const grade = keys.find((k) => GRADE_WORD.test(k));
  if (numbers.length >= 2 && evaluation.totalScore === undefined) {
    evaluation.totalWeight = numbers[0]!;
    evaluation.totalScore = numbers[1]!;
  } else if (numbers.length === 1 && evaluation.totalScore === undefined) {
    evaluation.totalScore = numbers[0]!;
  }
  if (grade && evaluation.grade === undefined) evaluation.grade = grade;
}

/** A label cell: short words without sentence punctuation ("项目管理中存在的主要问题及原因分析"). */
const isLabel = (key: string): boolean => key.length <= MAX_LABEL && !/[。，,；;：:、%％\d]/.test(key);

/** A row kept as text: its label cells make the label, the others the text. */
function addTexts(evaluation: PerformanceEvaluation, row: GridRow, fallback: string): void {
  const cells = filled(row);
  const labels = cells.map((c) => cellKey(c.text)).filter(isLabel);
  const content = cells.filter((c) => !isLabel(cellKey(c.text)));
  const label = labels.filter((k) => !/^(项目绩效分析|绩效指标)$/.test(k)).join('') || fallback;
  if (!content.length) return; // a row of labels only carries nothing
  if (content.every((c) => cellKey(c.text).length < LONG_TEXT)) {
    evaluation.texts.push({ label, text: content.map((c) => cellKey(c.text)).join('；'), source: row.source });
    return;
  }
  for (const cell of content) evaluation.texts.push({ label, text: cell.text.trim(), source: cell.source });
}
