import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import type { DisclosureInput } from '../../../../test/support/disclosure.js';
import { C_02 } from './C-02.js';

const run = (names: DisclosureInput['names']) => auditWith([C_02], consistentPackage({ names }));

describe('C-02 科目代码与科目名称相符', () => {
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
