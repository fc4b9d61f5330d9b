// Two small 部门预算 packages on which every budget rule holds, for rule tests to break one cell at a time: one in
// 江苏's form (万元; 金额 columns only, labelled 收入预算总表, one-row 支出预算总表, 公开01–12), one in 上海's (元;
// tables by function with 基本支出 and 项目支出, 财政拨款 columns by budget type, nine tables).
import type { TableId } from '../../src/model/table-id.js';
import { cells, type DisclosureInput, type FactInput } from './disclosure.js';

/** 江苏: 100.00 万元 of 一般公共预算, 201 70.00 (project 38.00 + reserve 2.00 + basic 30.00), 208 20.00, 221 10.00. */
const JIANGSU_FUNCTIONS: Record<string, Record<string, string>> = {
  合计: { 合计: '100.00' },
  '201': { 合计: '70.00' },
  '20101': { 合计: '70.00' },
  '2010101': { 合计: '50.00' },
  '2010102': { 合计: '20.00' },
  '208': { 合计: '20.00' },
  '20805': { 合计: '20.00' },
  '2080505': { 合计: '20.00' },
  '221': { 合计: '10.00' },
  '22102': { 合计: '10.00' },
  '2210201': { 合计: '10.00' },
};
const JIANGSU_BASIC: Record<string, Record<string, string>> = {
  合计: { 合计: '60.00' },
  '301': { 合计: '45.00' },
  '30101': { 合计: '30.00' },
  '30102': { 合计: '15.00' },
  '302': { 合计: '15.00' },
  '30201': { 合计: '10.00' },
  '30231': { 合计: '5.00' },
};

export const JIANGSU_FACTS: readonly FactInput[] = [
  ...cells('B01', {
    财政拨款收入: { 金额: '100.00' },
    一般公共预算: { 金额: '100.00' },
    本年收入合计: { 金额: '100.00' },
    收入总计: { 金额: '100.00' },
    '201': { 金额: '70.00' },
    '208': { 金额: '20.00' },
    '221': { 金额: '10.00' },
    基本支出: { 金额: '60.00' },
    项目支出: { 金额: '38.00' },
    单位预留机动经费: { 金额: '2.00' },
    本年支出合计: { 金额: '100.00' },
    支出总计: { 金额: '100.00' },
  }),
  ...cells('B02', { 收入总计: { 金额: '100.00' }, 一般公共预算资金: { 金额: '100.00' }, '一般公共预算资金.公共财政拨款（补助）资金': { 金额: '100.00' } }),
  ...cells('B03', { 合计: { 合计: '100.00', 基本支出: '60.00', 项目支出: '38.00', 单位预留机动经费: '2.00' } }),
  ...cells('B04', {
    一般公共预算: { 金额: '100.00' },
    收入总计: { 金额: '100.00' },
    基本支出: { 合计: '60.00' },
    项目支出: { 合计: '38.00' },
    单位预留机动经费: { 合计: '2.00' },
    支出总计: { 合计: '100.00' },
  }),
  ...cells('B05', JIANGSU_FUNCTIONS),
  ...cells('B06', JIANGSU_BASIC),
  ...cells('B07', JIANGSU_FUNCTIONS),
  ...cells('B08', JIANGSU_BASIC),
  ...cells('B09', {
    预算数: { '“三公”经费、会议费、培训费合计': '4.00', 合计: '3.00', 公务用车购置及运行维护费: '2.00', 公务用车运行维护费: '2.00', 公务接待费: '1.00', 会议费: '0.50', 培训费: '0.50' },
  }),
  ...cells('B12', { 合计: { 合计: '15.00' }, '302': { 合计: '15.00' }, '30201': { 合计: '10.00' }, '30231': { 合计: '5.00' } }),
  ...cells('B13', {
    合计: { 金额: '8.00' },
    货物: { 金额: '3.00' },
    '货物.办公设备购置费.办公设备购置': { 金额: '3.00' },
    '货物.办公设备购置费.办公设备购置.台式计算机.分散自行组织': { 金额: '3.00' },
    服务: { 金额: '5.00' },
    '服务.物业费.物业管理费': { 金额: '5.00' },
    '服务.物业费.物业管理费.物业管理服务.分散自行组织': { 金额: '5.00' },
  }),
];

