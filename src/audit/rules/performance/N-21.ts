import Big from 'big.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { isSummary, tableFor } from './lib/summaries.js';
import { scoring } from './lib/scoring.js';
import { dec, describe, halfUnit, inYuan, isDecimal, locate, roundsTo, tablesOf, totalLine, unitOf } from './lib/support.js';

/** Two printings of one amount: equal once the finer is rounded to the coarser's precision (in 元 across units). */
function sameAmount(a: string, aUnit: string, b: string, bUnit: string): boolean {
  if (aUnit === bUnit) return roundsTo(dec(a), b) || roundsTo(dec(b), a);
  const [x, y] = [inYuan(a, aUnit), inYuan(b, bUnit)];
  if (!x || !y) return true;
  const slack = (inYuan(halfUnit(a).toFixed(), aUnit) ?? new Big(0)).plus(inYuan(halfUnit(b).toFixed(), bUnit) ?? 0);
  return x.minus(y).abs().lte(slack);
}

export const N_21 = defineRule(
  {
    id: 'N-21',
    family: 'performance',
    severity: 'error',
    title: '项目绩效自评综述的金额、执行率和得分与其自评表一致',
    description: '项目绩效自评综述中的金额、执行率和得分应与该项目的自评表一致。',
    basis: '同一项目的数字在综述和自评表中应一致。',
    fix: '按自评表改正综述中的数字（或核对自评表）。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
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
        const agrees = [dec(table.totalScore), ...(whole.scored ? [whole.score] : [])].some(
          (x) => roundsTo(x, s.totalScore!) || roundsTo(dec(s.totalScore!), x.toFixed()),
        );
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
