// P-02 What a unit's 整体 自评 report spends item by item adds up to the 全年执行数 of the 自评表 it published for the
// same unit (usually: the report may list items outside the table's scope). Seed 003: the 医保中心 report's items sum
// to 17,834,423.02元 while its 特定项目 table executes 1,782.44万元.
import Big from 'big.js';
import type { PerformanceEvaluation, PerformanceFunding } from '../../../model/performance.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { describe, halfUnit, inYuan, isDecimal, locate, tablesOf, totalLine, unitOf } from './support.js';

/** The organisation a report is about: its title without year and the 整体支出…报告 words. */
export function organisation(e: PerformanceEvaluation): string | undefined {
  const name = (e.title ?? e.name)
    .replace(/^\d{4}年度?/, '')
    .replace(/(部门|单位)?(整体支出)?绩效.*$/, '')
    .replace(/部门$/, '');
  return name.length >= 4 ? name : undefined;
}

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

export const reportVsTableRule = defineRule(
  { id: 'P-02', family: 'performance', severity: 'warning', title: '自评报告逐项支出之和与同一单位自评表的全年执行数一致' },
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
      const slack = inYuan(halfUnit(total.executed!).toFixed(), tableUnit)!.plus(lines.reduce((s, l) => s.plus(inYuan(halfUnit(l.executed!).toFixed(), unitOf(e, l)) ?? 0), new Big(0)));
      if (sum.minus(printed).abs().lte(slack)) return [];
      const reportUnit = unitOf(e, lines[0]);
      const shown = reportUnit === tableUnit ? `${sum.toFixed()} ${reportUnit}` : `${sum.div(inYuan('1', reportUnit)!).toFixed()} ${reportUnit}（${sum.div(inYuan('1', tableUnit)!).toFixed(2)} ${tableUnit}）`;
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
