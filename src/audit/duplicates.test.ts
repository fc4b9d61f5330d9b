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

  it('keeps findings that differ in severity, place or figures', () => {
    const base = finding('A');
    expect(mergeDuplicates([base, finding('B', { severity: 'warning' })])).toHaveLength(2);
    expect(mergeDuplicates([base, finding('B', { sources: [{ line: 38 }] })])).toHaveLength(2);
    expect(mergeDuplicates([base, finding('B', { expected: '99.25%' })])).toHaveLength(2);
    expect(mergeDuplicates([base, finding('B', { expected: '9924%' })])).toHaveLength(2);
  });

  it('keeps two findings of the same rule: they are two places a rule reports separately', () => {
    expect(mergeDuplicates([finding('A'), finding('A')])).toHaveLength(2);
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
