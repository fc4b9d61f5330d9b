// Where the tables print the figure a claim states: subject + scope + measure → the cells (summed when the
// figure is derived, e.g. 机关运行经费 = 公开10 行政单位 + 参公单位). Blank cells of a printed table count as 0.
import Big from 'big.js';
import type { ClaimMeasure, ClaimScope } from '../../../../model/claim.js';
import { TERMS as T } from '../../../../model/glossary.js';
import type { TableId } from '../../../../model/table-id.js';
import type { AuditContext, Cell } from '../../../context.js';
import { tableName } from '../../../naming.js';
import { factValue, sumValues, type Value } from './values.js';

export interface TableRef {
  cells: Cell[];
  /** How the figure is named in messages: "公开05 合计行小计". */
  label: string;
}

const cell = (table: TableId, row: string, column: string): Cell => ({ table, row, column });
const ref = (label: string, ...cells: Cell[]): TableRef => ({ cells, label });

const INCOME_TYPES: readonly string[] = [T.superiorSubsidyIncome, T.businessIncome, T.operatingIncome, T.subordinateRemittanceIncome, T.otherIncome];
const EXPENDITURE_TYPES: readonly string[] = [T.remittanceToSuperior, T.operatingExpenditure, T.subsidyToSubordinates];
const T04_COLUMN: Partial<Record<ClaimScope, string>> = {
  财政拨款: T.total,
  一般公共预算: T.generalBudgetAppropriation,
  政府性基金预算: T.governmentFundAppropriation,
  国有资本经营预算: T.stateCapitalAppropriation,
};
const T04_INCOME: Partial<Record<ClaimScope, string>> = {
  一般公共预算: T.generalBudgetAppropriation,
  政府性基金预算: T.governmentFundAppropriation,
  国有资本经营预算: T.stateCapitalAppropriation,
};
/** The “三公” table's column of each 三公 subject (决算 公开09 and the 预算's “三公” table alike). */
export const THREE_PUBLIC_COLUMNS: Record<string, string> = {
  合计: T.total,
  [T.overseasTravel]: T.overseasTravel,
  [T.vehicleTotal]: T.vehicleTotal,
  [T.vehiclePurchase]: T.vehiclePurchase,
  [T.vehicleOperation]: T.vehicleOperation,
  [T.officialReception]: T.officialReception,
};
const PROCUREMENT_ROWS: Record<string, string> = { 合计: T.procurementTotal, 货物: T.goods, 工程: T.works, 服务: T.services };

