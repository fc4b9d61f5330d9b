import { describe, expect, it } from 'vitest';
import { auditWith, consistentPackage, ruleResult } from '../../../test/support/audit-fixture.js';
import type { DisclosureInput } from '../../../test/support/disclosure.js';
import { COMPLETENESS_RULES } from './completeness.js';

const run = (input: DisclosureInput = consistentPackage()) => auditWith(COMPLETENESS_RULES, input);
const without = (input: DisclosureInput, ...tables: string[]): DisclosureInput => ({
  ...input,
  tables: input.tables?.filter((t) => !tables.includes(t)),
  facts: input.facts.filter((f) => !tables.includes(f.table)),
});

describe('completeness rules', () => {
  it('pass on a complete package whose empty tables carry notes', () => {
    expect(run().findings).toEqual([]);
    expect(run().summary.rules).toEqual({ passed: 5, failed: 0, notEvaluable: 0 });
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
    expect(ruleResult(run({ ...empty, kind: '绩效报告' }), 'M-01').notEvaluable).toContain('不是决算或预算公开');
  });

  it('T07-04, T08-02 and M-02 warn on an empty table without a note', () => {
    const noNotes = consistentPackage({ notes: { T07: '', T08: '注：本表反映国有资本经营预算支出情况', T09: '' } });
    const result = run({ ...noNotes, facts: noNotes.facts.filter((f) => f.table !== 'T09') });
    expect(ruleResult(result, 'T07-04').failures).toMatchObject([{ severity: 'warning', location: { table: 'T07' } }]);
    expect(ruleResult(result, 'T08-02').failures[0]?.message).toContain('说明为“注：本表反映国有资本经营预算支出情况”');
    expect(ruleResult(result, 'M-02').failures).toMatchObject([{ location: { table: 'T09' } }]);
  });

  it('accepts the note forms seen in the seeds', () => {
    const notes = { T07: '说明：我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。', T08: '本年度无此项支出。' };
    expect(run(consistentPackage({ notes })).findings).toEqual([]);
  });

  it('M-03 warns when a table with numbers says 本表无数据', () => {
    const { failures } = ruleResult(run(consistentPackage({ notes: { T09: '说明：本表无数据' } })), 'M-03');
    expect(failures).toMatchObject([{ severity: 'warning', location: { table: 'T09' } }]);
  });
});
