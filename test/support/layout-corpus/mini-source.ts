// The built-in fixture document (demo/mini-2024.txt) as facts written out by hand, so the corpus runs without
// ../shared and its truth does not come from the reader under test.
import { cells, type FactInput } from '../disclosure.js';
import type { SourceDocument } from './sources.js';

const amounts = (columns: string[], rows: Record<string, (string | '')[]>): Record<string, Record<string, string>> =>
  Object.fromEntries(Object.entries(rows).map(([row, values]) => [row, Object.fromEntries(values.flatMap((v, i) => (v === '' ? [] : [[columns[i]!, v]])))]));

const SPENDING: Record<string, (string | '')[]> = {
  合计: ['100.00', '70.00', '30.00'],
  '208': ['10.00', '10.00', ''],
  '20805': ['10.00', '10.00', ''],
  '2080505': ['10.00', '10.00', ''],
  '210': ['90.00', '60.00', '30.00'],
  '21015': ['90.00', '60.00', '30.00'],
  '2101501': ['60.00', '60.00', ''],
  '2101502': ['30.00', '', '30.00'],
};
const INCOME = Object.fromEntries(Object.entries(SPENDING).map(([row, [total]]) => [row, [total!, total!]]));

const FACTS: FactInput[] = [
  ...cells('T01', {
    一般公共预算财政拨款收入: { 金额: '100.00' },
    本年收入合计: { 金额: '100.00' },
    收入总计: { 金额: '100.00' },
    '208': { 金额: '10.00' },
    '210': { 金额: '90.00' },
    本年支出合计: { 金额: '100.00' },
    支出总计: { 金额: '100.00' },
  }),
  ...cells('T02', amounts(['本年收入合计', '财政拨款收入'], INCOME)),
  ...cells('T03', amounts(['本年支出合计', '基本支出', '项目支出'], SPENDING)),
  ...cells('T04', {
    一般公共预算财政拨款: { 金额: '100.00' },
    本年收入合计: { 金额: '100.00' },
    收入总计: { 金额: '100.00' },
    '208': { 合计: '10.00', 一般公共预算财政拨款: '10.00' },
    '210': { 合计: '90.00', 一般公共预算财政拨款: '90.00' },
    本年支出合计: { 合计: '100.00', 一般公共预算财政拨款: '100.00' },
    支出总计: { 合计: '100.00', 一般公共预算财政拨款: '100.00' },
  }),
  ...cells('T05', amounts(['小计', '基本支出', '项目支出'], SPENDING)),
  ...cells('T06', {
    '301': { 决算数: '55.00' },
    '30101': { 决算数: '45.00' },
    '30108': { 决算数: '10.00' },
    '302': { 决算数: '15.00' },
    '30201': { 决算数: '15.00' },
    人员经费合计: { 决算数: '55.00' },
    公用经费合计: { 决算数: '15.00' },
  }),
  ...cells('T09', {
    预算数: { 合计: '5.00', 公务用车购置及运行维护费: '5.00', 公务用车运行维护费: '5.00' },
    决算数: { 合计: '4.00', 公务用车购置及运行维护费: '4.00', 公务用车运行维护费: '4.00' },
  }),
  ...cells('T10', { 政府采购合计: { 统计数: '20.00' }, 货物: { 统计数: '20.00' }, 行政单位: { 统计数: '15.00' } }),
  ...cells('T10', { 车辆数合计: { 统计数: '1' }, 其他用车: { 统计数: '1' } }).map((f) => ({ ...f, unit: '辆' })),
];

/** demo/mini-2024.txt: 测试县示例局, 2024, 万元, all ten tables (T07 and T08 without data). */
export const MINI_SOURCE: SourceDocument = {
  id: 'mini',
  department: '测试县示例局',
  year: 2024,
  unit: '万元',
  tables: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10'],
  facts: FACTS.map((f) => ({ ...f, unit: f.unit ?? '万元' })),
};
