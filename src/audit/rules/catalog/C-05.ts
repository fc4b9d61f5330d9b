import { FUNCTION_CODES, parentCode } from '../../../catalog/function-codes.js';
import { defineRule, makeFinding, missingTables } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
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

export const C_05 = defineRule(
  {
    id: 'C-05',
    family: 'catalog',
    severity: 'error',
    title: '一般公共预算财政拨款支出决算表不列其他预算的科目',
    description: '一般公共预算财政拨款支出决算表不应列出政府性基金预算或国有资本经营预算的科目。',
    basis: '预算分类：政府性基金、国有资本经营预算支出在各自的表中公开。',
    fix: '把这些科目的支出移到政府性基金或国有资本经营预算的表中。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const missing = missingTables(ctx, ['T05']);
    if (missing) return missing;
    const codes = ctx.rows('T05').filter((r) => /^\d+$/.test(r));
    const findings = codes.flatMap((code) => {
      const budget = budgetOf(code);
      if (budget === undefined || budget === GENERAL_BUDGET) return [];
      const sources = ctx
        .facts('T05')
        .filter((f) => f.row === code)
        .map((f) => f.source);
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
