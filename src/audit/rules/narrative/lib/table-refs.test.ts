import { describe, expect, it } from 'vitest';
import { buildDisclosure, cells } from '../../../../../test/support/disclosure.js';
import { createContext } from '../../../context.js';
import { tableRef, tableValue } from './table-refs.js';

describe('where the tables print a claim’s figure', () => {
  it('maps subject, scope and measure to cells', () => {
    expect(tableRef('收入总计', '全部资金', 'amount')?.cells).toEqual([{ table: 'T01', row: '收入总计', column: '金额' }]);
    expect(tableRef('本年支出合计', '一般公共预算', 'amount')?.cells).toEqual([{ table: 'T05', row: '合计', column: '小计' }]);
    expect(tableRef('功能:2101501', '一般公共预算', 'amount')?.cells).toEqual([{ table: 'T05', row: '2101501', column: '小计' }]);
    expect(tableRef('三公:公务用车运行维护费', '财政拨款', 'budget')?.cells).toEqual([{ table: 'T09', row: '预算数', column: '公务用车运行维护费' }]);
    expect(tableRef('机关运行经费', undefined, 'amount')?.cells).toHaveLength(2);
    expect(tableRef('三公:保有量', '财政拨款', 'count')).toBeUndefined();
    expect(tableRef('收入总计', '全部资金', 'change')).toBeUndefined();
  });

  it('reads blank cells of printed tables as 0 and absent tables as unknown', () => {
    const ctx = createContext(buildDisclosure({ facts: cells('T10', { 行政单位: { 统计数: '4.14' } }) }));
    expect(tableValue(ctx, tableRef('机关运行经费', undefined, 'amount')!)?.amount.toFixed()).toBe('41400');
    expect(tableValue(ctx, tableRef('政府采购:工程', undefined, 'amount')!)?.amount.toFixed()).toBe('0');
    expect(tableValue(ctx, tableRef('收入总计', '全部资金', 'amount')!)).toBeUndefined();
  });
});
