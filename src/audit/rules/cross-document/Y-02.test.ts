import { describe, expect, it } from 'vitest';
import { changed, consistentPackage } from '../../../../test/support/audit-fixture.js';
import { buildDisclosure } from '../../../../test/support/disclosure.js';
import { narrativeDisclosure } from '../../../../test/support/narrative.js';
import { asRelated, runAcross } from '../../../../test/support/related.js';
import { Y_02 } from './Y-02.js';

const DEPARTMENT = { kind: '部门决算' as const, department: '示例县示例局', region: '示例县' };
const OVERVIEW = '## 一、收入支出决算总体情况说明\n';
/** This year's 决算: 收入总计 and 支出总计 105.00 万元. */
const final2024 = (text: string) => narrativeDisclosure({ ...consistentPackage(DEPARTMENT), year: 2024, text: `${OVERVIEW}${text}\n` });
/** Last year's 决算 with 收入总计 and 支出总计 `total`. */
function final2023(total: string) {
  let input = consistentPackage({ ...DEPARTMENT, year: 2023 });
  for (const row of ['收入总计', '支出总计']) input = changed(input, ['T01', row, '金额'], total);
  return asRelated(buildDisclosure(input), '2023-final.pdf', 3);
}
const RISE = '2024年度收入总计105.00万元，支出总计105.00万元。与上年相比，收、支总计各增加5.00万元，增长5.00%。';

describe('Y-02 决算中的上年数和比上年增减与上年决算一致', () => {
  it('passes a change that last year’s 决算 bears out', () => {
    const { findings, summary } = runAcross([Y_02], final2024(RISE), [final2023('100.00')]);
    expect(findings).toEqual([]);
    expect(summary.rules).toMatchObject({ passed: 1, failed: 0 });
  });

  it('gives one finding for one wrong prior-year figure said of both totals, with both documents’ sources', () => {
    const { findings } = runAcross([Y_02], final2024(RISE), [final2023('102.00')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'Y-02', severity: 'warning', actual: '增加5.00万元', expected: '增加3.00万元', related: { document: { id: 3, file: '2023-final.pdf', year: 2023 } } });
    expect(findings[0]!.message).toContain('2023年度部门决算（2023-final.pdf）');
    expect(findings[0]!.related!.sources).toHaveLength(1);
  });

  it('compares a prior-year figure written out', () => {
    const text = '2024年度收入总计105.00万元，上年决算数为101.00万元。';
    const { findings } = runAcross([Y_02], final2024(text), [final2023('100.00')]);
    expect(findings).toMatchObject([{ rule: 'Y-02', actual: '101.00万元', expected: '100.00万元' }]);
  });

  it('is not evaluable without last year’s 决算 (another kind or year does not count)', () => {
    const budget = asRelated(buildDisclosure({ ...consistentPackage(DEPARTMENT), kind: '部门预算', year: 2023 }), '2023-budget.pdf');
    const { summary } = runAcross([Y_02], final2024(RISE), [budget]);
    expect(summary.notEvaluable).toMatchObject([{ rule: 'Y-02', reason: expect.stringContaining('2023年度的部门决算') }]);
  });
});
