import { describe, expect, it } from 'vitest';
import { figureText, findingUnit, locationText, shownFigures, toleranceText } from './wording.js';

describe('wording of findings', () => {
  it('writes figures with thousands separators and a spaced unit', () => {
    expect(figureText('60.70', '万元')).toBe('60.70 万元');
    expect(figureText('5874.45万元', null)).toBe('5,874.45 万元');
    expect(figureText('-1234567.8', '元')).toBe('-1,234,567.8 元');
    expect(figureText('60.697；60.697', '万元')).toBe('60.697 万元；60.697 万元');
    expect(figureText('≤ 2辆', null)).toBe('≤ 2辆');
  });

  it('shows a tolerance no finer than its figures, rounded up', () => {
    expect(toleranceText('0.7276', '12.34', '%')).toBe('±0.73 %');
    expect(toleranceText('0.02', '547.78', '万元')).toBe('±0.02 万元');
    expect(toleranceText('0', '100', null)).toBe('±0');
  });

  it('takes the unit of a bare figure from the row, the table or the document', () => {
    const tables = new Map([['T03', '万元'], ['T10', undefined]]);
    expect(findingUnit({ location: { table: 'T03', row: '210' }, expected: '82.45', actual: '82.46' }, tables, '元')).toBe('万元');
    expect(findingUnit({ location: { table: 'T10', row: '车辆数合计' }, expected: '3', actual: '2' }, tables, '万元')).toBe('辆');
    expect(findingUnit({ location: { table: 'T10', row: '政府采购合计' }, expected: '3', actual: '2' }, tables, '万元')).toBe('万元');
    expect(findingUnit({ location: { section: '三' }, expected: '3', actual: '2' }, tables, '万元')).toBeNull();
    expect(findingUnit({ location: { table: 'T03' }, expected: '82.45万元' }, tables, '万元')).toBeNull();
    expect(shownFigures({ expected: '5874.45万元', actual: '5,997.45万元', tolerance: '0.02万元' }, null)).toEqual({
      expected: '5,874.45 万元',
      actual: '5,997.45 万元',
      tolerance: '±0.02 万元',
    });
  });

  it('names locations in words', () => {
    expect(locationText({ table: 'T03', row: '21015', column: '基本支出' })).toBe('公开03 支出决算表 · 21015 · 基本支出');
    expect(locationText({ section: '三、支出决算情况说明' })).toBe('情况说明「三、支出决算情况说明」');
    expect(locationText({ document: true })).toBe('全文');
  });
});
