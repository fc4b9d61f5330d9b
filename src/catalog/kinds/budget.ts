// 部门预算 and 单位预算: the tables of the budget disclosure (财政部's 部门预算公开 template: 收支总表, 收入总表,
// 支出总表, 财政拨款收支总表, 一般公共预算支出表, 一般公共预算基本支出表, “三公” table, 政府性基金预算支出表) and
// the tables regional templates add (江苏's 公开01–12, 上海's nine tables). Tables are known by title, never by
// their printed number: 江苏 numbers them differently in 2017 and 2018.
import { TERMS as T } from '../../model/glossary.js';
import type { ColumnSpec, KindSpec, RowSpec, TableSpec } from './spec.js';

const col = (key: string, ...aliases: string[]): ColumnSpec => ({ key, aliases: [key, ...aliases] });
const row = (key: string, ...aliases: string[]): RowSpec => ({ key, aliases: [key, ...aliases] });

/** The one amount column of a table that prints its total only (江苏: 金额; 上海: 合计 of several). */
const TOTAL = col(T.total, T.amount, T.budgetAmount, '小计');

/** Income sources on the income side of the two 收支总表 (江苏 and 上海 wordings). */
const SOURCE_ROWS: RowSpec[] = [
  row(T.fiscalAppropriationIncome, T.fiscalAppropriation, '财政拨款收入合计'),
  row(T.generalBudget, '一般公共预算资金', '一般公共预算拨款', '一般公共预算拨款收入', '一般公共预算收入'),
  row(T.governmentFundBudget, '政府性基金', '政府性基金预算资金', '政府性基金拨款', '政府性基金预算拨款收入', '政府性基金收入'),
  row(T.stateCapitalBudget, '国有资本经营预算资金', '国有资本经营预算拨款', '国有资本经营预算拨款收入', '国有资本经营预算收入'),
  row(T.specialAccountFunds, '财政专户管理资金收入'),
  row(T.otherFunds),
  row(T.businessIncome),
  row(T.institutionOperatingIncome),
  row(T.otherIncome),
  row(T.currentYearIncome, '当年收入小计', '本年收入小计', '当年收入合计'),
  row(T.priorYearCarryover, '上年结转资金', '上年结转和结余', '上年结转和结余资金', '上年结转结余'),
  row(T.incomeGrandTotal, '收入合计', '收入总计'),
];

/** Rows of the expenditure sides other than the function classes: by use (基本/项目) and the totals. */
const USE_ROWS: RowSpec[] = [
  row(T.basicExpenditure),
  row(T.projectExpenditure),
  row(T.reservedFunds),
  row(T.currentYearExpenditure, '当年支出小计', '本年支出小计', '当年支出合计'),
  row(T.carryoverToNextYear, '结转下年资金', '结转下年'),
  row(T.expenditureGrandTotal, '支出合计', '支出总计'),
];

/** Columns of the function-coded expenditure tables (江苏 prints only the 金额, 上海 also 基本支出 and 项目支出). */
const SPENDING = [TOTAL, col(T.basicExpenditure), col(T.projectExpenditure)];
/** Columns of the economic-coded basic expenditure tables (上海 splits the total into 人员经费 and 公用经费). */
const BASIC_SPENDING = [TOTAL, col(T.personnelExpenses), col(T.publicExpenses)];

