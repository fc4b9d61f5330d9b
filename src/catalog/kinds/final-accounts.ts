// 部门决算 and 单位决算: the ten standard tables (公开01–10; 公开10 is 山西's), as the 财政部 templates and the
// regional variants seen in published packages print them (domain README §1.3).
import { chineseNumeral } from '../../model/chinese-numeral.js';
import { TERMS as T } from '../../model/glossary.js';
import type { ColumnSpec, KindSpec, PrintedColumn, PrintedRow, RowSpec, TableSpec } from './spec.js';

const col = (key: string, ...aliases: string[]): ColumnSpec => ({ key, aliases: [key, ...aliases] });
const row = (key: string, ...aliases: string[]): RowSpec => ({ key, aliases: [key, ...aliases] });

/** Rows printed with their ordinal: 一、一般公共预算财政拨款收入 … */
const ordinal = (rows: [string, string?][]): PrintedRow[] => rows.map(([key, printed], i) => ({ label: `${chineseNumeral(i + 1)}、${printed ?? key}`, key }));
/** Columns printed under their own name. */
const plain = (keys: string[]): PrintedColumn[] => keys.map((key) => ({ header: key, key }));
/** The 本年支出 group: [header, key] of 小计/合计, 基本支出, 项目支出. */
const spending = (...columns: [string, string][]): PrintedColumn[] => columns.map(([header, key]) => ({ header, key, group: '本年支出' }));

/** The 类 of 支出功能分类 the expenditure side of 公开01/04 lists, in template order (domain README §1.3). */
const TEMPLATE_CLASSES = ['201', '202', '203', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '215', '216', '217', '219', '220', '221', '222', '223', '224', '229', '231', '232', '234'];

const BUDGET_TYPES = [T.generalBudgetAppropriation, T.governmentFundAppropriation, T.stateCapitalAppropriation];
const VEHICLES = [
  T.ministerialVehicles,
  T.principalVehicles,
  T.confidentialVehicles,
  T.emergencyVehicles,
  T.lawEnforcementVehicles,
  T.specialTechnicalVehicles,
  T.retireeServiceVehicles,
  T.otherVehicles,
];

