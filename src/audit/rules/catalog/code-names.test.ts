import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import type { DisclosureInput } from '../../../../test/support/disclosure.js';
import { CODE_NAME_RULES } from './code-names.js';

const run = (names: DisclosureInput['names']) => auditWith(CODE_NAME_RULES, consistentPackage({ names }));

describe('C-02 code names', () => {
  it('accepts catalog names, whatever the whitespace and bracket width', () => {
    const { findings } = ruleResult(run({ T03: { '21015': '医疗保障 管理事务' }, T06: { '30213': '维修(护)费' } }), 'C-02');
    expect(findings).toEqual([]);
  });

  it('warns once for a known code printed with another name in several tables', () => {
    const { failures } = ruleResult(run({ T03: { '2101501': '一般行政管理事务' }, T05: { '2101501': '一般行政管理事务' } }), 'C-02');
    expect(failures).toHaveLength(1);
    expect(failures[0]?.message).toBe('《支出决算表》、《一般公共预算财政拨款支出决算表》 的科目 2101501 名称为“一般行政管理事务”，科目目录中该代码为“行政运行”');
  });

  it('notes an older name or an unknown code as info', () => {
    const { findings, failures } = ruleResult(run({ T03: { '210': '医疗卫生与计划生育支出', '2109999': '某某支出' } }), 'C-02');
    expect(failures).toEqual([]);
    expect(findings.map((f) => f.severity)).toEqual(['info', 'info']);
  });
});

describe('C-06 class names on 公开01/04', () => {
  it('passes template names and errs on a wrong one', () => {
    expect(ruleResult(run({ T01: { '210': '卫生健康支出' } }), 'C-06').findings).toEqual([]);
    expect(ruleResult(run({ T01: { '210': '卫生支出' } }), 'C-06').failures).toMatchObject([{ severity: 'error', location: { table: 'T01', row: '210' } }]);
  });

  it('cannot run when the summary tables print no class names', () => {
    const input = consistentPackage();
    const result = auditWith(CODE_NAME_RULES, { ...input, facts: input.facts.filter((f) => !(['T01', 'T04'] as string[]).includes(f.table)) });
    expect(ruleResult(result, 'C-06').notEvaluable).toContain('没有列出类级科目名称');
  });
});
