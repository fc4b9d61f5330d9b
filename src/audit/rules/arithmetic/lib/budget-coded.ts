// The 预算's tables by classification code: on every row the total is the sum of its parts (合计 = 基本支出 +
// 项目支出; 收入: 合计 = 财政拨款收入 + 事业收入 + …; 经济分类: 合计 = 人员经费 + 公用经费), and every column adds up
// the classification (合计 = Σ 类, 类 = Σ 款, 款 = Σ 项). 江苏 prints 收入预算总表 by labelled rows and 支出预算总表
// as one row: the same rules read them in that form. A column takes part only where the table prints a number in it.
import { tableSpec } from '../../../../catalog/kinds/index.js';
import { TERMS as T } from '../../../../model/glossary.js';
import type { AuditContext } from '../../../context.js';
import type { Identity } from '../../../identity.js';
import { labelledHierarchy, printedEconomicHierarchy, printedFunctionHierarchy, printedRowSums } from '../../../printed-identities.js';

export type CodedTable = 'B02' | 'B03' | 'B05' | 'B06' | 'B07' | 'B08' | 'B10' | 'B11' | 'B12';

/** The parts each coded table's 合计 column adds up on a row. */
export const ROW_PARTS: Record<Exclude<CodedTable, 'B12'>, readonly string[]> = {
  B02: [T.fiscalAppropriationIncome, T.businessIncome, T.institutionOperatingIncome, T.otherIncome],
  B03: [T.basicExpenditure, T.projectExpenditure, T.reservedFunds, T.carryoverToNextYear],
  B05: [T.basicExpenditure, T.projectExpenditure],
  B06: [T.personnelExpenses, T.publicExpenses],
  B07: [T.basicExpenditure, T.projectExpenditure],
  B08: [T.personnelExpenses, T.publicExpenses],
  B10: [T.basicExpenditure, T.projectExpenditure],
  B11: [T.basicExpenditure, T.projectExpenditure],
};

/** The parts named in a rule's title (the carry-over and the reserve only some forms print). */
export const namedParts = (table: Exclude<CodedTable, 'B12'>): string =>
  ROW_PARTS[table].filter((p) => p !== T.carryoverToNextYear && p !== T.reservedFunds).join('、');

export const rowSumIdentities = (ctx: AuditContext, table: Exclude<CodedTable, 'B12'>): Identity[] => printedRowSums(ctx, table, T.total, ROW_PARTS[table]);

export function hierarchyIdentities(ctx: AuditContext, table: CodedTable): Identity[] {
  const columns = tableSpec(table).columns.map((c) => c.key);
  // 江苏's labelled 收入预算总表: 收入总计 = Σ sources, each source = Σ its items
  if (table === 'B02' && !ctx.rowsRead(table).some((r) => /^\d+$/.test(r))) return labelledHierarchy(ctx, table, [T.incomeGrandTotal], T.amount);
  return tableSpec(table).codes === 'economic' ? printedEconomicHierarchy(ctx, table, columns) : printedFunctionHierarchy(ctx, table, columns);
}
