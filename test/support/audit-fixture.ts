// A small 部门决算 package (万元) on which every table rule holds, for rule tests to break one cell at a time.
// Spending: 2080505 养老保险缴费 10.00 (basic), 2101501 行政运行 60.00 (basic), 2101502 一般行政管理事务 30.00
// (project), 2210201 住房公积金 5.00 (basic) — 105.00 in all, all 一般公共预算.
import { runRules, type Rule } from '../../src/audit/engine.js';
import type { Analysis } from '../../src/model/analysis.js';
import { createContext } from '../../src/audit/context.js';
import { TABLE_IDS } from '../../src/model/table-id.js';
import { buildDisclosure, cells, type DisclosureInput, type FactInput } from './disclosure.js';

/** Function rows: [total, basic, project]; '' = blank. */
const SPENDING: Record<string, readonly [string, string, string]> = {
  合计: ['105.00', '75.00', '30.00'],
  '208': ['10.00', '10.00', ''],
  '20805': ['10.00', '10.00', ''],
  '2080505': ['10.00', '10.00', ''],
  '210': ['90.00', '60.00', '30.00'],
  '21015': ['90.00', '60.00', '30.00'],
  '2101501': ['60.00', '60.00', ''],
  '2101502': ['30.00', '', '30.00'],
  '221': ['5.00', '5.00', ''],
  '22102': ['5.00', '5.00', ''],
  '2210201': ['5.00', '5.00', ''],
};

function byRow(columns: readonly string[], pick: (amounts: readonly [string, string, string]) => readonly string[]): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(SPENDING).map(([row, amounts]) => [row, Object.fromEntries(columns.flatMap((c, i) => (pick(amounts)[i] ? [[c, pick(amounts)[i] ?? '']] : [])))]),
  );
}

const coded = (total: string, basic: string, project: string) => byRow([total, basic, project], (a) => a);
const income = (column: string) => byRow(['本年收入合计', column], ([total]) => [total, total]);

export const CONSISTENT_FACTS: readonly FactInput[] = [
  ...cells('T01', {
    一般公共预算财政拨款收入: { 金额: '105.00' },
    本年收入合计: { 金额: '105.00' },
    收入总计: { 金额: '105.00' },
    '208': { 金额: '10.00' },
    '210': { 金额: '90.00' },
    '221': { 金额: '5.00' },
    本年支出合计: { 金额: '105.00' },
    支出总计: { 金额: '105.00' },
  }),
  ...cells('T02', income('财政拨款收入')),
  ...cells('T03', coded('本年支出合计', '基本支出', '项目支出')),
  ...cells('T04', {
    一般公共预算财政拨款: { 金额: '105.00' },
    本年收入合计: { 金额: '105.00' },
    收入总计: { 金额: '105.00' },
    '208': { 合计: '10.00', 一般公共预算财政拨款: '10.00' },
    '210': { 合计: '90.00', 一般公共预算财政拨款: '90.00' },
    '221': { 合计: '5.00', 一般公共预算财政拨款: '5.00' },
    本年支出合计: { 合计: '105.00', 一般公共预算财政拨款: '105.00' },
    支出总计: { 合计: '105.00', 一般公共预算财政拨款: '105.00' },
  }),
  ...cells('T05', coded('小计', '基本支出', '项目支出')),
  ...cells('T06', {
    '301': { 决算数: '70.00' },
    '30101': { 决算数: '55.00' },
    '30108': { 决算数: '10.00' },
    '30113': { 决算数: '5.00' },
    人员经费合计: { 决算数: '70.00' },
    '302': { 决算数: '5.00' },
    '30201': { 决算数: '3.00' },
    '30231': { 决算数: '2.00' },
    公用经费合计: { 决算数: '5.00' },
  }),
  ...cells('T09', {
    预算数: { 合计: '3.00', 公务用车购置及运行维护费: '2.00', 公务用车运行维护费: '2.00', 公务接待费: '1.00' },
    决算数: { 合计: '2.00', 公务用车购置及运行维护费: '2.00', 公务用车运行维护费: '2.00' },
  }),
  ...cells('T10', {
    政府采购合计: { 统计数: '8.00' },
    货物: { 统计数: '3.00' },
    服务: { 统计数: '5.00' },
    行政单位: { 统计数: '4.00' },
    车辆数合计: { 统计数: '1' },
    机要通信用车: { 统计数: '1' },
  }),
];

/** The consistent package with T07 and T08 printed empty (with their 本表无数据 notes). */
export const consistentPackage = (overrides: Partial<DisclosureInput> = {}): DisclosureInput => ({
  facts: [...CONSISTENT_FACTS],
  tables: [...TABLE_IDS],
  ...overrides,
});

type CellKey = readonly [table: FactInput['table'], row: string, column: string];

/** The package with one cell changed, added (when absent) or, with `undefined`, blanked. */
export function changed(input: DisclosureInput, [table, row, column]: CellKey, value: string | undefined): DisclosureInput {
  const same = (f: FactInput): boolean => f.table === table && f.row === row && f.column === column;
  const others = input.facts.filter((f) => !same(f));
  return { ...input, facts: value === undefined ? others : [...others, { table, row, column, value }] };
}

/** Run some rules over a fixture, as the audit would. */
export const auditWith = (rules: readonly Rule[], input: DisclosureInput): Omit<Analysis, 'disclosure'> => runRules(rules, createContext(buildDisclosure(input)));

/** Findings of one rule (also those it shares with an earlier rule), and whether it passed, failed or could not run. */
export function ruleResult(result: Omit<Analysis, 'disclosure'>, rule: string) {
  const findings = result.findings.filter((f) => f.rule === rule || f.alsoReportedBy?.includes(rule));
  const notEvaluable = result.summary.notEvaluable.find((n) => n.rule === rule)?.reason;
  return { findings, failures: findings.filter((f) => f.severity !== 'info'), notEvaluable };
}
