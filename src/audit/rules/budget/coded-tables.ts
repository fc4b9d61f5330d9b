// The 预算's tables by classification code: on every row the total is the sum of its parts (合计 = 基本支出 +
// 项目支出; 收入: 合计 = 财政拨款收入 + 事业收入 + …; 经济分类: 合计 = 人员经费 + 公用经费), and every column adds up
// the classification (合计 = Σ 类, 类 = Σ 款, 款 = Σ 项). 江苏 prints 收入预算总表 by labelled rows and 支出预算总表
// as one row: the same rules read them in that form.
import { tableSpec } from '../../../catalog/kinds/index.js';
import { TERMS as T } from '../../../model/glossary.js';
import type { TableId } from '../../../model/table-id.js';
import type { AuditContext } from '../../context.js';
import type { Rule } from '../../engine.js';
import { identityRule, type Identity } from '../../identity.js';
import { tableName } from '../../naming.js';
import { labelledHierarchy, printedEconomicHierarchy, printedFunctionHierarchy, printedRowSums } from './identities.js';

/** The parts each coded table's 合计 column adds up on a row. */
const ROW_PARTS: Partial<Record<TableId, readonly string[]>> = {
  B02: [T.fiscalAppropriationIncome, T.businessIncome, T.institutionOperatingIncome, T.otherIncome],
  B03: [T.basicExpenditure, T.projectExpenditure, T.reservedFunds, T.carryoverToNextYear],
  B05: [T.basicExpenditure, T.projectExpenditure],
  B06: [T.personnelExpenses, T.publicExpenses],
  B07: [T.basicExpenditure, T.projectExpenditure],
  B08: [T.personnelExpenses, T.publicExpenses],
  B10: [T.basicExpenditure, T.projectExpenditure],
  B11: [T.basicExpenditure, T.projectExpenditure],
};
const CODED: readonly TableId[] = ['B02', 'B03', 'B05', 'B06', 'B07', 'B08', 'B10', 'B11', 'B12'];

const rowSumRule = (table: TableId, parts: readonly string[]): Rule =>
  identityRule({
    id: `${table}-01`,
    family: 'arithmetic',
    severity: 'error',
    title: `${tableName(table)}各行合计等于${parts.filter((p) => p !== T.carryoverToNextYear && p !== T.reservedFunds).join('、')}等各栏之和`,
    kinds: ['budget'],
    tables: [table],
    identities: (ctx) => printedRowSums(ctx, table, T.total, parts),
  });

function hierarchy(ctx: AuditContext, table: TableId): Identity[] {
  const columns = tableSpec(table).columns.map((c) => c.key);
  // 江苏's labelled 收入预算总表: 收入总计 = Σ sources, each source = Σ its items
  if (table === 'B02' && !ctx.rowsRead(table).some((r) => /^\d+$/.test(r))) return labelledHierarchy(ctx, table, [T.incomeGrandTotal], T.amount);
  return tableSpec(table).codes === 'economic' ? printedEconomicHierarchy(ctx, table, columns) : printedFunctionHierarchy(ctx, table, columns);
}

const hierarchyRule = (table: TableId): Rule =>
  identityRule({
    id: `${table}-02`,
    family: 'arithmetic',
    severity: 'error',
    title: `${tableName(table)}各栏合计、类、款分别等于其下级之和`,
    kinds: ['budget'],
    tables: [table],
    identities: (ctx) => hierarchy(ctx, table),
  });

export const CODED_TABLE_RULES: Rule[] = CODED.flatMap((table) => {
  const parts = ROW_PARTS[table];
  return [...(parts ? [rowSumRule(table, parts)] : []), hierarchyRule(table)];
});

/** The “三公” table: 合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费, the vehicles' parts, and 江苏's total with 会议费 and 培训费. */
export const THREE_PUBLIC_RULE: Rule = identityRule({
  id: 'B09-01',
  family: 'arithmetic',
  severity: 'error',
  title: '“三公”经费预算合计等于各项之和',
  kinds: ['budget'],
  tables: ['B09'],
  identities: (ctx) => [
    ...printedRowSums(ctx, 'B09', T.total, [T.overseasTravel, T.vehicleTotal, T.officialReception]),
    ...printedRowSums(ctx, 'B09', T.vehicleTotal, [T.vehiclePurchase, T.vehicleOperation]),
    ...printedRowSums(ctx, 'B09', T.threePublicMeetingTraining, [T.total, T.meetingExpenses, T.trainingExpenses]),
  ],
});

/** 政府采购预算表: 合计 = 货物 + 工程 + 服务, each category = Σ its 专项, each 专项 = Σ its items. */
export const PROCUREMENT_RULE: Rule = identityRule({
  id: 'B13-01',
  family: 'arithmetic',
  severity: 'error',
  title: '政府采购预算合计等于各品目、各专项、各采购物品之和',
  kinds: ['budget'],
  tables: ['B13'],
  identities: (ctx) => labelledHierarchy(ctx, 'B13', [T.total], T.amount),
});
