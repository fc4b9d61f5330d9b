// 公开02 收入决算表: each row's 本年收入合计 is the sum of the income types, every column adds up the
// classification hierarchy, and every 项/款 is shown under its 款/类 (consistency-rules.md §1 T02).
import { functionLevel, parentCode } from '../../../catalog/function-codes.js';
import { TERMS as T } from '../../../model/glossary.js';
import { defineRule, makeFinding, missingTables, type Rule } from '../../engine.js';
import { functionHierarchy, rowSums } from '../../generators.js';
import { identityRule } from '../../identity.js';
import { rowName, tableName } from '../../naming.js';

const INCOME_TYPES = [T.fiscalAppropriationIncome, T.superiorSubsidyIncome, T.businessIncome, T.operatingIncome, T.subordinateRemittanceIncome, T.otherIncome];

export const T02_RULES: Rule[] = [
  identityRule({
    id: 'T02-01',
    family: 'arithmetic',
    severity: 'error',
    title: '收入决算表各行本年收入合计等于各项收入之和',
    tables: ['T02'],
    identities: (ctx) => rowSums(ctx, 'T02', T.currentYearIncome, INCOME_TYPES),
  }),
  identityRule({
    id: 'T02-02',
    family: 'arithmetic',
    severity: 'error',
    title: '收入决算表各栏合计、类、款分别等于其下级科目之和',
    tables: ['T02'],
    identities: (ctx) => functionHierarchy(ctx, 'T02', [T.currentYearIncome, ...INCOME_TYPES]),
  }),
  defineRule(
    { id: 'T02-03', family: 'arithmetic', severity: 'error', title: '收入决算表每个项、款科目都列出了其上级款、类' },
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
  ),
];
