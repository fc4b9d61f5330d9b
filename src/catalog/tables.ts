import type { TableId } from '../model/table-id.js';
import { TERMS as T } from '../model/glossary.js';

/** A column of a standard table: its canonical key and the header texts that name it (whitespace removed). */
export interface ColumnTemplate {
  key: string;
  /** Header paths (parent + child headers, concatenated) that end with one of these name this column. */
  aliases: string[];
}

/** A fixed row (not a classification code) of a standard table. */
export interface RowTemplate {
  key: string;
  /** Printed labels without their ordinal prefix (一、 (一) 1.), whitespace removed. */
  aliases: string[];
  /** Unit when the row is not money (T10 vehicle and equipment counts). */
  unit?: string;
}

export type TableLayout = 'coded' | 'two-sided' | 'economic-blocks' | 'three-public' | 'statistics';

export interface TableTemplate {
  id: TableId;
  title: string;
  /** Other titles seen in published packages. */
  aliases: string[];
  layout: TableLayout;
  /** Name of the table in user-facing messages. */
  shortName: string;
  columns: ColumnTemplate[];
  /** For two-sided tables: the expenditure side's columns (`columns` is the income side). */
  expenditureColumns?: ColumnTemplate[];
  incomeRows?: RowTemplate[];
  expenditureRows?: RowTemplate[];
  rows?: RowTemplate[];
}

const col = (key: string, ...aliases: string[]): ColumnTemplate => ({ key, aliases: [key, ...aliases] });
const row = (key: string, ...aliases: string[]): RowTemplate => ({ key, aliases: [key, ...aliases] });