function amountRef(subject: string, scope: ClaimScope | undefined): TableRef | undefined {
  const s = scope ?? '全部资金';
  const t = (id: TableId) => tableName(id);
  switch (subject) {
    case T.incomeGrandTotal:
      if (s === '全部资金') return ref(`${t('T01')}收入总计`, cell('T01', T.incomeGrandTotal, T.amount));
      if (s === '财政拨款') return ref(`${t('T04')}收入总计`, cell('T04', T.incomeGrandTotal, T.amount));
      if (s === '政府性基金预算') return ref(`${t('T07')}合计行年初结转和结余与本年收入`, cell('T07', T.total, T.openingBalance), cell('T07', T.total, T.currentYearIncomeShort));
      return undefined;
    case T.expenditureGrandTotal:
      if (s === '全部资金') return ref(`${t('T01')}支出总计`, cell('T01', T.expenditureGrandTotal, T.amount));
      if (T04_COLUMN[s]) return ref(`${t('T04')}支出总计${T04_COLUMN[s]}栏`, cell('T04', T.expenditureGrandTotal, T04_COLUMN[s]));
      return undefined;
    case T.currentYearIncome:
      if (s === '全部资金') return ref(`${t('T01')}本年收入合计`, cell('T01', T.currentYearIncome, T.amount));
      if (s === '财政拨款') return ref(`${t('T04')}本年收入合计`, cell('T04', T.currentYearIncome, T.amount));
      if (s === '政府性基金预算') return ref(`${t('T07')}合计行${T.currentYearIncomeShort}`, cell('T07', T.total, T.currentYearIncomeShort));
      return ref(`${t('T04')}${T04_INCOME[s]}`, cell('T04', T04_INCOME[s]!, T.amount));
    case T.currentYearExpenditure:
      if (s === '全部资金') return ref(`${t('T01')}本年支出合计`, cell('T01', T.currentYearExpenditure, T.amount));
      if (s === '财政拨款') return ref(`${t('T04')}本年支出合计`, cell('T04', T.currentYearExpenditure, T.total));
      if (s === '一般公共预算') return ref(`${t('T05')}合计行${T.subtotal}`, cell('T05', T.total, T.subtotal));
      if (s === '政府性基金预算') return ref(`${t('T07')}合计行${T.expenditureSubtotal}`, cell('T07', T.total, T.expenditureSubtotal));
      return ref(`${t('T08')}合计行`, cell('T08', T.total, T.total));
    case T.basicExpenditure:
    case T.projectExpenditure:
      if (s === '全部资金') return ref(`${t('T03')}合计行${subject}`, cell('T03', T.total, subject));
      if (s === '一般公共预算') return ref(`${t('T05')}合计行${subject}`, cell('T05', T.total, subject));
      if (s === '政府性基金预算') {
        const column = subject === T.basicExpenditure ? T.expenditureBasic : T.expenditureProject;
        return ref(`${t('T07')}合计行${column}`, cell('T07', T.total, column));
      }
      if (s === '国有资本经营预算') return ref(`${t('T08')}合计行${subject}`, cell('T08', T.total, subject));
      return undefined;
    case T.openingBalance:
      return s === '全部资金' ? ref(`${t('T01')}${subject}`, cell('T01', subject, T.amount)) : ref(`${t('T04')}${T.fiscalOpeningBalance}`, cell('T04', T.fiscalOpeningBalance, T.amount));
    case T.closingBalance:
      return s === '全部资金' ? ref(`${t('T01')}${subject}`, cell('T01', subject, T.amount)) : ref(`${t('T04')}${T.fiscalClosingBalance}`, cell('T04', T.fiscalClosingBalance, T.total));
    case T.useOfNonFiscalBalance:
    case T.balanceDistribution:
      return ref(`${t('T01')}${subject}`, cell('T01', subject, T.amount));
    case T.personnelExpenses:
      return ref(`${t('T06')}${T.personnelTotal}`, cell('T06', T.personnelTotal, T.finalAmount));
    case T.publicExpenses:
      return ref(`${t('T06')}${T.publicTotal}`, cell('T06', T.publicTotal, T.finalAmount));
    case T.institutionOperatingCost:
      return ref(`${t('T10')}${T.administrativeUnits}与${T.civilServantManagedUnits}`, cell('T10', T.administrativeUnits, T.statistic), cell('T10', T.civilServantManagedUnits, T.statistic));
  }
  if (INCOME_TYPES.includes(subject)) return ref(`${t('T01')}${subject}`, cell('T01', subject, T.amount));
  if (EXPENDITURE_TYPES.includes(subject) && s === '全部资金') return ref(`${t('T03')}合计行${subject}`, cell('T03', T.total, subject));
  const [kind, key = ''] = subject.split(':');
  if (kind === '功能') {
    if (s === '一般公共预算') return ref(`${t('T05')} ${key} ${T.subtotal}`, cell('T05', key, T.subtotal));
    if (s === '全部资金') return ref(`${t('T03')} ${key} ${T.currentYearExpenditure}`, cell('T03', key, T.currentYearExpenditure));
    if (s === '政府性基金预算') return ref(`${t('T07')} ${key} ${T.expenditureSubtotal}`, cell('T07', key, T.expenditureSubtotal));
    if (s === '财政拨款' && key.length === 3) return ref(`${t('T04')} ${key} ${T.total}`, cell('T04', key, T.total));
    return undefined;
  }
  if (kind === '经济') return ref(`${t('T06')} ${key}`, cell('T06', key, T.finalAmount));
  if (kind === '政府采购' && PROCUREMENT_ROWS[key]) return ref(`${t('T10')}${PROCUREMENT_ROWS[key]}`, cell('T10', PROCUREMENT_ROWS[key], T.statistic));
  if (kind === '车辆') return ref(`${t('T10')}${key === '合计' ? T.vehicleCount : key}`, cell('T10', key === '合计' ? T.vehicleCount : key, T.statistic));
  if (kind === '设备') return ref(`${t('T10')}${T.largeEquipment}`, cell('T10', T.largeEquipment, T.statistic));
  return undefined;
}

/** The cells that print what a claim states, or undefined when no standard table prints it. */
export function tableRef(subject: string, scope: ClaimScope | undefined, measure: ClaimMeasure): TableRef | undefined {
  const [kind, key = ''] = subject.split(':');
  if (kind === '三公' && THREE_PUBLIC_COLUMNS[key]) {
    if (measure === 'amount') return ref(`${tableName('T09')}决算数${THREE_PUBLIC_COLUMNS[key]}`, cell('T09', T.finalAmount, THREE_PUBLIC_COLUMNS[key]));
    if (measure === 'budget') return ref(`${tableName('T09')}预算数${THREE_PUBLIC_COLUMNS[key]}`, cell('T09', T.budgetAmount, THREE_PUBLIC_COLUMNS[key]));
    return undefined;
  }
  return measure === 'amount' || measure === 'count' ? amountRef(subject, scope) : undefined;
}

/**
 * The value the tables print for a reference: undefined when one of its tables is not in the document, or when a
 * cell may print a number the reader did not read. A blank cell of a table read there gives 0 (with the table's
 * own source).
 */
export function tableValue(ctx: AuditContext, reference: TableRef): Value | undefined {
  const values: Value[] = [];
  for (const c of reference.cells) {
    if (!ctx.hasTable(c.table)) return undefined;
    const { fact, known } = ctx.cell(c);
    if (fact) values.push(factValue(fact));
    else if (!known) return undefined;
    else {
      // A blank cell of a printed table is 0, exactly.
      const source = ctx.tableInfo(c.table)?.source;
      values.push({ amount: new Big(0), step: new Big(0), shown: '空', money: !(c.table === 'T10' && /车|设备/.test(c.row)), sources: source ? [source] : [] });
    }
  }
  return sumValues(values, values.length === 1 ? values[0]!.shown : values.map((v) => v.shown).join(' + '));
}
