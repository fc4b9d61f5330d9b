import { describe, expect, it } from 'vitest';
import { changed, consistentPackage } from '../../../../test/support/audit-fixture.js';
import { jiangsuBudget } from '../../../../test/support/budget-fixture.js';
import { buildDisclosure } from '../../../../test/support/disclosure.js';
import { narrativeDisclosure } from '../../../../test/support/narrative.js';
import { asRelated, runAcross } from '../../../../test/support/related.js';
import { Y_01 } from './Y-01.js';

const DEPARTMENT = { department: '江苏省示例厅', region: '江苏省', year: 2018 };
const GENERAL = '## 五、一般公共预算财政拨款支出决算情况说明\n';
/** The 决算: 三公 预算数 3.00 in its table; its text as given. */
const final = (text: string, input = consistentPackage({ ...DEPARTMENT, kind: '部门决算' })) => narrativeDisclosure({ ...input, text: `${GENERAL}${text}\n` });
/** The year's 预算 (江苏 form): 一般公共预算 100.00 万元, 208 20.00, 三公 3.00. */
const budget = (input = jiangsuBudget(DEPARTMENT)) => asRelated(buildDisclosure(input), 'budget-2018.pdf', 9);
const INITIAL = '2018年度一般公共预算财政拨款支出年初预算为100.00万元，支出决算为105.00万元，完成年初预算的105.00%。';

describe('Y-01 决算中的年初预算数与当年公开的预算一致', () => {
  it('passes 年初预算 figures and the “三公” 预算数 that the published budget prints', () => {
    const { findings, summary } = runAcross([Y_01], final(INITIAL), [budget()]);
    expect(findings).toEqual([]);
    expect(summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('reports a 年初预算 the budget contradicts as an error naming both documents, with sources in both', () => {
    const { findings } = runAcross([Y_01], final(INITIAL.replace('100.00万元', '110.00万元')), [budget()]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'Y-01', severity: 'error', expected: '100.00万元', actual: '110.00万元', related: { document: { id: 9, file: 'budget-2018.pdf', kind: '部门预算', year: 2018 } } });
    expect(findings[0]!.message).toContain('2018年度部门预算（budget-2018.pdf）');
    expect(findings[0]!.sources).toHaveLength(1);
    expect(findings[0]!.related!.sources).toHaveLength(1);
  });

  it('reports the “三公” table’s 预算数 as a warning (it may be the adjusted 全年预算数), once with the text restating it', () => {
    const input = changed(consistentPackage({ ...DEPARTMENT, kind: '部门决算' }), ['T09', '预算数', '合计'], '3.50');
    const { findings } = runAcross([Y_01], final(`${INITIAL}\n## 九、财政拨款“三公”经费支出决算情况说明\n2018年度“三公”经费财政拨款支出预算为3.50万元。`, input), [budget()]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'Y-01', severity: 'warning', expected: '3.00万元' });
    expect(findings[0]!.sources).toHaveLength(2);
  });

  it('never compares with a budget figure that was not read', () => {
    const input = jiangsuBudget({ ...DEPARTMENT, unread: { B07: [{ text: '100.00', row: '合计' }], B09: [{ text: '3.00', row: '预算数' }] } });
    const unreadBudget = budget({ ...input, facts: input.facts.filter((f) => !(f.table === 'B07' && f.row === '合计') && f.table !== 'B09') });
    const { findings, summary } = runAcross([Y_01], final(INITIAL.replace('100.00万元', '110.00万元')), [unreadBudget]);
    expect(findings).toEqual([]);
    expect(summary.notEvaluable).toMatchObject([{ rule: 'Y-01', reason: expect.stringContaining('读取不完整') }]);
  });

  it('is not evaluable without the year’s budget of the same level', () => {
    const unitBudget = budget(jiangsuBudget({ ...DEPARTMENT, kind: '单位预算' }));
    expect(runAcross([Y_01], final(INITIAL), [unitBudget]).summary.notEvaluable).toMatchObject([{ rule: 'Y-01', reason: expect.stringContaining('2018年度的部门预算') }]);
  });
});
