// Charts of the package as data (ChartSpec): 收入支出总计 by year, 收入结构, 支出结构 (基本/项目 …), and the
// 三公 components (预算 against 决算). Values are the printed decimals, never recomputed floats.
import { printedDecimals } from '../model/decimal.js';
import { TERMS as T } from '../model/glossary.js';
import type { DraftContext } from './context.js';
import type { ChartSpec } from './drafted.js';
import { inUnit, isZero, type Money } from './fact-book.js';

export const CHART_IDS = {
  totalsByYear: 'income-expenditure-by-year',
  incomeStructure: 'income-structure',
  expenditureStructure: 'expenditure-structure',
  threePublic: 'three-public-structure',
} as const;

/** The exact decimal, with at least two decimals ("100.00"). */
const value = (m: Money): string => m.value.toFixed(Math.max(2, printedDecimals(m.value.toFixed())));

function totalsByYear(ctx: DraftContext): ChartSpec | undefined {
  const income = ctx.book.money('T01', T.incomeGrandTotal, T.amount);
  const spending = ctx.book.money('T01', T.expenditureGrandTotal, T.amount);
  if (!income || !spending) return undefined;
  const priorIncome = ctx.prior?.money('T01', T.incomeGrandTotal, T.amount);
  const priorSpending = ctx.prior?.money('T01', T.expenditureGrandTotal, T.amount);
  const year = ctx.year;
  const withPrior = priorIncome !== undefined && priorSpending !== undefined;
  const label = (y: number | undefined, fallback: string) => (y ? `${y}年度` : fallback);
  return {
    id: CHART_IDS.totalsByYear,
    title: '收入支出决算总计变动情况',
    kind: 'bar',
    unit: income.unit,
    categories: withPrior ? [label(year && year - 1, '上年度'), label(year, '本年度')] : [label(year, '本年度')],
    series: [
      { name: T.incomeGrandTotal, values: withPrior ? [value(inUnit(priorIncome, income.unit)), value(income)] : [value(income)] },
      { name: T.expenditureGrandTotal, values: withPrior ? [value(inUnit(priorSpending, income.unit)), value(spending)] : [value(spending)] },
    ],
  };
}

function pie(id: string, title: string, name: string, items: [string, Money | undefined][], whole: Money | undefined): ChartSpec | undefined {
  const shown = items.filter((i): i is [string, Money] => i[1] !== undefined && !isZero(i[1]));
  if (!shown.length) return undefined;
  const unit = shown[0]![1].unit;
  return {
    id,
    title,
    kind: 'pie',
    unit,
    categories: shown.map(([c]) => c),
    series: [{ name, values: shown.map(([, m]) => value(inUnit(m, unit))) }],
    ...(whole && !isZero(whole) ? { whole: value(inUnit(whole, unit)) } : {}),
  };
}

function incomeStructure(ctx: DraftContext): ChartSpec | undefined {
  const row = (r: string) => ctx.book.money('T01', r, T.amount);
  return pie(CHART_IDS.incomeStructure, '收入决算结构', T.currentYearIncome, [
    [T.generalBudgetIncome, row(T.generalBudgetIncome)],
    [T.governmentFundIncome, row(T.governmentFundIncome)],
    [T.stateCapitalIncome, row(T.stateCapitalIncome)],
    ...[T.superiorSubsidyIncome, T.businessIncome, T.operatingIncome, T.subordinateRemittanceIncome, T.otherIncome].map((r): [string, Money | undefined] => [r, row(r)]),
  ], row(T.currentYearIncome));
}

function expenditureStructure(ctx: DraftContext): ChartSpec | undefined {
  const column = (c: string) => ctx.book.money('T03', T.total, c);
  return pie(
    CHART_IDS.expenditureStructure,
    '支出决算结构',
    T.currentYearExpenditure,
    [T.basicExpenditure, T.projectExpenditure, T.remittanceToSuperior, T.operatingExpenditure, T.subsidyToSubordinates].map((c): [string, Money | undefined] => [c, column(c)]),
    // The same whole as the narrative's shares (§三).
    ctx.book.money('T01', T.currentYearExpenditure, T.amount) ?? column(T.currentYearExpenditure),
  );
}

function threePublic(ctx: DraftContext): ChartSpec | undefined {
  if (!ctx.book.has('T09') || ctx.book.empty('T09')) return undefined;
  const components = [T.overseasTravel, T.vehiclePurchase, T.vehicleOperation, T.officialReception];
  const row = (r: string) => components.map((c) => value(ctx.book.money('T09', r, c)!));
  return {
    id: CHART_IDS.threePublic,
    title: '财政拨款“三公”经费支出结构',
    kind: 'bar',
    unit: ctx.book.unit('T09'),
    categories: components,
    series: [
      { name: T.budgetAmount, values: row(T.budgetAmount) },
      { name: T.finalAmount, values: row(T.finalAmount) },
    ],
  };
}

/** The charts the facts support, each with the section it belongs after. */
export function draftCharts(ctx: DraftContext): { chart: ChartSpec; section: string }[] {
  const out: { chart: ChartSpec; section: string }[] = [];
  const add = (chart: ChartSpec | undefined, section: string) => chart && out.push({ chart, section });
  add(totalsByYear(ctx), 'income-expenditure-total');
  add(incomeStructure(ctx), 'income');
  add(expenditureStructure(ctx), 'expenditure');
  add(threePublic(ctx), 'three-public-total');
  return out;
}
