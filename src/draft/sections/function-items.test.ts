import { describe, expect, it } from 'vitest';
import { chainLabel, classRows, leafRows } from './function-items.js';

describe('function items', () => {
  const rows = [
    { code: '210', name: '卫生健康支出' },
    { code: '21015', name: '医疗保障管理事务' },
    { code: '2101501', name: '行政运行' },
    { code: '221', name: '住房保障支出' },
  ];

  it('finds the deepest printed rows and the classes', () => {
    expect(leafRows(rows).map((r) => r.code)).toEqual(['2101501', '221']);
    expect(classRows(rows).map((r) => r.code)).toEqual(['210', '221']);
  });

  it('names a code by its chain, the catalog filling a level the table omits', () => {
    expect(chainLabel(rows, '2101501')).toBe('卫生健康支出（类）医疗保障管理事务（款）行政运行（项）');
    expect(chainLabel(rows, '2210201', (c) => ({ '22102': '住房改革支出', '2210201': '住房公积金' })[c])).toBe('住房保障支出（类）住房改革支出（款）住房公积金（项）');
  });
});