export const TABLE_TEMPLATES: readonly TableTemplate[] = [
  {
    id: 'T01',
    title: '收入支出决算总表',
    aliases: ['部门收支决算总表', '收支决算总表', '部门收入支出决算总表'],
    layout: 'two-sided',
    shortName: '收入支出决算总表',
    columns: [col(T.amount, T.finalAmount)],
    expenditureColumns: [col(T.amount, T.finalAmount)],
    incomeRows: [
      row(T.generalBudgetIncome),
      row(T.governmentFundIncome),
      row(T.stateCapitalIncome),
      row(T.superiorSubsidyIncome),
      row(T.businessIncome),
      row(T.operatingIncome),
      row(T.subordinateRemittanceIncome),
      row(T.otherIncome),
      row(T.currentYearIncome),
      row(T.useOfNonFiscalBalance, '使用非财政拨款结余（含专用结余）'),
      row(T.openingBalance),
      row(T.incomeGrandTotal, '总计'),
    ],
    expenditureRows: [row(T.currentYearExpenditure), row(T.balanceDistribution), row(T.closingBalance), row(T.expenditureGrandTotal, '总计')],
  },
  {
    id: 'T02',
    title: '收入决算表',
    aliases: ['收入决算总表'],
    layout: 'coded',
    shortName: '收入决算表',
    columns: [
      col(T.currentYearIncome),
      col(T.fiscalAppropriationIncome),
      col(T.superiorSubsidyIncome),
      col(T.businessIncome),
      col(T.operatingIncome),
      col(T.subordinateRemittanceIncome),
      col(T.otherIncome),
    ],
  },
  {
    id: 'T03',
    title: '支出决算表',
    aliases: ['支出决算总表'],
    layout: 'coded',
    shortName: '支出决算表',
    columns: [
      col(T.currentYearExpenditure),
      col(T.basicExpenditure),
      col(T.projectExpenditure),
      col(T.remittanceToSuperior),
      col(T.operatingExpenditure),
      col(T.subsidyToSubordinates),
    ],
  },
  {
    id: 'T04',
    title: '财政拨款收入支出决算总表',
    aliases: ['财政拨款收支决算总表', '政拨款收入支出决算总表'],
    layout: 'two-sided',
    shortName: '财政拨款收入支出决算总表',
    columns: [col(T.amount, T.finalAmount)],
    expenditureColumns: [
      col(T.total, '小计'),
      col(T.generalBudgetAppropriation),
      col(T.governmentFundAppropriation),
      col(T.stateCapitalAppropriation),
    ],
    incomeRows: [
      row(T.generalBudgetAppropriation),
      row(T.governmentFundAppropriation),
      row(T.stateCapitalAppropriation),
      row(T.currentYearIncome),
      row(T.fiscalOpeningBalance),
      row(T.incomeGrandTotal, '总计'),
    ],
    expenditureRows: [row(T.currentYearExpenditure), row(T.fiscalClosingBalance), row(T.expenditureGrandTotal, '总计')],
  },
  {
    id: 'T05',
    title: '一般公共预算财政拨款支出决算表',
    aliases: [],
    layout: 'coded',
    shortName: '一般公共预算财政拨款支出决算表',
    columns: [col(T.subtotal, '合计', '本年支出合计'), col(T.basicExpenditure), col(T.projectExpenditure)],
  },
  {
    id: 'T06',
    title: '一般公共预算财政拨款基本支出决算明细表',
    aliases: ['一般公共预算财政拨款基本支出决算表'],
    layout: 'economic-blocks',
    shortName: '一般公共预算财政拨款基本支出决算明细表',
    // The two-column variant prints 金额 (all GPB money) and 其中：基本支出 (the basic part, keyed 决算数).
    columns: [col(T.finalAmount, '其中：基本支出', '基本支出'), col(T.amount)],
  },
  {
    id: 'T07',
    title: '政府性基金预算财政拨款收入支出决算表',
    aliases: ['政府性基金预算财政拨款收支决算表', '政府性基金预算财政拨款支出决算表'],
    layout: 'coded',
    shortName: '政府性基金预算财政拨款收入支出决算表',
    columns: [
      col(T.openingBalance),
      col(T.currentYearIncomeShort),
      col(T.expenditureSubtotal),
      col(T.expenditureBasic),
      col(T.expenditureProject),
      col(T.closingBalance),
    ],
  },
  {
    id: 'T08',
    title: '国有资本经营预算财政拨款支出决算表',
    aliases: ['国有资本经营预算财政拨款收入支出决算表'],
    layout: 'coded',
    shortName: '国有资本经营预算财政拨款支出决算表',
    columns: [col(T.total, '小计', '本年支出合计'), col(T.basicExpenditure), col(T.projectExpenditure)],
  },
  {
    id: 'T09',
    title: '财政拨款“三公”经费支出决算表',
    aliases: [
      '一般公共预算财政拨款“三公”经费支出决算表',
      '一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表',
      '财政拨款三公经费支出决算表',
    ],
    layout: 'three-public',
    shortName: '财政拨款“三公”经费支出决算表',
    columns: [
      col(T.total),
      col(T.overseasTravel),
      col(T.vehicleTotal),
      col(T.vehiclePurchase),
      col(T.vehicleOperation),
      col(T.officialReception),
    ],
    rows: [row(T.budgetAmount), row(T.finalAmount)],
  },
  {
    id: 'T10',
    title: '部门决算公开相关信息统计表',
    aliases: ['机构运行经费支出、国有资产占用情况及政府采购支出信息表', '部门决算相关信息统计表'],
    layout: 'statistics',
    shortName: '部门决算公开相关信息统计表',
    columns: [col(T.statistic, '采购金额', '金额', '数量')],
    rows: [
      row(T.procurementTotal),
      row(T.goods),
      row(T.works),
      row(T.services),
      row(T.administrativeUnits),
      row(T.civilServantManagedUnits, '参照公务员法管理的事业单位', '参公管理事业单位'),
      { ...row(T.vehicleCount, '车辆数合计（辆）', '车辆数（辆）', '车辆数'), unit: T.vehicles },
      { ...row(T.ministerialVehicles), unit: T.vehicles },
      { ...row(T.principalVehicles, '主要领导干部用车'), unit: T.vehicles },
      { ...row(T.confidentialVehicles), unit: T.vehicles },
      { ...row(T.emergencyVehicles), unit: T.vehicles },
      { ...row(T.lawEnforcementVehicles), unit: T.vehicles },
      { ...row(T.specialTechnicalVehicles), unit: T.vehicles },
      { ...row(T.retireeServiceVehicles, '离退休干部用车'), unit: T.vehicles },
      { ...row(T.otherVehicles), unit: T.vehicles },
      {
        ...row(T.largeEquipment, '单价100万元（含）以上设备（不含车辆）', '单价100万元（含）以上设备', '单价100万元以上设备（不含车辆）'),
        unit: T.equipmentSets,
      },
    ],
  },
];

export const TABLE_TEMPLATE: Readonly<Record<TableId, TableTemplate>> = Object.fromEntries(
  TABLE_TEMPLATES.map((t) => [t.id, t]),
) as Record<TableId, TableTemplate>;

/** The 公开10 vehicle categories (行次 8–15), whose counts add up to 车辆数合计. */
export const VEHICLE_CATEGORIES: readonly string[] = (TABLE_TEMPLATE.T10.rows ?? [])
  .filter((r) => r.unit === T.vehicles && r.key !== T.vehicleCount)
  .map((r) => r.key);
