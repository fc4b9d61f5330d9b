import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import type { DisclosureInput } from '../../../../test/support/disclosure.js';
import { C_06 } from './C-06.js';

const run = (names: DisclosureInput['names']) => auditWith([C_06], consistentPackage({ names }));

describe('C-06 总表各类支出名称与科目目录一致', () => {
  it('passes template names and errs on a wrong one', () => {
    expect(ruleResult(run({ T01: { '210': '卫生健康支出' } }), 'C-06').findings).toEqual([]);
    expect(ruleResult(run({ T01: { '210': '卫生支出' } }), 'C-06').failures).toMatchObject([{ severity: 'error', location: { table: 'T01', row: '210' } }]);
  });

  it('cannot run when the summary tables print no class names', () => {
    const input = consistentPackage();
    const result = auditWith([C_06], { ...input, facts: input.facts.filter((f) => !(['T01', 'T04'] as string[]).includes(f.table)) });
    expect(ruleResult(result, 'C-06').notEvaluable).toContain('没有列出类级科目名称');
  });
});
