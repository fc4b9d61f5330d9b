import Big from 'big.js';
import type { PerformanceEvaluation, PerformanceFunding } from '../../../model/performance.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { organisation } from './lib/organisations.js';
import { describe, halfUnit, inYuan, isDecimal, locate, tablesOf, totalLine, unitOf } from './lib/support.js';

/** Spending stated in the report's own sentences (not in its lists of projects), each figure once. */
function spent(e: PerformanceEvaluation): PerformanceFunding[] {
  const seen = new Set<string>();
  return e.funding.filter((f) => {
    if (f.role !== 'project' || !isDecimal(f.executed) || !/支出|执行|支付/.test(f.quote ?? '')) return false;
    const key = `${f.executed}|${f.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const P_02 = defineRule(
  {
    id: 'P-02',
    family: 'performance',
    severity: 'warning',
    title: '自评报告逐项支出之和与同一单位自评表的全年执行数一致',
    description: '整体自评报告逐项列出的支出之和，通常应与同一单位自评表的全年执行数一致。',
    basis: '通常成立：同一单位的支出在报告和自评表中应一致。',
    fix: '核对报告中的支出明细与自评表，改正或说明差异。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) => {
    const tables = tablesOf(ctx);
    const pairs = ctx.disclosure.performance.flatMap((e) => {
      if (e.kind !== 'report' || e.level !== 'department') return [];
      const org = organisation(e);
      const lines = spent(e);
      if (!org || lines.length < 2) return [];
      const table = tables.find((t) => `${t.title ?? ''}${(t.organisations ?? []).join('')}`.includes(org) && isDecimal(totalLine(t)?.executed));
      return table ? [{ e, lines, table }] : [];
    });
    if (!pairs.length) return notEvaluable('没有可与同一单位自评表对照的整体自评报告');
    const findings = pairs.flatMap(({ e, lines, table }) => {
      const total = totalLine(table)!;
      const tableUnit = unitOf(table, total);
      const sum = lines.reduce((s, l) => s.plus(inYuan(l.executed!, unitOf(e, l)) ?? 0), new Big(0));
      const printed = inYuan(total.executed!, tableUnit)!;
      const slack = inYuan(halfUnit(total.executed!).toFixed(), tableUnit)!.plus(
        lines.reduce((s, l) => s.plus(inYuan(halfUnit(l.executed!).toFixed(), unitOf(e, l)) ?? 0), new Big(0)),
      );
      if (sum.minus(printed).abs().lte(slack)) return [];
      const reportUnit = unitOf(e, lines[0]);
      const shown =
        reportUnit === tableUnit
          ? `${sum.toFixed()} ${reportUnit}`
          : `${sum.div(inYuan('1', reportUnit)!).toFixed()} ${reportUnit}（${sum.div(inYuan('1', tableUnit)!).toFixed(2)} ${tableUnit}）`;
      return [
        makeFinding(rule, {
          message: `${describe(e)}：逐项列示的实际支出合计 ${shown}，与《${describe(table)}》全年执行数 ${total.executed} ${tableUnit} 不一致（相差 ${sum.minus(printed).abs().div(inYuan('1', reportUnit)!).toFixed()} ${reportUnit}）`,
          location: locate(e, lines.map((l) => l.executed).join(' + ')),
          expected: total.executed!,
          actual: sum.div(inYuan('1', tableUnit)!).toFixed(),
          sources: [...lines.map((l) => l.source), total.source],
        }),
      ];
    });
    return { checks: pairs.length, findings };
  },
);
