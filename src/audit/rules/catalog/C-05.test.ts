import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { C_05 } from './C-05.js';

const run = (input = consistentPackage()) => ruleResult(auditWith([C_05], input), 'C-05');

describe('C-05 一般公共预算财政拨款支出决算表不列其他预算的科目', () => {
  it('passes general-budget codes, including the shared 229', () => {
    expect(run(changed(consistentPackage(), ['T05', '229', '小计'], '1.00')).findings).toEqual([]);
  });

  it('flags a 政府性基金 code, also one the catalog knows only by its 款', () => {
    const input = changed(changed(consistentPackage(), ['T05', '22960', '小计'], '1.00'), ['T05', '2296099', '小计'], '1.00');
    const { failures } = run(input);
    expect(failures.map((f) => f.location)).toEqual([
      { table: 'T05', row: '22960' },
      { table: 'T05', row: '2296099' },
    ]);
    expect(failures[0]?.message).toBe('一般公共预算财政拨款支出决算表 列有 22960 彩票公益金安排的支出，该科目属于政府性基金预算，不应出现在一般公共预算财政拨款支出中');
  });
});
