import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/finding.js';
import { mergeDuplicates } from './duplicates.js';

const finding = (rule: string, over: Partial<Finding> = {}): Finding => ({
  rule,
  family: 'narrative',
  severity: 'error',
  message: `${rule} 的说明`,
  location: { section: '三', quote: '完成年初预算98%' },
  expected: '99.24%',
  actual: '98%',
  sources: [{ line: 37 }],
  ...over,
});

describe('mergeDuplicates', () => {
  it('reports one problem once, naming the other rules that saw it', () => {
    const merged = mergeDuplicates([finding('N-30'), finding('N-27', { family: 'performance', expected: '99.24', actual: '98.00', sources: [{ line: 37 }, { line: 16 }] })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ rule: 'N-30', alsoReportedBy: ['N-27'] });
  });

  it('keeps findings that differ in severity or figures', () => {
    const base = finding('A');
    expect(mergeDuplicates([base, finding('B', { severity: 'warning' })])).toHaveLength(2);
    expect(mergeDuplicates([base, finding('B', { expected: '99.25%' })])).toHaveLength(2);
    expect(mergeDuplicates([base, finding('B', { expected: '9924%' })])).toHaveLength(2);
    expect(mergeDuplicates([base, finding('B', { sources: [{ line: 38 }], actual: '98万元' })])).toHaveLength(2);
  });

  it('shows a wrong figure restated in several sections once, with every place', () => {
    const zeroBase = (line: number, section: string, rule = 'N-02') =>
      finding(rule, { severity: 'warning', location: { section, quote: `增长100.00%（第${line}行）` }, expected: '新增（无增减率）', actual: '100.00%', sources: [{ line }, { line: line + 1 }] });
    const merged = mergeDuplicates([zeroBase(10, '一、收入支出决算总体情况说明'), zeroBase(20, '四、财政拨款收入支出决算总体情况说明'), zeroBase(30, '五 > （一）总体情况')]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources).toEqual([{ line: 10 }, { line: 11 }, { line: 20 }, { line: 21 }, { line: 30 }, { line: 31 }]);
    expect(merged[0]!.message).toContain('（同一数字另见于“四、财政拨款收入支出决算总体情况说明”、“（一）总体情况”，共 3 处）');
    expect(merged[0]!.alsoReportedBy).toBeUndefined();
    // the same rate stated for 收入总计 and 支出总计 in one sentence is one problem too
    expect(mergeDuplicates([zeroBase(10, '一'), zeroBase(10, '一')])).toHaveLength(1);
    // a statement without a number is about its own item, and table findings are about their own cell
    const words = (line: number) => finding('N-37', { expected: '决算数小于预算数', actual: '决算数大于预算数', sources: [{ line }] });
    expect(mergeDuplicates([words(1), words(2)])).toHaveLength(2);
    const cell = (row: string, line: number) => finding('T03-01', { family: 'arithmetic', location: { table: 'T03', row }, sources: [{ line }] });
    expect(mergeDuplicates([cell('201', 1), cell('208', 2)])).toHaveLength(2);
  });

  it('keeps two findings of the same rule at one table place: they are two checks a rule reports separately', () => {
    const cell = () => finding('A', { family: 'arithmetic', location: { table: 'T03', row: '210' } });
    expect(mergeDuplicates([cell(), cell()])).toHaveLength(2);
  });

  it('never merges findings without figures', () => {
    expect(mergeDuplicates([finding('A', { expected: undefined }), finding('B', { expected: undefined })])).toHaveLength(2);
  });

  it('does not change its input', () => {
    const input = [finding('A'), finding('B')];
    mergeDuplicates(input);
    expect(input[0]!.alsoReportedBy).toBeUndefined();
  });
});
