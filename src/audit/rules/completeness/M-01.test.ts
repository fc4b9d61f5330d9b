import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../../test/support/audit-fixture.js';
import type { DisclosureInput } from '../../../../test/support/disclosure.js';
import { M_01 } from './M-01.js';

const run = (input: DisclosureInput = consistentPackage()) => auditWith([M_01], input);
const without = (input: DisclosureInput, ...tables: string[]): DisclosureInput => ({
  ...input,
  tables: input.tables?.filter((t) => !tables.includes(t)),
  facts: input.facts.filter((f) => !tables.includes(f.table)),
});

describe('M-01 公开表齐全', () => {
  it('pass on a complete package whose empty tables carry notes', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 1, failed: 0, notEvaluable: 0 });
  });

  it('M-01 errs on a missing standard table and only notes a missing 公开10', () => {
    const { findings } = ruleResult(run(without(consistentPackage(), 'T06', 'T10')), 'M-01');
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['error', '缺少《一般公共预算财政拨款基本支出决算明细表》：无数据的表也应公开并注明“本表无数据”'],
      ['info', '未公开《部门决算公开相关信息统计表》（山西等地区的模板要求公开此表，其他地区模板可能没有）'],
    ]);
  });

  it('M-01 requires 公开10 where the regional template has it (山西)', () => {
    const { failures } = ruleResult(run({ ...without(consistentPackage(), 'T10'), department: '汾阳市医疗保障局', region: '山西省汾阳市' }), 'M-01');
    expect(failures.map((f) => [f.severity, f.message])).toEqual([['error', '缺少《部门决算公开相关信息统计表》：无数据的表也应公开并注明“本表无数据”']]);
  });

  it('M-01 warns once for a package without any table and skips other kinds of document', () => {
    const empty: DisclosureInput = { facts: [], tables: [] };
    expect(ruleResult(run(empty), 'M-01').findings).toMatchObject([{ severity: 'warning' }]);
    expect(ruleResult(run({ ...empty, kind: '绩效报告' }), 'M-01').notEvaluable).toBe('不适用于绩效报告');
  });

  it('accepts the note forms seen in the seeds', () => {
    const notes = { T07: '说明：我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。', T08: '本年度无此项支出。' };
    expect(run(consistentPackage({ notes })).findings).toEqual([]);
  });
});
