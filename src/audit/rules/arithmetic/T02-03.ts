import { functionLevel, parentCode } from '../../../catalog/function-codes.js';
import { defineRule, makeFinding, missingTables } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { rowName, tableName } from '../../naming.js';

export const T02_03 = defineRule(
  {
    id: 'T02-03',
    family: 'arithmetic',
    severity: 'error',
    title: '收入决算表每个项、款科目都列出了其上级款、类',
    description: '收入决算表中每个项级、款级科目，其上级款、类科目也应列出。',
    basis: '功能分类按类、款、项逐级列示，下级科目不能脱离上级单独出现。',
    fix: '补列缺少的上级科目行，或核对科目代码是否写错。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const missing = missingTables(ctx, ['T02']);
    if (missing) return missing;
    const rows = ctx.rows('T02');
    const children = rows.filter((r) => /^\d+$/.test(r) && parentCode(r) !== undefined && functionLevel(r) !== undefined);
    const findings = children.flatMap((code) => {
      const parent = parentCode(code);
      if (parent === undefined || rows.includes(parent)) return [];
      const source = ctx.tableInfo('T02')?.codes.find((c) => c.code === code)?.source ?? ctx.facts('T02').find((f) => f.row === code)?.source;
      return [
        makeFinding(rule, {
          message: `${tableName('T02')} 列有 ${rowName(ctx, 'T02', code)}，但没有列出其上级科目 ${parent}`,
          location: { table: 'T02', row: code },
          sources: source ? [source] : [],
        }),
      ];
    });
    return { checks: children.length, findings };
  },
);