const TABLES: TableSpec[] = [
  {
    id: 'B01',
    title: '收支预算总表',
    aliases: ['部门收支预算总表', '部门财务收支预算总表', '财务收支预算总表', '部门收支总表', '收支总表'],
    layout: 'two-sided',
    shortName: '收支预算总表',
    columns: [col(T.amount, T.budgetAmount)],
    expenditureColumns: [col(T.amount, T.budgetAmount)],
    incomeRows: SOURCE_ROWS,
    expenditureRows: USE_ROWS,
  },
  {
    id: 'B02',
    title: '收入预算总表',
    aliases: ['部门收入预算总表', '部门收入总表', '收入总表'],
    layout: 'coded',
    otherLayouts: ['labelled'],
    shortName: '收入预算总表',
    codes: 'function',
    columns: [
      col(T.total, '收入预算合计'),
      col(T.fiscalAppropriationIncome, '财政拨款'),
      col(T.businessIncome),
      col(T.institutionOperatingIncome),
      col(T.otherIncome),
      col(T.amount, T.budgetAmount),
    ],
    rows: [row(T.incomeGrandTotal, '收入合计', '收入总计')],
  },
  {
    id: 'B03',
    title: '支出预算总表',
    aliases: ['部门支出预算总表', '部门支出总表', '支出总表'],
    layout: 'coded',
    otherLayouts: ['single-row'],
    shortName: '支出预算总表',
    codes: 'function',
    columns: [col(T.total, T.amount, '支出预算合计'), col(T.basicExpenditure), col(T.projectExpenditure), col(T.reservedFunds), col(T.carryoverToNextYear, '结转下年资金')],
    rows: [row(T.total)],
  },
  {
    id: 'B04',
    title: '财政拨款收支预算总表',
    aliases: ['部门财政拨款收支预算总表', '财政拨款收支总表', '财政拨款收入支出预算总表'],
    layout: 'two-sided',
    shortName: '财政拨款收支预算总表',
    columns: [col(T.amount, T.budgetAmount)],
    expenditureColumns: [col(T.total, T.amount, T.budgetAmount, '小计'), col(T.generalBudget), col(T.governmentFundBudget), col(T.stateCapitalBudget)],
    incomeRows: SOURCE_ROWS,
    expenditureRows: USE_ROWS,
  },
  {
    id: 'B05',
    title: '财政拨款支出预算表',
    aliases: ['财政拨款支出预算表（功能科目）', '部门财政拨款支出预算表'],
    layout: 'coded',
    shortName: '财政拨款支出预算表',
    codes: 'function',
    columns: SPENDING,
  },
  {
    id: 'B06',
    title: '财政拨款基本支出预算表',
    aliases: ['财政拨款基本支出预算表（经济科目）', '部门财政拨款基本支出预算表'],
    layout: 'coded',
    shortName: '财政拨款基本支出预算表',
    codes: 'economic',
    columns: BASIC_SPENDING,
  },
  {
    id: 'B07',
    title: '一般公共预算支出预算表',
    aliases: ['一般公共预算支出预算表（功能科目）', '一般公共预算支出功能分类预算表', '部门一般公共预算支出功能分类预算表', '一般公共预算支出表', '一般公共预算财政拨款支出预算表'],
    layout: 'coded',
    shortName: '一般公共预算支出预算表',
    codes: 'function',
    columns: SPENDING,
  },
  {
    id: 'B08',
    title: '一般公共预算基本支出预算表',
    aliases: [
      '一般公共预算基本支出预算表（经济科目）',
      '一般公共预算基本支出部门预算经济分类预算表',
      '一般公共预算基本支出经济分类预算表',
      '一般公共预算基本支出表',
      '一般公共预算财政拨款基本支出预算表',
    ],
    layout: 'coded',
    shortName: '一般公共预算基本支出预算表',
    codes: 'economic',
    columns: BASIC_SPENDING,
  },
  {
    id: 'B09',
    title: '一般公共预算“三公”经费、会议费、培训费支出预算表',
    aliases: [
      '“三公”经费、会议费、培训费支出预算表',
      '“三公”经费、会议费、培训费支出预算表（一般公共预算）',
      '部门“三公”经费和机关运行经费预算表',
      '“三公”经费和机关运行经费预算表',
      '一般公共预算“三公”经费支出预算表',
      '一般公共预算“三公”经费支出表',
      '“三公”经费支出预算表',
    ],
    layout: 'single-row',
    shortName: '“三公”经费预算表',
    // 合计 is the “三公” total as in the 决算's 公开09; 江苏's 合计 adds 会议费 and 培训费 to it.
    columns: [
      col(T.threePublicMeetingTraining, T.total, '总计'),
      { key: T.total, aliases: ['“三公”经费小计', '“三公”经费合计', '“三公”经费预算数合计', '“三公”经费预算数'] },
      col(T.overseasTravel, '因公出国（境）经费'),
      col(T.vehicleTotal, '公务用车购置及运行维护费小计', '公务用车购置及运行费', '公务用车购置及运行费小计'),
      col(T.vehiclePurchase, '购置费'),
      col(T.vehicleOperation, '运行费', '运行维护费', '公务用车运行费'),
      col(T.officialReception),
      col(T.meetingExpenses),
      col(T.trainingExpenses),
      col(T.institutionOperatingCost, '机关运行经费预算数'),
    ],
    rows: [row(T.budgetAmount)],
  },
  {
    id: 'B10',
    title: '政府性基金预算支出预算表',
    aliases: [
      '政府性基金支出预算表',
      '政府性基金预算财政拨款支出预算表',
      '政府性基金财政拨款支出预算表',
      '财政拨款政府性基金支出预算表',
      '政府性基金预算支出功能分类预算表',
      '部门政府性基金预算支出功能分类预算表',
      '政府性基金预算支出表',
    ],
    layout: 'coded',
    shortName: '政府性基金预算支出预算表',
    codes: 'function',
    columns: SPENDING,
  },
  {
    id: 'B11',
    title: '国有资本经营预算支出预算表',
    aliases: ['国有资本经营预算支出功能分类预算表', '部门国有资本经营预算支出功能分类预算表', '国有资本经营预算财政拨款支出预算表', '国有资本经营预算支出表'],
    layout: 'coded',
    shortName: '国有资本经营预算支出预算表',
    codes: 'function',
    columns: SPENDING,
  },
  {
    id: 'B12',
    title: '一般公共预算机关运行经费支出预算表',
    aliases: ['机关运行经费支出预算表', '一般公共预算机关运行经费预算表'],
    layout: 'coded',
    shortName: '机关运行经费支出预算表',
    codes: 'economic',
    columns: [col(T.total, '机关运行经费支出', T.amount)],
  },
  {
    id: 'B13',
    title: '政府采购支出预算表',
    aliases: ['政府采购预算表', '部门政府采购预算表', '政府采购预算明细表'],
    layout: 'labelled',
    shortName: '政府采购支出预算表',
    columns: [col(T.amount, '总计', T.total, '预算金额', '采购预算')],
    rows: [row(T.total), row(T.goods, '货物A'), row(T.works, '工程B'), row(T.services, '服务C')],
  },
];

export const BUDGET: KindSpec = {
  family: 'budget',
  kinds: [T.departmentBudget, T.unitBudget],
  name: '预算',
  tables: TABLES,
  // The eight tables of the 财政部 template, printed by every province seen (江苏 2017–2018, 上海 2023–2025).
  required: ['B01', 'B02', 'B03', 'B04', 'B07', 'B08', 'B09', 'B10'],
  regional: [
    // 江苏's 公开01–12 add the 财政拨款 tables by function and by economic class, 机关运行经费 and 政府采购.
    { regions: ['江苏'], tables: ['B05', 'B06', 'B12', 'B13'] },
    // 上海 prints the 国有资本经营预算 table even when it is empty.
    { regions: ['上海'], tables: ['B11'] },
  ],
  parts: ['概况', '部门预算表', '情况说明', '名词解释'],
  tablesPart: '部门预算表',
};
