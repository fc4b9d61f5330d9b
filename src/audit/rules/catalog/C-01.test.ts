import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { buildDisclosure } from '../../../../test/support/disclosure.js';
import { createContext } from '../../context.js';
import { runRules } from '../../engine.js';
import { C_01 } from './C-01.js';

const run = (input = consistentPackage()) => ruleResult(auditWith([C_01], input), 'C-01');

describe('C-01 科目代码格式正确，下级科目列在上级科目之后', () => {
  it('passes well-formed codes in order', () => {
    expect(run().findings).toEqual([]);
  });

  it('flags malformed function and economic codes', () => {
    const input = changed(changed(consistentPackage(), ['T03', '21O15', '基本支出'], '1.00'), ['T06', '3011', '决算数'], '1.00');
    expect(run(input).failures.map((f) => f.location)).toEqual([
      { table: 'T03', row: '21O15' },
      { table: 'T06', row: '3011' },
    ]);
  });

  it('flags a code printed before its parent', () => {
    const disclosure = buildDisclosure(consistentPackage());
    const t05 = disclosure.tables.find((t) => t.id === 'T05');
    const [item, section] = ['2101501', '21015'].map((code) => t05?.codes.find((c) => c.code === code));
    if (!t05 || !item || !section) throw new Error('fixture lacks 公开05 codes');
    t05.codes = [item, ...t05.codes.filter((c) => c !== item)];
    const { failures } = ruleResult(runRules([C_01], createContext(disclosure)), 'C-01');
    expect(failures).toMatchObject([{ severity: 'error', location: { table: 'T05', row: '2101501' } }]);
    expect(failures[0]?.message).toBe('一般公共预算财政拨款支出决算表 中 2101501 列在其上级科目 21015 之前');
  });
});
