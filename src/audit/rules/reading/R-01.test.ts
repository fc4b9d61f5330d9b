import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { R_01 } from './R-01.js';

const run = (input = consistentPackage()) => ruleResult(auditWith([R_01], input), 'R-01');

describe('R-01 表格中的数字全部读取', () => {
  it('passes a package whose tables were read completely', () => {
    expect(run()).toMatchObject({ findings: [], notEvaluable: undefined });
  });

  it('reports each incompletely read table once, with the numbers left unread', () => {
    const base = consistentPackage();
    const input = { ...base, facts: base.facts.filter((f) => f.table !== 'T03'), unread: { T03: [{ text: '105.00' }, { text: '75.00' }, { text: '30.00' }, { text: '10.00' }] } };
    const { findings } = run(input);
    expect(findings).toMatchObject([{ severity: 'warning', location: { table: 'T03' } }]);
    expect(findings[0]?.message).toContain('《支出决算表》已找到，但其中的 4 个数字都未能读取（105.00、75.00、30.00 等）');
    expect(findings[0]?.sources).toHaveLength(4);
  });
});
