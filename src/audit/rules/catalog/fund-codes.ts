// C-05: codes that belong to another budget (政府性基金 such as 22960xx 彩票公益金, 国有资本经营, 社会保险基金)
// never appear in the 一般公共预算 table 公开05 — seed 003 shows its 229 fund money in 公开02/03/07 only.
// consistency-rules.md §5 (T05-03).
import { FUNCTION_CODES, parentCode } from '../../../catalog/function-codes.js';
import { defineRule, makeFinding, missingTables, type Rule } from '../../engine.js';
import { rowName, tableName } from '../../naming.js';

const GENERAL_BUDGET = '一般公共预算';

/** The budget a code belongs to: its own catalog mark, else its parent's (229 其他支出 is shared: none). */
function budgetOf(code: string): string | undefined {
  for (let c: string | undefined = code; c !== undefined; c = parentCode(c)) {
    const budget = FUNCTION_CODES.get(c)?.budget;
    if (budget) return budget;
  }
  return undefined;
}

export const FUND_CODE_RULE: Rule = defineRule(
  { id: 'C-05', family: 'catalog', severity: 'error', title: '一般公共预算财政拨款支出决算表不列其他预算的科目' },
  (ctx, rule) => {
    const missing = missingTables(ctx, ['T05']);
    if (missing) return missing;
    const codes = ctx.rows('T05').filter((r) => /^\d+$/.test(r));
    const findings = codes.flatMap((code) => {
      const budget = budgetOf(code);
      if (budget === undefined || budget === GENERAL_BUDGET) return [];
      const sources = ctx.facts('T05').filter((f) => f.row === code).map((f) => f.source);
      return [
        makeFinding(rule, {
          message: `${tableName('T05')} 列有 ${rowName(ctx, 'T05', code)}，该科目属于${budget}，不应出现在一般公共预算财政拨款支出中`,
          location: { table: 'T05', row: code },
          sources,
        }),
      ];
    });
    return { checks: codes.length, findings };
  },
);
