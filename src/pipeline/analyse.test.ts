import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../model/disclosure.js';
import { jiangsuBudget } from '../../test/support/budget-fixture.js';
import { buildDisclosure } from '../../test/support/disclosure.js';
import { narrativeDisclosure } from '../../test/support/narrative.js';
import { analyseDisclosure, combinePackages } from './analyse.js';

const named = (d: Disclosure, file: string): Disclosure => ({ ...d, document: { ...d.document, file } });
const tables = named(buildDisclosure(jiangsuBudget()), 'tables.pdf');
const explanation = (text: string) =>
  named(narrativeDisclosure({ ...jiangsuBudget(), facts: [], tables: [], text: `# 第三部分 2018年度部门预算情况说明\n## 一、关于2018年度收支预算总表的说明\n${text}\n` }), 'explanation.pdf');

describe('combinePackages', () => {
  it('audits the explanation against the tables of the other file, the finding pointing into both files', () => {
    const wrong = explanation('2018年度收入、支出预算总计100.00万元。其中：基本支出预算61.00万元，项目支出预算38.00万元。');
    // alone, the explanation has no table to be checked against
    expect(analyseDisclosure(wrong).summary.notEvaluable.map((n) => n.rule)).toContain('N-39');
    const [one, ...others] = combinePackages([wrong, tables]);
    expect(others).toEqual([]);
    expect(one!.from).toEqual([0, 1]);
    const findings = analyseDisclosure(one!.disclosure).findings.filter((f) => f.rule === 'N-39');
    expect(findings).toMatchObject([{ actual: '61.00万元', expected: '60.00万元' }]);
    expect(new Set(findings[0]!.sources.map((s) => s.file))).toEqual(new Set(['explanation.pdf', 'tables.pdf']));
  });

  it('keeps a second copy of the tables a disclosure of its own', () => {
    expect(combinePackages([tables, named(tables, 'copy.pdf')]).map((p) => p.from)).toEqual([[0], [1]]);
  });
});
