// A small, internally consistent package (as facts) for the drafting unit tests: 万元, all money 财政拨款,
// one class with two items, 三公 with a vehicle, 公开10 filled. Tests override what they need.
import type { Disclosure } from '../../src/model/disclosure.js';
import type { TableId } from '../../src/model/table-id.js';
import { buildDisclosure, cells, type FactInput } from './disclosure.js';

export const FIXTURE_FACTS: FactInput[] = [
  ...cells('T01', {
    一般公共预算财政拨款收入: { 金额: '100.00' },
    本年收入合计: { 金额: '100.00' },
    年初结转和结余: { 金额: '5.00' },
    收入总计: { 金额: '105.00' },
    '208': { 金额: '10.00' },
    '210': { 金额: '90.00' },
    本年支出合计: { 金额: '100.00' },
    年末结转和结余: { 金额: '5.00' },
    支出总计: { 金额: '105.00' },
  }),
  ...cells('T02', { 合计: { 本年收入合计: '100.00', 财政拨款收入: '100.00' } }),
  ...cells('T03', { 合计: { 本年支出合计: '100.00', 基本支出: '70.00', 项目支出: '30.00' } }),
  ...cells('T04', {
    一般公共预算财政拨款: { 金额: '100.00' },
    本年收入合计: { 金额: '100.00' },
    年初财政拨款结转和结余: { 金额: '5.00' },
    收入总计: { 金额: '105.00' },
    本年支出合计: { 合计: '100.00', 一般公共预算财政拨款: '100.00' },
    年末财政拨款结转和结余: { 合计: '5.00' },
    支出总计: { 合计: '105.00', 一般公共预算财政拨款: '105.00' },
  }),
  ...cells('T05', {
    合计: { 小计: '100.00', 基本支出: '70.00', 项目支出: '30.00' },
    '208': { 小计: '10.00', 基本支出: '10.00' },
    '20805': { 小计: '10.00', 基本支出: '10.00' },
    '2080505': { 小计: '10.00', 基本支出: '10.00' },
    '210': { 小计: '90.00', 基本支出: '60.00', 项目支出: '30.00' },
    '21015': { 小计: '90.00', 基本支出: '60.00', 项目支出: '30.00' },
    '2101501': { 小计: '60.00', 基本支出: '60.00' },
    '2101502': { 小计: '30.00', 项目支出: '30.00' },
  }),
  ...cells('T06', {
    '301': { 决算数: '55.00' },
    '30101': { 决算数: '45.00' },
    '30108': { 决算数: '10.00' },
    '302': { 决算数: '15.00' },
    '30201': { 决算数: '9.00' },
    '30231': { 决算数: '6.00' },
    人员经费合计: { 决算数: '55.00' },
    公用经费合计: { 决算数: '15.00' },
  }),
  ...cells('T09', {
    预算数: { 合计: '8.00', 公务用车购置及运行维护费: '6.00', 公务用车运行维护费: '6.00', 公务接待费: '2.00' },
    决算数: { 合计: '6.00', 公务用车购置及运行维护费: '6.00', 公务用车运行维护费: '6.00' },
  }),
  ...cells('T10', {
    政府采购合计: { 统计数: '20.00' },
    货物: { 统计数: '20.00' },
    行政单位: { 统计数: '12.00' },
    车辆数合计: { 统计数: '1' },
    其他用车: { 统计数: '1' },
  }),
];

export const FIXTURE_TABLES: TableId[] = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10'];

/** The fixture package, with facts replaced or added (same table/row/column) and tables left out. */
export function draftFixture(options: { facts?: FactInput[]; without?: TableId[]; unit?: string; year?: number } = {}): Disclosure {
  const key = (f: FactInput) => `${f.table}|${f.row}|${f.column}`;
  const replaced = new Map((options.facts ?? []).map((f) => [key(f), f]));
  const facts = [...FIXTURE_FACTS.filter((f) => !replaced.has(key(f))), ...replaced.values()].filter((f) => !options.without?.includes(f.table));
  const disclosure = buildDisclosure({
    facts,
    tables: FIXTURE_TABLES.filter((t) => !options.without?.includes(t)),
    year: options.year ?? 2024,
    ...(options.unit ? { unit: options.unit } : {}),
  });
  return { ...disclosure, document: { ...disclosure.document, department: '测试县示例局' } };
}
