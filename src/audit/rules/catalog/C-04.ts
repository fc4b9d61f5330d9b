import Big from 'big.js';
import { printedDecimals } from '../../../model/decimal.js';
import type { Fact } from '../../../model/fact.js';
import { TERMS as T } from '../../../model/glossary.js';
import type { AuditContext } from '../../context.js';
import { defineRule, makeFinding, missingTables } from '../../engine.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { rowName, tableName } from '../../naming.js';
import { roundingTolerance } from '../../tolerance.js';

const LINKS: ReadonlyArray<{ economic: readonly string[]; functional: readonly string[] }> = [
  { economic: ['30108'], functional: ['2080505'] },
  { economic: ['30109'], functional: ['2080506'] },
  { economic: ['30113'], functional: ['2210201'] },
  { economic: ['30301', '30302'], functional: ['2080501', '2080502'] },
  // 21011 行政事业单位医疗 as a whole: its 项 split (行政/事业单位医疗, 公务员医疗补助) varies by unit type.
  { economic: ['30110', '30111', '30307'], functional: ['21011'] },
];

const T05 = tableName('T05');

const T06 = tableName('T06');

/** "30110 职工基本医疗保险缴费 196251.06 + 30111 公务员医疗补助缴费 17306.97 = 213558.03". */
function describe(ctx: AuditContext, facts: readonly Fact[], sum: Big): string {
  const dp = Math.max(0, ...facts.map((f) => printedDecimals(f.value)));
  const terms = facts.map((f) => `${rowName(ctx, f.table, f.row)} ${f.value}`).join(' + ');
  return facts.length > 1 ? `${terms} = ${sum.toFixed(dp)}` : terms;
}

const total = (facts: readonly Fact[]): Big => facts.reduce((s, f) => s.plus(f.value), new Big(0));

export const C_04 = defineRule(
  {
    id: 'C-04',
    family: 'catalog',
    severity: 'warning',
    title: '基本支出经济科目与对应功能科目的基本支出相符',
    description: '基本支出明细表中的社会保险缴费、住房公积金等经济科目，通常应在一般公共预算财政拨款支出决算表对应的功能科目下有基本支出。',
    basis: '通常成立：如30108机关事业单位基本养老保险缴费对应2080505，30113住房公积金对应2210201；部分地区在行政运行中列支。',
    fix: '核对经济科目和功能科目的对应关系，改正归错的科目。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const missing = missingTables(ctx, ['T05', 'T06']);
    if (missing) return missing;
    let checks = 0;
    const findings = LINKS.flatMap(({ economic, functional }) => {
      const lines = economic.flatMap((code) => ctx.fact({ table: 'T06', row: code, column: T.finalAmount }) ?? []);
      const items = functional.flatMap((code) => ctx.fact({ table: 'T05', row: code, column: T.basicExpenditure }) ?? []);
      if (!lines.length && !items.length) return [];
      checks++;
      const [e, f] = [total(lines), total(items)];
      const difference = e.minus(f);
      if (difference.eq(0)) return [];
      const shown = lines.filter((l) => !new Big(l.value).eq(0));
      const anchor = shown[0] ?? lines[0];
      const location = anchor
        ? { table: 'T06' as const, row: anchor.row, column: T.finalAmount }
        : { table: 'T05' as const, row: functional[0] ?? '', column: T.basicExpenditure };
      const values = [...lines, ...items].map((x) => x.value);
      const dp = Math.max(0, ...values.map(printedDecimals));
      const tolerance = roundingTolerance(values, lines[0]?.unit ?? items[0]?.unit ?? '');
      const functionalText = functional.map((c) => rowName(ctx, 'T05', c)).join('、');
      const base = {
        location,
        expected: f.toFixed(dp),
        actual: e.toFixed(dp),
        difference: difference.toFixed(dp),
        tolerance: tolerance.toFixed(dp),
        sources: [...lines, ...items].map((x) => x.source),
      };
      if (f.eq(0)) {
        return [makeFinding(rule, { ...base, message: `${T06} ${describe(ctx, shown, e)}，但${T05}中 ${functionalText} 没有基本支出` })];
      }
      const itemsText = `${T05} ${describe(ctx, items, f)}（基本支出）`;
      const message = e.eq(0)
        ? `${itemsText}，但${T06}中没有对应的经济科目 ${economic.join('、')}`
        : `${T06} ${describe(ctx, lines, e)}，${itemsText}，两者通常相等，相差 ${difference.toFixed(dp)}${difference.abs().lte(tolerance) ? `，在${T.roundingDifference}容许范围（${tolerance.toFixed(dp)}）内` : ''}`;
      return [makeFinding(rule, { ...base, severity: 'info', message })];
    });
    return { checks, findings };
  },
);