const TABLES: TableSpec[] = [
  {
    id: 'T01',
    title: '收入支出决算总表',
    aliases: ['部门收支决算总表', '收支决算总表', '部门收入支出决算总表'],
    layout: 'two-sided',
    shortName: '收入支出决算总表',
    footnote: '注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。',
    print: {
      layout: 'two-sided',
      classes: TEMPLATE_CLASSES,
      incomeHead: ordinal([[T.generalBudgetIncome], [T.governmentFundIncome], [T.stateCapitalIncome], [T.superiorSubsidyIncome], [T.businessIncome], [T.operatingIncome], [T.subordinateRemittanceIncome], [T.otherIncome]]),
      incomeTail: [
        { label: T.currentYearIncome, key: T.currentYearIncome, bold: true },
        { label: '使用非财政拨款结余（含专用结余）', key: T.useOfNonFiscalBalance },
        { label: T.openingBalance, key: T.openingBalance },
        { label: '' },
        { label: '总计', key: T.incomeGrandTotal, bold: true },
      ],
      expenditureColumns: [{ header: T.amount, key: T.amount }],
      expenditureTail: [
        { label: T.currentYearExpenditure, key: T.currentYearExpenditure, bold: true },
        { label: T.balanceDistribution, key: T.balanceDistribution },
        { label: T.closingBalance, key: T.closingBalance },
        { label: '' },
        { label: '总计', key: T.expenditureGrandTotal, bold: true },
      ],
    },
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
    codes: 'function',
    footnote: '注：本表反映部门本年度取得的各项收入情况。',
    print: { layout: 'coded', columns: plain([T.currentYearIncome, T.fiscalAppropriationIncome, T.superiorSubsidyIncome, T.businessIncome, T.operatingIncome, T.subordinateRemittanceIncome, T.otherIncome]) },
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
    codes: 'function',
    footnote: '注：本表反映部门本年度各项支出情况。',
    print: { layout: 'coded', columns: plain([T.currentYearExpenditure, T.basicExpenditure, T.projectExpenditure, T.remittanceToSuperior, T.operatingExpenditure, T.subsidyToSubordinates]) },
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
    footnote: '注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。',
    print: {
      layout: 'two-sided',
      classes: TEMPLATE_CLASSES,
      incomeHead: ordinal([[T.generalBudgetAppropriation], [T.governmentFundAppropriation], [T.stateCapitalAppropriation]]),
      incomeTail: [
        { label: T.currentYearIncome, key: T.currentYearIncome, bold: true },
        { label: T.fiscalOpeningBalance, key: T.fiscalOpeningBalance },
        ...BUDGET_TYPES.map((t) => ({ label: t, key: `${T.fiscalOpeningBalance}.${t}` })),
        { label: '总计', key: T.incomeGrandTotal, bold: true },
      ],
      expenditureColumns: [
        { header: T.total, key: T.total },
        { header: T.generalBudgetAppropriation, key: T.generalBudgetAppropriation },
        { header: T.governmentFundAppropriation, key: T.governmentFundAppropriation },
        { header: T.stateCapitalAppropriation, key: T.stateCapitalAppropriation },
      ],
      expenditureTail: [
        { label: T.currentYearExpenditure, key: T.currentYearExpenditure, bold: true },
        { label: T.fiscalClosingBalance, key: T.fiscalClosingBalance },
        // the by-budget-type split of the closing balance: printed with its label only when the document has it
        ...BUDGET_TYPES.map((t) => ({ label: t, key: `${T.fiscalClosingBalance}.${t}` })),
        { label: '总计', key: T.expenditureGrandTotal, bold: true },
      ],
    },
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
    codes: 'function',
    footnote: '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
    print: { layout: 'coded', columns: spending([T.subtotal, T.subtotal], [T.basicExpenditure, T.basicExpenditure], [T.projectExpenditure, T.projectExpenditure]) },
    columns: [col(T.subtotal, '合计', '本年支出合计'), col(T.basicExpenditure), col(T.projectExpenditure)],
  },
  {
    id: 'T06',
    title: '一般公共预算财政拨款基本支出决算明细表',
    aliases: ['一般公共预算财政拨款基本支出决算表'],
    layout: 'economic-blocks',
    shortName: '一般公共预算财政拨款基本支出决算明细表',
    codes: 'economic',
    footnote: '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
    print: { layout: 'economic-blocks' },
    // The two-column variant prints 金额 (all GPB money) and 其中：基本支出 (the basic part, keyed 决算数).
    columns: [col(T.finalAmount, '其中：基本支出', '基本支出'), col(T.amount)],
  },
  {
    id: 'T07',
    title: '政府性基金预算财政拨款收入支出决算表',
    aliases: ['政府性基金预算财政拨款收支决算表', '政府性基金预算财政拨款支出决算表'],
    layout: 'coded',
    shortName: '政府性基金预算财政拨款收入支出决算表',
    codes: 'function',
    footnote: '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
    print: {
      layout: 'coded',
      columns: [
        { header: T.openingBalance, key: T.openingBalance },
        { header: T.currentYearIncomeShort, key: T.currentYearIncomeShort },
        ...spending([T.subtotal, T.expenditureSubtotal], [T.basicExpenditure, T.expenditureBasic], [T.projectExpenditure, T.expenditureProject]),
        { header: T.closingBalance, key: T.closingBalance },
      ],
    },
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
    codes: 'function',
    footnote: '注：本表反映部门本年度国有资本经营预算财政拨款支出情况。',
    print: { layout: 'coded', columns: spending([T.total, T.total], [T.basicExpenditure, T.basicExpenditure], [T.projectExpenditure, T.projectExpenditure]) },
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
    footnote: '注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。',
    print: { layout: 'three-public' },
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
    footnote: '注：本表反映部门本年度政府采购支出、机关运行经费支出及国有资产占用情况。',
    print: {
      layout: 'statistics',
      lines: [
        { part: '一、政府采购情况' },
        { label: T.total, key: T.procurementTotal },
        { label: T.goods, key: T.goods },
        { label: T.works, key: T.works },
        { label: T.services, key: T.services },
        { part: `二、${T.institutionOperatingCost}` },
        { label: `（一）${T.administrativeUnits}`, key: T.administrativeUnits },
        { label: `（二）${T.civilServantManagedUnits}`, key: T.civilServantManagedUnits },
        { part: '三、国有资产占用情况' },
        { label: '（一）车辆数合计（辆）', key: T.vehicleCount },
        ...VEHICLES.map((key, i) => ({ label: `${i + 1}. ${key}`, key })),
        { label: '（二）单价100万元（含）以上设备（不含车辆）', key: T.largeEquipment },
      ],
    },
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

export const FINAL_ACCOUNTS: KindSpec = {
  family: 'final-accounts',
  kinds: [T.departmentFinalAccounts, T.unitFinalAccounts],
  name: '决算',
  tables: TABLES,
  // 公开01–09 are in every regional template; 公开10 is 山西's (河南, 上海 and others do not print it).
  required: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09'],
  regional: [{ regions: ['山西'], tables: ['T10'] }],
  parts: ['概况', '部门决算表', '情况说明', '名词解释'],
  tablesPart: '部门决算表',
};

/** The 公开10 vehicle categories (行次 8–15), whose counts add up to 车辆数合计. */
export const VEHICLE_CATEGORIES: readonly string[] = VEHICLES;