export const jiangsuBudget = (overrides: Partial<DisclosureInput> = {}): DisclosureInput => ({
  facts: [...JIANGSU_FACTS],
  tables: ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B12', 'B13'],
  kind: '部门预算',
  year: 2018,
  department: '江苏省示例厅',
  region: '江苏省',
  ...overrides,
});

/** 上海: 1000 元 of 一般公共预算; 201 700 (basic 300, project 400), 208 300 (basic). */
const SHANGHAI_SPENDING: Record<string, Record<string, string>> = {
  合计: { 合计: '1000', 基本支出: '600', 项目支出: '400' },
  '201': { 合计: '700', 基本支出: '300', 项目支出: '400' },
  '20101': { 合计: '700', 基本支出: '300', 项目支出: '400' },
  '2010101': { 合计: '700', 基本支出: '300', 项目支出: '400' },
  '208': { 合计: '300', 基本支出: '300', 项目支出: '0' },
  '20805': { 合计: '300', 基本支出: '300', 项目支出: '0' },
  '2080505': { 合计: '300', 基本支出: '300', 项目支出: '0' },
};

export const SHANGHAI_FACTS: readonly FactInput[] = [
  ...cells('B01', { 财政拨款收入: { 金额: '1000' }, 一般公共预算: { 金额: '1000' }, 收入总计: { 金额: '1000' }, '201': { 金额: '700' }, '208': { 金额: '300' }, 支出总计: { 金额: '1000' } }),
  ...cells(
    'B02',
    Object.fromEntries(Object.entries(SHANGHAI_SPENDING).map(([row, c]) => [row, { 合计: c['合计']!, 财政拨款收入: c['合计']!, 事业收入: '0' }])),
  ),
  ...cells('B03', SHANGHAI_SPENDING),
  ...cells('B04', {
    一般公共预算: { 金额: '1000' },
    收入总计: { 金额: '1000' },
    '201': { 合计: '700', 一般公共预算: '700' },
    '208': { 合计: '300', 一般公共预算: '300' },
    支出总计: { 合计: '1000', 一般公共预算: '1000' },
  }),
  ...cells('B07', SHANGHAI_SPENDING),
  ...cells('B08', {
    合计: { 合计: '600', 人员经费: '500', 公用经费: '100' },
    '301': { 合计: '500', 人员经费: '500', 公用经费: '0' },
    '30101': { 合计: '500', 人员经费: '500', 公用经费: '0' },
    '302': { 合计: '100', 人员经费: '0', 公用经费: '100' },
    '30201': { 合计: '100', 人员经费: '0', 公用经费: '100' },
  }),
  ...cells('B09', { 预算数: { 合计: '0.95', 公务接待费: '0.95', 机关运行经费: '229.43' } }).map((f) => ({ ...f, unit: '万元' })),
];

export const shanghaiBudget = (overrides: Partial<DisclosureInput> = {}): DisclosureInput => ({
  facts: [...SHANGHAI_FACTS],
  tables: ['B01', 'B02', 'B03', 'B04', 'B07', 'B08', 'B09', 'B10', 'B11'],
  unit: '元',
  kind: '部门预算',
  year: 2024,
  department: '上海市普陀区示例局',
  region: '上海市普陀区',
  ...overrides,
});

/**
 * 上海's package with `table` printed as a copy of `like` (a 财政拨款 or fund table shaped like the general
 * budget's), for rules over tables 上海's nine do not include.
 */
export function shanghaiWith(table: TableId, like: TableId): DisclosureInput {
  const base = shanghaiBudget();
  const copy = base.facts.filter((f) => f.table === like).map((f) => ({ ...f, table }));
  return { ...base, facts: [...base.facts.filter((f) => f.table !== table), ...copy], tables: [...new Set([...base.tables!, table])] };
}
