import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/finding.js';
import { buildDisclosure } from '../../test/support/disclosure.js';
import { createContext } from './context.js';
import { FINAL_ACCOUNTS } from './kinds.js';
import { compareFindings, defineRule, makeFinding, missingTables, notEvaluable, runRules, type RuleInfo } from './engine.js';

const info = (id: string): RuleInfo => ({ id, family: 'arithmetic', severity: 'error', title: id, description: id, basis: id, fix: id, kinds: FINAL_ACCOUNTS });
const ctx = createContext(buildDisclosure({ facts: [{ table: 'T01', row: '收入总计', column: '金额', value: '1.00' }] }));

describe('runRules', () => {
  it('counts passed, failed and not-evaluable rules and sorts the findings', () => {
    const at = (rule: RuleInfo, severity: Finding['severity'], table: 'T01' | 'T03', row: string): Finding =>
      makeFinding(rule, { severity, message: `${table} ${row}`, location: { table, row }, sources: [] });
    const rules = [
      defineRule(info('pass'), () => ({ checks: 2, findings: [] })),
      defineRule(info('tail'), (_, r) => ({ checks: 1, findings: [at(r, 'info', 'T01', 'b')] })),
      defineRule(info('fail'), (_, r) => ({ checks: 3, findings: [at(r, 'warning', 'T03', 'a'), at(r, 'error', 'T03', 'b'), at(r, 'error', 'T01', 'z')] })),
      defineRule(info('absent'), (c) => missingTables(c, ['T05']) ?? { checks: 1, findings: [] }),
      defineRule(info('nothing'), () => ({ checks: 0, findings: [] })),
    ];
    const { findings, summary } = runRules(rules, ctx);
    expect(findings.map((f) => `${f.severity} ${f.message}`)).toEqual(['error T01 z', 'error T03 b', 'warning T03 a', 'info T01 b']);
    expect(summary).toMatchObject({ errors: 2, warnings: 1, infos: 1, rules: { passed: 2, failed: 1, notEvaluable: 2 } });
    expect(summary.notEvaluable).toEqual([
      { rule: 'absent', family: 'arithmetic', reason: '文件中没有《一般公共预算财政拨款支出决算表》' },
      { rule: 'nothing', family: 'arithmetic', reason: '相关表中没有可核对的数据' },
    ]);
  });

  it('passes a rule’s own not-evaluable reason through', () => {
    const { summary } = runRules([defineRule(info('x'), () => notEvaluable('没有两栏格式'))], ctx);
    expect(summary.notEvaluable[0]?.reason).toBe('没有两栏格式');
    expect(summary.rules.passed).toBe(0);
  });

  it('does not run a rule on a kind of document it does not apply to', () => {
    const report = createContext(buildDisclosure({ kind: '绩效报告', facts: [] }));
    const rule = defineRule(info('tables'), () => ({ checks: 1, findings: [makeFinding(info('tables'), { message: 'x', location: { document: true }, sources: [] })] }));
    const { findings, summary } = runRules([rule], report);
    expect(findings).toEqual([]);
    expect(summary.notEvaluable).toEqual([{ rule: 'tables', family: 'arithmetic', reason: '不适用于绩效报告' }]);
  });

  it('puts document-level findings after table findings of the same severity', () => {
    const rule = info('r');
    const doc = makeFinding(rule, { message: 'd', location: { document: true }, sources: [] });
    const table = makeFinding(rule, { message: 't', location: { table: 'T10' }, sources: [] });
    expect([doc, table].sort(compareFindings).map((f) => f.message)).toEqual(['t', 'd']);
  });
});
