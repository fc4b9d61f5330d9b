import { describe, expect, it } from 'vitest';
import { consistentPackage } from '../../../../test/support/audit-fixture.js';
import { buildDisclosure } from '../../../../test/support/disclosure.js';
import { createContext } from '../../context.js';
import { runRules } from '../../engine.js';
import { M_04 } from './M-04.js';

const scanned = (confidence: (row: string, column: string) => number | undefined) => {
  const d = buildDisclosure(consistentPackage());
  d.facts = d.facts.map((f) => {
    const c = confidence(f.row, f.column);
    return c === undefined ? f : { ...f, confidence: c, source: { page: 3, bbox: [10, 20, 30, 40] as [number, number, number, number] } };
  });
  return runRules([M_04], createContext(d));
};

describe('M-04 扫描件识别的数字置信度足够', () => {
  it('warns once for each number recognised with low confidence, naming the value and its place', () => {
    const { findings, summary } = scanned((row, column) => (row === '2101501' && column === '基本支出' ? 0.42 : 0.97));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'M-04',
        severity: 'warning',
        location: { table: 'T03', row: '2101501', column: '基本支出' },
        actual: '60.00',
        sources: [{ page: 3, bbox: [10, 20, 30, 40] }],
      }),
      expect.objectContaining({ location: { table: 'T05', row: '2101501', column: '基本支出' } }),
    ]);
    expect(findings[0]!.message).toBe('识别置信度低：《支出决算表》2101501 行政运行「基本支出」识别为 60.00（置信度 42%，第3页），请对照原件核对');
    expect(summary.rules).toEqual({ passed: 0, failed: 1, notEvaluable: 0 });
  });

  it('passes when every recognised number is sure, and cannot run on a document with a text layer', () => {
    expect(scanned(() => 0.9).summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
    const digital = scanned(() => undefined);
    expect(digital.summary.notEvaluable[0]?.reason).toContain('未经文字识别');
  });
});
