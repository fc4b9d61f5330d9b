import { describe, expect, it } from 'vitest';
import { auditWith, changed, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import { T01_06 } from './T01-06.js';

const run = (input = consistentPackage()) => auditWith([T01_06], input);

describe('T01-06 总表中无项目名称的空行不得填列金额', () => {
  it('pass on a consistent table', () => {
    const result = run();
    expect(result.findings).toEqual([]);
    expect(result.summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('T01-06 flags numbers on unlabelled rows of 公开01 and 公开04', () => {
    const input = changed(changed(consistentPackage(), ['T01', '行12', '金额'], '5.00'), ['T04', '行61', '合计'], '1.00');
    const { failures } = ruleResult(run(input), 'T01-06');
    expect(failures.map((f) => f.message)).toEqual(['收入支出决算总表 第12行没有项目名称，却填有数字 5.00', '财政拨款收入支出决算总表 第61行没有项目名称，却填有数字 1.00']);
  });
});
