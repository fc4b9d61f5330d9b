// N-21 A project's 综述 in the 情况说明 repeats its 自评表 (always): 全年预算数, 执行数, 执行率 and 得分 agree, the table's
// figures rounded to the precision the text prints. The table is found by the project's name; a name that could mean
// several tables (城乡医疗救助 among the 中央/省级/县级 医疗救助 tables) is not compared.
import Big from 'big.js';
import type { PerformanceEvaluation } from '../../../model/performance.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { scoring } from './scoring.js';
import { dec, describe, halfUnit, inYuan, isDecimal, locate, matchByName, roundsTo, tablesOf, totalLine, unitOf } from './support.js';

export const isSummary = (e: PerformanceEvaluation): boolean => e.kind === 'report' && (e.title?.endsWith('综述') ?? false);

/** The 自评表 a 综述 is about, if its name points at exactly one. */
export function tableFor(summary: PerformanceEvaluation, tables: readonly PerformanceEvaluation[]): PerformanceEvaluation | undefined {
  return matchByName(summary.name, tables.filter((t) => t.level === summary.level));
}

/** Two printings of one amount: equal once the finer is rounded to the coarser's precision (in 元 across units). */
function sameAmount(a: string, aUnit: string, b: string, bUnit: string): boolean {
  if (aUnit === bUnit) return roundsTo(dec(a), b) || roundsTo(dec(b), a);
  const [x, y] = [inYuan(a, aUnit), inYuan(b, bUnit)];
  if (!x || !y) return true;
  const slack = (inYuan(halfUnit(a).toFixed(), aUnit) ?? new Big(0)).plus(inYuan(halfUnit(b).toFixed(), bUnit) ?? 0);
  return x.minus(y).abs().lte(slack);
}

export const summaryVsTableRule = defineRule(
  { id: 'N-21', family: 'performance', severity: 'error', title: '项目绩效自评综述的金额、执行率和得分与其自评表一致' },
  (ctx, rule) => {
    const summaries = ctx.disclosure.performance.filter(isSummary);
    if (!summaries.length) return notEvaluable('情况说明中没有项目绩效自评综述');
    const tables = tablesOf(ctx);
    if (!tables.length) return notEvaluable('文件中没有可识别的绩效自评表');
    let checks = 0;
    const findings = summaries.flatMap((s) => {
      const table = tableFor(s, tables);
      if (!table) return [];
      checks++;
      const said = totalLine(s);
      const printed = totalLine(table);
      const differences: string[] = [];
      const expected: string[] = [];
      const actual: string[] = [];
      const amount = (key: 'annualBudget' | 'executed', name: string) => {
        const a = said?.[key];
        const b = printed?.[key];
        if (!isDecimal(a) || !isDecimal(b) || sameAmount(a, unitOf(s, said), b, unitOf(table, printed))) return;
        differences.push(`${name}综述为 ${a} ${unitOf(s, said)}，自评表为 ${b} ${unitOf(table, printed)}`);
        expected.push(b);
        actual.push(a);
      };
      amount('annualBudget', '全年预算数');
      amount('executed', '执行数');
      const rate = said?.rate;
      if (isDecimal(rate) && isDecimal(printed?.rate) && !roundsTo(dec(printed.rate), rate) && !roundsTo(dec(rate), printed.rate)) {
        differences.push(`执行率综述为 ${rate}%，自评表为 ${printed.rate}%`);
        expected.push(printed.rate);
        actual.push(rate);
      }
      if (isDecimal(s.totalScore) && isDecimal(table.totalScore)) {
        const whole = scoring(table);
        const agrees = [dec(table.totalScore), ...(whole.scored ? [whole.score] : [])].some((x) => roundsTo(x, s.totalScore!) || roundsTo(dec(s.totalScore!), x.toFixed()));
        if (!agrees) {
          differences.push(`得分综述为 ${s.totalScore} 分，自评表总分为 ${table.totalScore} 分`);
          expected.push(table.totalScore);
          actual.push(s.totalScore);
        }
      }
      if (!differences.length) return [];
      return [
        makeFinding(rule, {
          message: `${describe(s)}与《${describe(table)}》不一致：${differences.join('；')}`,
          location: locate(s, said?.quote ?? s.texts[0]?.text.slice(0, 80)),
          expected: expected.join('；'),
          actual: actual.join('；'),
          sources: [s.source, ...(printed ? [printed.source] : [table.source])],
        }),
      ];
    });
    if (!checks) return notEvaluable('综述所述项目与自评表无法一一对应');
    return { checks, findings };
  },
);
