import { describe, expect, it } from 'vitest';
import { changed, consistentPackage } from '../../test/support/audit-fixture.js';
import { buildDisclosure } from '../../test/support/disclosure.js';
import { narrativeDisclosure } from '../../test/support/narrative.js';
import { audit } from './index.js';
import { RULES } from './rules/registry.js';

describe('audit', () => {
  it('finds nothing wrong in a consistent package and counts every rule', () => {
    const { findings, summary } = audit(buildDisclosure(consistentPackage()));
    expect(findings).toEqual([]);
    expect(summary.errors + summary.warnings + summary.infos).toBe(0);
    expect(summary.rules.failed).toBe(0);
    expect(summary.rules.passed + summary.rules.notEvaluable).toBe(RULES.length);
    // Empty 公开07/08: their identities have nothing to check.
    expect(summary.notEvaluable.map((n) => n.rule)).toContain('T07-01');
  });

  it('reports every identity a changed number breaks, errors first, with the sources it used', () => {
    const input = changed(consistentPackage(), ['T03', '2101501', '基本支出'], '61.00');
    const { findings, summary } = audit(buildDisclosure(input));
    // The 项 row no longer adds up, nor does its 款 (21015, sorted first).
    expect(findings.map((f) => `${f.severity} ${f.rule} ${'row' in f.location ? f.location.row : ''}`)).toEqual(['error T03-02 21015', 'error T03-01 2101501']);
    expect(summary).toMatchObject({ errors: 2, warnings: 0, infos: 0 });
    expect(findings.every((f) => f.sources.length > 0)).toBe(true);
  });

  it('reports a growth rate on a zero prior base, restated in several sections, as one warning with every place', () => {
    const text = [
      '## 一、收入支出决算总体情况说明',
      '2024年度收入总计100.00万元，支出总计100.00万元。与上年相比，收入总计增加100.00万元，增长100.00%；支出总计增加100.00万元，增长100.00%。',
      '## 四、财政拨款收入支出决算总体情况说明',
      '2024年度财政拨款收入总计100.00万元，支出总计100.00万元。与上年相比，财政拨款收入总计增加100.00万元，增长100.00%。',
      '## 五、一般公共预算财政拨款支出决算情况说明',
      '2024年度一般公共预算财政拨款支出100.00万元。与上年相比，一般公共预算财政拨款支出增加100.00万元，增长100.00%。',
    ].join('\n');
    const zeroBase = audit(narrativeDisclosure({ text, facts: [] })).findings.filter((f) => f.rule === 'N-02');
    expect(zeroBase).toHaveLength(1);
    expect(zeroBase[0]).toMatchObject({ severity: 'warning', expected: '新增（无增减率）', actual: '100.00%' });
    expect(zeroBase[0]!.sources.length).toBeGreaterThanOrEqual(3);
    expect(zeroBase[0]!.message).toContain('共 4 处');
  });
});
