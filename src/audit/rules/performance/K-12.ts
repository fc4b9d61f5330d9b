import Big from 'big.js';
import { TERMS } from '../../../model/glossary.js';
import type { PerformanceEvaluation } from '../../../model/performance.js';
import type { AuditContext } from '../../context.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { describe, halfUnit, inYuan, isDecimal, locate, totalLine, unitOf } from './lib/support.js';

function spending(ctx: AuditContext) {
  return (
    ctx.fact({ table: 'T01', row: TERMS.currentYearExpenditure, column: TERMS.amount }) ??
    ctx.fact({ table: 'T03', row: TERMS.total, column: TERMS.currentYearExpenditure })
  );
}

export const K_12 = defineRule(
  {
    id: 'K-12',
    family: 'performance',
    severity: 'warning',
    title: '部门整体支出绩效自评的全年执行数与决算本年支出合计一致',
    description: '部门整体支出绩效自评的全年执行数通常应与决算的本年支出合计一致。',
    basis: '通常成立：整体自评与决算口径相同时两者相等；含转拨资金时需说明口径。',
    fix: '核对整体自评的资金口径，改正或说明差异。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const evaluations = ctx.disclosure.performance.filter((e) => e.level === 'department' && isDecimal(totalLine(e)?.executed));
    if (!evaluations.length) return notEvaluable('没有列出全年执行数的部门整体支出绩效自评');
    const fact = spending(ctx);
    if (!fact) return notEvaluable(`文件中没有《${tableName('T01')}》本年支出合计`);
    const accounts = new Big(fact.yuan ?? fact.value);
    const findings = evaluations.flatMap((e: PerformanceEvaluation) => {
      const line = totalLine(e)!;
      const unit = unitOf(e, line);
      const executed = inYuan(line.executed!, unit);
      if (!executed) return [];
      // Both figures carry the rounding of their own printed precision.
      const tolerance = (inYuan(halfUnit(line.executed!).toFixed(), unit) ?? new Big(0)).plus(inYuan(halfUnit(fact.value).toFixed(), fact.unit) ?? 0);
      const difference = executed.minus(accounts);
      if (difference.abs().lte(tolerance)) return [];
      const over = difference.gt(0);
      const shown = `${line.executed} ${unit}`;
      return [
        makeFinding(rule, {
          severity: over ? 'error' : 'warning',
          message:
            `${describe(e)}：全年执行数 ${shown}，而决算本年支出合计（${tableName(fact.table)}）为 ${fact.value} ${fact.unit}` +
            (over ? '；自评所称执行数超过部门全年实际支出，口径与决算不一致（可能含不在本部门决算中的转拨资金）' : '；自评范围小于部门全部支出，请说明口径'),
          location: locate(e, line.quote ?? `全年执行数 ${line.executed}`),
          expected: fact.value,
          actual: line.executed!,
          sources: [line.source, fact.source],
        }),
      ];
    });
    return { checks: evaluations.length, findings };
  },
);
